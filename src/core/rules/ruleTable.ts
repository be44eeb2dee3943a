import { ZERO, eq, gt, gte, lt, lte, percentText, roundRate, roundScore, scoreText, sum, type Dec } from '../calc';
import { capTotal, type FormResult, type IndicatorResult } from '../compute/computeForm';
import { BANDS, overRatioOf } from '../compute/scoreIndicator';
import { fillTerm, joinTerms, TERMS } from '../i18n/catalogue';
import type { FundsLine, NumCell, Pos } from '../model';
import { numberOf } from '../parse/cellNumber';
import { indicatorCell, indicatorNumber } from '../read/indicatorRow';
import { formatAmount } from '../parse/number';
import { isNotApplicable } from '../parse/text';
import type { Profile } from '../profile';
import type { Localised, Params, RuleId, Severity } from './finding';

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

const score = (d: Dec, p: Profile) => scoreText(roundScore(d, p.rounding), p.rounding);
const amount = (d: Dec) => formatAmount(d, 2);
const pct = (d: Dec, p: Profile) => percentText(d, p.rounding);

type ReadKind = NumCell['read']['kind'];

/**
 * The cells of a form that must hold a number (funds amounts, 分值, 执行率, 得分, 总分) and whose read is of one of
 * `kinds`, each with its name for the message. Names are built only for the cells returned.
 */
function numberCells({ result }: RuleContext, kinds: ReadonlySet<ReadKind>): { cell: NumCell; field: Localised }[] {
  const f = result.form;
  const out: { cell: NumCell; field: Localised }[] = [];
  const take = (cell: NumCell | null, name: string | Localised, column: Localised) => {
    if (!cell || cell.col < 0 || !kinds.has(cell.read.kind)) return;
    const n = typeof name === 'string' ? { 'zh-CN': `“${name}”`, 'en-US': `"${name}"` } : name;
    out.push({ cell, field: joinPair(n, column) });
  };
  const line = (l: FundsLine | null, name: Localised, withScores: boolean) => {
    if (!l) return;
    take(l.initial, name, TERMS.initial);
    take(l.adjusted, name, TERMS.adjusted);
    take(l.executed, name, TERMS.executed);
    if (!withScores) return;
    take(l.weight, name, TERMS.weight);
    take(l.rate, name, TERMS.rate);
    take(l.score, name, TERMS.score);
  };
  if (f.funds) {
    line(f.funds.total, TERMS.fundsTotalLine, true);
    line(f.funds.current, TERMS.fundsCurrentLine, false);
    line(f.funds.carryover, TERMS.fundsCarryoverLine, false);
    line(f.funds.other, TERMS.fundsOtherLine, false);
  }
  for (const r of result.indicators) {
    // The read's kind is looked at before a cell is made: most indicators' cells hold numbers and make none.
    const i = r.indicator;
    if (kinds.has(i.weight.kind)) take(indicatorNumber(i, 'weight'), i.name, TERMS.weight);
    if (kinds.has(i.score.kind)) take(indicatorNumber(i, 'score'), i.name, TERMS.score);
  }
  if (f.total) {
    take(f.total.weight, TERMS.totalLine, TERMS.weight);
    take(f.total.score, TERMS.totalLine, TERMS.score);
  }
  return out;
}

const BAD: ReadonlySet<ReadKind> = new Set(['invalid', 'error']);
const UNCACHED: ReadonlySet<ReadKind> = new Set(['uncached']);

function joinPair(a: Localised, b: Localised): Localised {
  return { 'zh-CN': `${a['zh-CN']}${b['zh-CN']}`, 'en-US': `${a['en-US']} ${b['en-US'].toLowerCase()}` };
}

const AMOUNT_COLUMNS = ['initial', 'adjusted', 'executed'] as const;

function indicatorName(r: IndicatorResult): string {
  return r.indicator.name || r.indicator.target || `#${r.indicator.row + 1}`;
}

/**
 * Where a rule about an indicator's 偏差原因 points: that cell, or the score cell when the form has no such column, or
 * the 分值 cell when it has neither (the rules that point here need a 分值, so that cell is always there).
 */
