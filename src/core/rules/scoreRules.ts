import { scoresAboveWeight } from './overWeight';
import { eq, gt, gte, lt, lte, roundScore, type Dec } from '../calc';
import type { IndicatorResult } from '../compute/computeForm';
import { overRatioOf } from '../compute/scoreIndicator';
import { fillTerm, TERMS } from '../i18n/catalogue';
import { indicatorCell } from '../read/indicatorRow';
import type { Localised } from './finding';
import { each, explained, indicatorName, pct, quantityText, reasonCell, score, type Rule } from './rule';

/** The target in words and the actual, as message parameters. */
function plainQuantities(r: IndicatorResult): { target: string | Localised; actual: string } {
  const { target, actual } = quantityText(r);
  return { target, actual };
}

/** Whether an indicator deviates: a missed quantitative target, or a score below its 分值. */
export function deviates(r: IndicatorResult): boolean {
  if (r.quantitative && !r.quantitative.met) return true;
  return r.weight !== null && r.used !== null && lt(r.used, r.weight);
}

/** The rules of each indicator's 得分 and of its 偏差原因. */
export const SCORE_RULES: Record<
  | 'score.missing'
  | 'score.exceeds-weight'
  | 'score.coefficient-mismatch'
  | 'score.above-completion'
  | 'score.band'
  | 'deviation.unexplained'
  | 'deviation.overachieved',
  Rule
> = {
  'score.missing': {
    id: 'score.missing',
    severity: 'error',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        if (!r.weight || r.recorded || r.indicator.score.kind !== 'blank' || r.indicator.columns.score < 0) return null;
        const cell = indicatorCell(r.indicator, 'score');
        const computed = r.quantitative?.score ?? r.fromCoefficient;
        const fill = computed ? score(computed, profile) : null;
        return {
          at: cell,
          params: { name: indicatorName(r), weight: score(r.weight, profile), fillHint: fill ? fillTerm(TERMS.fillHint, { fill }) : '' },
          found: null,
          fill,
        };
      }),
  },
  'score.exceeds-weight': {
    id: 'score.exceeds-weight',
    severity: 'error',
    check: ({ result }) => scoresAboveWeight(result),
  },
  'score.coefficient-mismatch': {
    id: 'score.coefficient-mismatch',
    severity: 'error',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        const c = r.fromCoefficient;
        if (!c || !r.recorded || eq(roundScore(r.recorded, profile.rounding), c)) return null;
        // A score above its weight or below zero is score.exceeds-weight's finding: one cause, one finding.
        if ((r.weight && gt(r.recorded, r.weight)) || r.recorded.isNegative()) return null;
        const expected = score(c, profile);
        return {
          at: indicatorCell(r.indicator, 'score'),
          params: { name: indicatorName(r) },
          expected,
          found: score(r.recorded, profile),
          fill: expected,
        };
      }),
  },
  'score.above-completion': {
    id: 'score.above-completion',
    severity: 'warning',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        const q = r.quantitative;
        if (!q?.score || q.met || !r.recorded || !gt(r.recorded, q.score)) return null;
        return {
          at: indicatorCell(r.indicator, 'score'),
          params: { name: indicatorName(r), ...plainQuantities(r) },
          expected: score(q.score, profile),
          found: score(r.recorded, profile),
        };
      }),
  },
  'score.band': {
    id: 'score.band',
    severity: 'warning',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        if (!r.band || !r.weight || !r.recorded) return null;
        const [lo, hi] = profile.bands[r.band].map((x) => x.times(r.weight as Dec));
        if (gte(r.recorded, lo) && lte(r.recorded, hi)) return null;
        return {
          at: indicatorCell(r.indicator, 'score'),
          params: { name: indicatorName(r), band: TERMS[`band_${r.band}`] },
          expected: `${score(lo, profile)}–${score(hi, profile)}`,
          found: score(r.recorded, profile),
        };
      }),
  },
  'deviation.unexplained': {
    id: 'deviation.unexplained',
    severity: 'error',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        // A form without a 偏差原因 column has nowhere to explain: form.unread says its deviations were not checked.
        if (r.indicator.columns.reason < 0 || !deviates(r) || explained(r)) return null;
        const q = r.quantitative;
        if (q && !q.met) {
          const { target, targetSymbols, actual } = quantityText(r);
          return {
            at: reasonCell(r),
            params: { name: indicatorName(r), why: fillTerm(TERMS.missedTarget, { expected: target, found: actual }) },
            expected: targetSymbols,
            found: actual,
          };
        }
        const expected = score(r.weight as Dec, profile); // deviates() saw a score below the 分值
        const found = score(r.used as Dec, profile);
        return {
          at: reasonCell(r),
          params: { name: indicatorName(r), why: fillTerm(TERMS.scoreBelowWeight, { expected, found }) },
          expected,
          found,
        };
      }),
  },
  'deviation.overachieved': {
    id: 'deviation.overachieved',
    severity: 'warning',
    check: ({ result, profile }) =>
      each(result.indicators, (r) => {
        const q = r.quantitative;
        if (!q || !q.overachieved || r.indicator.columns.reason < 0 || explained(r)) return null;
        const over = overRatioOf(q);
        if (!over) return null;
        return {
          at: reasonCell(r),
          params: { name: indicatorName(r), ...plainQuantities(r) },
          expected: pct(profile.overachieve, profile),
          found: pct(over, profile),
        };
      }),
  },
};
