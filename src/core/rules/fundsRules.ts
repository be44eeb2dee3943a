import { ZERO, eq, gt, lt, roundRate, roundScore, sum, type Dec } from '../calc';
import type { FundsLine, NumCell } from '../model';
import { numberOf } from '../parse/cellNumber';
import { TERMS } from '../i18n/catalogue';
import { amount, pct, score, type Hit, type Rule } from './rule';
import type { Localised } from './finding';

const AMOUNT_COLUMNS = ['initial', 'adjusted', 'executed'] as const;

function readable(c: NumCell): boolean {
  return c.read.kind === 'number' || c.read.kind === 'blank';
}

/** The lines of one amount column for a message, each with its amount, so the officer sees which to change. */
function lineAmounts(lines: readonly FundsLine[], col: (typeof AMOUNT_COLUMNS)[number], blank: string): string {
  return lines
    .map((l) => {
      const cell = l[col];
      const v = cell ? numberOf(cell.read) : null;
      return `${l.name} ${v ? amount(v) : blank}`;
    })
    .join(' + ');
}

/** A form's money unit in each language. */
function unitOf(unit: '元' | '万元'): Localised {
  return unit === '万元' ? { 'zh-CN': '万元', 'en-US': '×10,000 yuan' } : { 'zh-CN': '元', 'en-US': 'yuan' };
}

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

/** The rules of the funds block: its sources, its budget, and the 执行率 and budget 得分 computed from them. */
export const FUNDS_RULES: Record<
  'funds.sources-sum' | 'funds.budget-zero' | 'funds.overspent' | 'rate.mismatch' | 'rate.score-mismatch' | 'rate.low',
  Rule
> = {
  'funds.sources-sum': {
    id: 'funds.sources-sum',
    severity: 'error',
    check: ({ result }) => {
      const funds = result.form.funds;
      // A line whose label is not understood may be a source or a breakdown of one: the sum is not checked (form.unread says so).
      if (!funds?.total || funds.sources.some((l) => l.role === 'unknown')) return [];
      const sources = funds.sources.filter((l) => l.role === 'source');
      if (sources.length === 0) return [];
      const hits: Hit[] = [];
      for (const col of AMOUNT_COLUMNS) {
        const totalCell = funds.total[col];
        if (!totalCell || totalCell.col < 0 || !readable(totalCell)) continue;
        const blank = totalCell.read.kind === 'blank';
        // A blank 全年预算数 is funds.budget-zero's finding: one cause, one finding.
        if (blank && col === 'adjusted') continue;
        const cells = sources.map((l) => l[col]);
        if (cells.some((c) => c && !readable(c))) continue;
        const expected = sum(cells.map((c) => (c && numberOf(c.read)) ?? ZERO));
        const found = numberOf(totalCell.read) ?? ZERO;
        if (!eq(expected, found)) {
          hits.push({
            at: totalCell,
            params: {
              column: TERMS[col],
              lines: { 'zh-CN': lineAmounts(sources, col, TERMS.blank['zh-CN']), 'en-US': lineAmounts(sources, col, TERMS.blank['en-US']) },
              total: funds.total.name || TERMS.fundsTotalLine['zh-CN'],
              unit: unitOf(funds.unit),
              // The total left blank: the lines are not the ones to change.
              blank: blank ? 'yes' : '',
              // No line filled in at all: they are to be filled, not corrected.
              none: expected.isZero() ? 'yes' : '',
            },
            expected: amount(expected),
            found: blank ? null : amount(found),
            // The source lines too: one of them, or the total, is the one to change.
            also: cells.filter((c): c is NonNullable<typeof c> => !!c && c.col >= 0),
          });
        }
      }
      return hits;
    },
  },
  'funds.budget-zero': {
    id: 'funds.budget-zero',
    severity: 'error',
    check: ({ result }) => {
      const c = result.form.funds?.total?.adjusted;
      if (!c || c.col < 0) return [];
      if (c.read.kind === 'blank') return [{ at: c, found: null }];
      const v = numberOf(c.read);
      return v && v.isZero() ? [{ at: c, found: '0' }] : [];
    },
  },
  'funds.overspent': {
    id: 'funds.overspent',
    severity: 'warning',
    check: ({ result }) => {
      const t = result.form.funds?.total;
      const budget = t?.adjusted && numberOf(t.adjusted.read);
      const spent = t?.executed && numberOf(t.executed.read);
      if (!t?.executed || !budget || budget.isZero() || !spent || !gt(spent, budget)) return [];
      return [{ at: t.executed, params: { unit: unitOf(result.form.funds!.unit) }, expected: amount(budget), found: amount(spent) }];
    },
  },
  'rate.mismatch': {
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
  'rate.score-mismatch': {
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
  'rate.low': {
    id: 'rate.low',
    severity: 'warning',
    check: ({ result, profile }) => {
      const t = result.form.funds?.total;
      const at = t?.rate ?? t?.executed;
      // The rate as the form shows it (0.00%): 89.996 % reads 90.00 %, which is not below 90.00 %.
      if (!at || !result.rate || !lt(roundRate(result.rate, profile.rounding), profile.lowRate)) return [];
      return [{ at, expected: pct(profile.lowRate, profile), found: pct(result.rate, profile) }];
    },
  },
};