function reasonCell(r: IndicatorResult): Pos {
  const i = r.indicator;
  return indicatorCell(i, i.columns.reason >= 0 ? 'reason' : i.columns.score >= 0 ? 'score' : 'weight');
}

function quantityText(r: IndicatorResult): { target: string; actual: string } {
  const q = r.quantitative;
  if (!q) return { target: r.indicator.target, actual: r.indicator.actual };
  return {
    target: r.indicator.target,
    actual: q.parts.map((p) => `${p.actual.value.toFixed()}${p.actual.unit}`).join(', '),
  };
}

/** Whether an indicator's 偏差原因 says something: a dash, a slash or 无 explains nothing. */
function explained(r: IndicatorResult): boolean {
  return r.indicator.reason !== '' && !isNotApplicable(r.indicator.reason);
}

/** Whether an indicator deviates: a missed quantitative target, or a score below its 分值. */
function deviates(r: IndicatorResult, weight: Dec): boolean {
  if (r.quantitative && !r.quantitative.met) return true;
  return r.used !== null && lt(r.used, weight);
}

/** Runs a check on each item and collects its hits, allocating nothing for the items that pass. */
function each<T>(items: readonly T[], check: (x: T) => Hit | null): Hit[] {
  const out: Hit[] = [];
  for (const x of items) {
    const h = check(x);
    if (h) out.push(h);
  }
  return out;
}

