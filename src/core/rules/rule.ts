import { percentText, roundScore, scoreText, type Dec } from '../calc';
import type { FormResult, IndicatorResult } from '../compute/computeForm';
import type { Pos } from '../model';
import { formatAmount } from '../parse/number';
import { isNotApplicable } from '../parse/text';
import type { Profile } from '../profile';
import { indicatorCell } from '../read/indicatorRow';
import type { Params, RuleId, Severity } from './finding';

/** What a rule sees: one form, what was computed for it, and the profile. */
export interface RuleContext {
  result: FormResult;
  profile: Profile;
}

/** One place a rule fires. */
export interface Hit {
  at: Pos;
  params?: Params;
  expected?: string | null;
  found?: string | null;
  fill?: string | null;
}

/** A rule: a stable id, a severity and a check. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  check(ctx: RuleContext): Hit[];
}

/** A score as messages show it, rounded as the profile says. */
export const score = (d: Dec, p: Profile) => scoreText(roundScore(d, p.rounding), p.rounding);
/** An amount as messages show it: 35,000,000.00. */
export const amount = (d: Dec) => formatAmount(d, 2);
/** A rate as messages show it: 94.22%. */
export const pct = (d: Dec, p: Profile) => percentText(d, p.rounding);

/** Runs a check on each item and collects its hits, allocating nothing for the items that pass. */
export function each<T>(items: readonly T[], check: (x: T) => Hit | null): Hit[] {
  const out: Hit[] = [];
  for (const x of items) {
    const h = check(x);
    if (h) out.push(h);
  }
  return out;
}

/** An indicator's name for messages: its 三级指标, else its target, else its row. */
export function indicatorName(r: IndicatorResult): string {
  return r.indicator.name || r.indicator.target || `#${r.indicator.row + 1}`;
}

/** Whether an indicator's 偏差原因 says something: a dash, a slash or 无 explains nothing. */
export function explained(r: IndicatorResult): boolean {
  return r.indicator.reason !== '' && !isNotApplicable(r.indicator.reason);
}

/** The 偏差原因 cell of an indicator; the rules that point here only fire on a form that has the column. */
export function reasonCell(r: IndicatorResult): Pos {
  return indicatorCell(r.indicator, 'reason');
}

/** The target and what the actual was read as, for messages. */
export function quantityText(r: IndicatorResult): { target: string; actual: string } {
  const q = r.quantitative;
  if (!q) return { target: r.indicator.target, actual: r.indicator.actual };
  return {
    target: r.indicator.target,
    actual: q.parts.map((p) => `${p.actual.value.toFixed()}${p.actual.unit}`).join(', '),
  };
}
