import { gt } from '../calc';
import type { FormResult, IndicatorResult, LevelResult } from '../compute/computeForm';
import { numberOf } from '../parse/cellNumber';
import { indicatorCell } from '../read/indicatorRow';
import { each, indicatorName, type Hit } from './rule';

// An indicator's recorded 得分 above its 分值 or below zero.
const indicatorAbove = (r: IndicatorResult) => !!r.weight && !!r.recorded && (gt(r.recorded, r.weight) || r.recorded.isNegative());
// Without a 分值 column, a first level's weight is the one its label states (产出指标（40分）): its 得分 stay within it.
const levelAbove = (l: LevelResult) => l.from === 'label' && gt(l.score, l.weight);

/** The scores above their weight or below zero: an indicator's 得分 over its 分值, a first level's over its label's. */
export function scoresAboveWeight(result: FormResult): Hit[] {
  return [
    ...each(result.indicators, (r) =>
      indicatorAbove(r)
        ? {
            at: indicatorCell(r.indicator, 'score'),
            params: { name: indicatorName(r) },
            expected: (r.weight as NonNullable<typeof r.weight>).toFixed(),
            found: (r.recorded as NonNullable<typeof r.recorded>).toFixed(),
          }
        : null,
    ),
    ...result.levels
      .filter(levelAbove)
      .map((l) => ({ at: l.first, params: { name: l.name }, expected: l.weight.toFixed(), found: l.score.toFixed() })),
  ];
}

/**
 * Whether Fill in leaves a form's 总分 alone: a score above its weight is fixed first, and a 总分 is never written above
 * the form's 分值 (the one its 总分 line states, or the weights' sum). Asked of every form: it builds no findings.
 */
export function totalOverWeight(result: FormResult): boolean {
  const total = result.total;
  if (!total) return false;
  if (result.indicators.some(indicatorAbove) || result.levels.some(levelAbove)) return true;
  const stated = result.form.total?.weight ? numberOf(result.form.total.weight.read) : null;
  return [result.weightTotal, stated].some((w) => !!w && w.isPositive() && total.gt(w));
}