/** The rule table: every check the engine makes, one entry a rule. */
export const RULES: readonly Rule[] = [
  {
    id: 'form.incomplete',
    severity: 'error',
    check: ({ result }) => {
      const f = result.form;
      const missing: Localised[] = [];
      if (!f.funds) missing.push(f.fundsLabel ? TERMS.fundsColumns : TERMS.fundsBlock);
      else if (!f.funds.total) missing.push(TERMS.fundsTotal);
      if (!f.indicatorHeader) missing.push(TERMS.indicatorHeader);
      else if (f.indicators.some((i) => i.columns.weight < 0 || i.columns.score < 0)) missing.push(TERMS.indicatorColumns);
      if (!f.total) missing.push(TERMS.totalRow);
      return missing.length ? [{ at: f.start, params: { missing: joinTerms(missing) } }] : [];
    },
  },
  {
    id: 'value.unparseable',
    severity: 'error',
    check: (ctx) =>
      numberCells(ctx, BAD).map(({ cell, field }) => ({
        at: cell,
        params: { field },
        found: cell.read.kind === 'invalid' ? cell.read.text : cell.read.kind === 'error' ? cell.read.code : null,
      })),
  },
  {
    id: 'value.uncalculated',
    severity: 'error',
    check: (ctx) =>
      numberCells(ctx, UNCACHED).map(({ cell, field }) => ({
        at: cell,
        params: { field, formula: cell.read.kind === 'uncached' ? cell.read.formula : '' },
        found: null,
      })),
  },
  {
    id: 'funds.sources-sum',
    severity: 'error',
    check: ({ result }) => {
      const funds = result.form.funds;
      if (!funds?.total) return [];
      const sources = [funds.current, funds.carryover, funds.other].filter((l): l is FundsLine => !!l);
      if (sources.length === 0) return [];
      const hits: Hit[] = [];
      for (const col of AMOUNT_COLUMNS) {
        const totalCell = funds.total[col];
        if (!totalCell || !readable(totalCell)) continue;
        const cells = sources.map((l) => l[col]);
        if (cells.some((c) => c && !readable(c))) continue;
        const expected = sum(cells.map((c) => (c && numberOf(c.read)) ?? ZERO));
        const found = numberOf(totalCell.read) ?? ZERO;
        if (!eq(expected, found)) {
          hits.push({ at: totalCell, params: { column: TERMS[col] }, expected: amount(expected), found: amount(found) });
        }
      }
      return hits;
    },
  },
  {
    id: 'funds.budget-zero',
    severity: 'error',
    check: ({ result }) => {
      const c = result.form.funds?.total?.adjusted;
      if (!c) return [];
      if (c.read.kind === 'blank') return [{ at: c, found: null }];
      const v = numberOf(c.read);
      return v && v.isZero() ? [{ at: c, found: '0' }] : [];
    },
  },
  {
    id: 'funds.overspent',
    severity: 'warning',
    check: ({ result }) => {
      const t = result.form.funds?.total;
      const budget = t?.adjusted && numberOf(t.adjusted.read);
      const spent = t?.executed && numberOf(t.executed.read);
      if (!t?.executed || !budget || budget.isZero() || !spent || !gt(spent, budget)) return [];
      return [{ at: t.executed, expected: amount(budget), found: amount(spent) }];
    },
  },
  {
    id: 'rate.mismatch',
    severity: 'warning',
    check: ({ result, profile }) =>
      recordedAgainst(
        result.form.funds?.total?.rate,
        result.rate,
        (recorded, computed) => eq(roundRate(recorded, profile.rounding), roundRate(computed, profile.rounding)),
        (d) => pct(d, profile),
      ),
  },
  {
    id: 'rate.score-mismatch',
    severity: 'error',
    check: ({ result, profile }) =>
      recordedAgainst(
        result.form.funds?.total?.score,
        result.budgetScore,
        (recorded, computed) => eq(roundScore(recorded, profile.rounding), computed),
        (d) => score(d, profile),
      ),
  },
  {
    id: 'rate.low',
    severity: 'warning',
    check: ({ result, profile }) => {
      const t = result.form.funds?.total;
      const at = t?.rate ?? t?.executed;
      if (!at || !result.rate || !lt(result.rate, profile.lowRate)) return [];
      return [{ at, expected: pct(profile.lowRate, profile), found: pct(result.rate, profile) }];
    },
  },
  {
    id: 'score.missing',
    severity: 'error',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        if (!r.weight || r.recorded || r.indicator.score.kind !== 'blank' || r.indicator.columns.score < 0) return null;
        const cell = indicatorCell(r.indicator, 'score');
        const fill = r.quantitative ? score(r.quantitative.score, profile) : null;
        return {
          at: cell,
          params: { name: indicatorName(r), weight: score(r.weight, profile), fillHint: fill ? fillTerm(TERMS.fillHint, { fill }) : '' },
          found: null,
          fill,
        };
      }),
  },
  {
    id: 'score.exceeds-weight',
    severity: 'error',
    check: ({ result, profile }) =>
      each(result.indicators, (r) =>
        r.weight && r.recorded && (gt(r.recorded, r.weight) || r.recorded.isNegative())
          ? {
              at: indicatorCell(r.indicator, 'score'),
              params: { name: indicatorName(r) },
              expected: r.weight.toFixed(),
              found: r.recorded.toFixed(),
            }
          : null,
      ),
  },
  {
    id: 'score.above-completion',
    severity: 'warning',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        const q = r.quantitative;
        if (!q || q.met || !r.recorded || !gt(r.recorded, q.score)) return null;
        return {
          at: indicatorCell(r.indicator, 'score'),
          params: { name: indicatorName(r), ...quantityText(r) },
          expected: score(q.score, profile),
          found: score(r.recorded, profile),
        };
      }),
  },
  {
    id: 'score.band',
    severity: 'warning',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        if (!r.band || !r.weight || !r.recorded) return null;
        const [lo, hi] = BANDS[r.band].map((x) => x.times(r.weight as Dec));
        if (gte(r.recorded, lo) && lte(r.recorded, hi)) return null;
        return {
          at: indicatorCell(r.indicator, 'score'),
          params: { name: indicatorName(r), band: TERMS[`band_${r.band}`] },
          expected: `${score(lo, profile)}–${score(hi, profile)}`,
          found: score(r.recorded, profile),
        };
      }),
  },
  {
    id: 'deviation.unexplained',
    severity: 'error',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        if (!r.weight || !deviates(r, r.weight) || explained(r)) return null;
        const q = r.quantitative;
        if (q && !q.met) {
          const { target, actual } = quantityText(r);
          return {
            at: reasonCell(r),
            params: { name: indicatorName(r), why: fillTerm(TERMS.missedTarget, { expected: target, found: actual }) },
            expected: target,
            found: actual,
          };
        }
        const expected = score(r.weight, profile);
        const found = score(r.used as Dec, profile); // deviates() saw it below the 分值
        return {
          at: reasonCell(r),
          params: { name: indicatorName(r), why: fillTerm(TERMS.scoreBelowWeight, { expected, found }) },
          expected,
          found,
        };
      }),
  },
  {
    id: 'deviation.overachieved',
    severity: 'warning',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        const q = r.quantitative;
        if (!q || !q.overachieved || explained(r)) return null;
        const over = overRatioOf(q);
        if (!over) return null;
        return {
          at: reasonCell(r),
          params: { name: indicatorName(r), ...quantityText(r) },
          expected: pct(profile.overachieve, profile),
          found: pct(over, profile),
        };
      }),
  },
  {
    id: 'weights.sum',
    severity: 'error',
    check: ({ result, profile }) => {
      const f = result.form;
      if (!f.total || f.indicators.length === 0 || eq(result.weightTotal, profile.totalWeight)) return [];
      const indicators = result.weightTotal.minus(result.budgetWeight);
      return [
        {
          at: f.total.weight ?? f.total.label,
          params: { budget: result.budgetWeight.toFixed(), indicators: indicators.toFixed() },
          expected: profile.totalWeight.toFixed(),
          found: result.weightTotal.toFixed(),
        },
      ];
    },
  },
  {
    id: 'weights.level1',
    severity: 'warning',
    check: ({ result, profile }) => {
      const f = result.form;
      if (!f.indicatorHeader || f.indicators.length === 0) return [];
      return Object.entries(profile.weights.levels).flatMap(([name, weight]) => {
        const level = result.levels.find((l) => l.name === name);
        const found = level?.weight ?? ZERO;
        if (eq(found, weight)) return [];
        return [
          {
            at: level?.first ?? (f.indicatorHeader as Pos),
            params: { level: levelName(name) },
            expected: weight.toFixed(),
            found: found.toFixed(),
          },
        ];
      });
    },
  },
  {
    id: 'total.mismatch',
    severity: 'error',
    check: ({ result, profile }) => {
      const c = result.form.total?.score;
      if (!c || !(c.read.kind === 'number' || c.read.kind === 'blank')) return [];
      const budgetCell = result.form.funds?.total?.score;
      const budget = (budgetCell && numberOf(budgetCell.read)) ?? result.budgetScore;
      if (!budget) return [];
      const added = roundScore(sum([budget, ...result.levels.map((l) => l.score)]), profile.rounding);
      const expected = capTotal(added, result.rate, profile);
      const recorded = numberOf(c.read);
      if (recorded && eq(roundScore(recorded, profile.rounding), expected)) return [];
      return [
        {
          at: c,
          expected: score(expected, profile),
          found: recorded ? score(recorded, profile) : null,
          fill: result.total ? score(result.total, profile) : null,
        },
      ];
    },
  },
];

function levelName(name: string): Localised | string {
  return LEVEL_NAMES[name] ?? name;
}

const LEVEL_NAMES: Record<string, Localised> = {
  产出指标: TERMS.level_output,
  效益指标: TERMS.level_benefit,
  满意度指标: TERMS.level_satisfaction,
};

/** A recorded value against the computed one, where Fill in would write the computed one; a blank also differs. */
function recordedAgainst(
  c: NumCell | null | undefined,
  computed: Dec | null,
  same: (recorded: Dec, computed: Dec) => boolean,
  show: (d: Dec) => string,
): Hit[] {
  if (!c || !computed || !(c.read.kind === 'number' || c.read.kind === 'blank')) return [];
  const recorded = numberOf(c.read);
  if (recorded && same(recorded, computed)) return [];
  const expected = show(computed);
  return [{ at: c, expected, found: recorded ? show(recorded) : null, fill: expected }];
}

function readable(c: NumCell): boolean {
  return c.read.kind === 'number' || c.read.kind === 'blank';
}
