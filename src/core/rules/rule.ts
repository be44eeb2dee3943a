import { percentText, roundScore, scoreText, type Dec } from '../calc';
import type { FormResult, IndicatorResult } from '../compute/computeForm';
import type { Pos } from '../model';
import { formatAmount } from '../parse/number';
import { isNotApplicable } from '../parse/text';
import type { Profile } from '../profile';
import { indicatorCell } from '../read/indicatorRow';
import type { Localised, Params, RuleId, Severity } from './finding';
import type { Op, TargetPart } from '../parse/quantity';

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
  /** Other cells the problem involves (the lines that add up to the cell at `at`). */
  also?: Pos[];
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

const OP_SYMBOLS: Record<Op, string> = { '>=': '≥', '>': '>', '=': '', '<=': '≤', '<': '<' };
const OP_WORDS: Record<Op, Localised> = {
  '>=': { 'zh-CN': '不少于', 'en-US': 'at least ' },
  '>': { 'zh-CN': '超过', 'en-US': 'more than ' },
  '=': { 'zh-CN': '', 'en-US': '' },
  '<=': { 'zh-CN': '不超过', 'en-US': 'at most ' },
  '<': { 'zh-CN': '少于', 'en-US': 'less than ' },
};

/** A target's quantities as plain text: "不少于500份", "200项", "活动 5次、签约 1项"; one language, or symbols ("≥500份"). */
function targetText(parts: readonly TargetPart[], op: (o: Op) => string, join: string): string {
  return parts
    .map((t) => `${t.label ? `${t.label} ` : ''}${op(t.op)}${t.value.toFixed()}${t.upper ? `-${t.upper.toFixed()}` : ''}${t.unit}`)
    .join(join);
}

/**
 * The target and what the actual was read as, for messages: the target in plain words of each language, and as
 * symbols for the report's expected value. A qualitative target stays as written.
 */
export function quantityText(r: IndicatorResult): { target: string | Localised; targetSymbols: string; actual: string } {
  const q = r.quantitative;
  if (!q) return { target: r.indicator.target, targetSymbols: r.indicator.target, actual: r.indicator.actual };
  const parts = q.parts.map((p) => p.target);
  return {
    target: {
      'zh-CN': targetText(parts, (o) => OP_WORDS[o]['zh-CN'], '、'),
      'en-US': targetText(parts, (o) => OP_WORDS[o]['en-US'], ', '),
    },
    targetSymbols: targetText(parts, (o) => OP_SYMBOLS[o], ', '),
    actual: q.parts.map((p) => `${p.actual.value.toFixed()}${p.actual.unit}`).join(', '),
  };
}
