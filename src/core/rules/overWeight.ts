import { gt } from '../calc';
import type { FormResult } from '../compute/computeForm';
import { numberOf } from '../parse/cellNumber';
import { indicatorCell } from '../read/indicatorRow';
import { each, indicatorName, type Hit } from './rule';

/** The scores above their weight or below zero: an indicator's 得分 over its 分值, a first level's over its label's. */
export function scoresAboveWeight(result: FormResult): Hit[] {
  return [
    ...each(result.indicators, (r) =>
      r.weight && r.recorded && (gt(r.recorded, r.weight) || r.recorded.isNegative())
        ? {
            at: indicatorCell(r.indicator, 'score'),
            params: { name: indicatorName(r) },
            expected: r.weight.toFixed(),
            found: r.recorded.toFixed(),
          }
        : null,
    ),
    // Without a 分值 column, a first level's weight is the one its label states (产出指标（40分）): its 得分 stay within it.
    ...result.levels
      .filter((l) => l.from === 'label' && gt(l.score, l.weight))
      .map((l) => ({ at: l.first, params: { name: l.name }, expected: l.weight.toFixed(), found: l.score.toFixed() })),
  ];
}

/**
 * Whether Fill in leaves a form's 总分 alone: a score above its weight is fixed first, and a 总分 is never written above
 * the form's 分值 (the one its 总分 line states, or the weights' sum).
 */
export function totalOverWeight(result: FormResult): boolean {
  const total = result.total;
  if (!total) return false;
  if (scoresAboveWeight(result).length > 0) return true;
  const stated = result.form.total?.weight ? numberOf(result.form.total.weight.read) : null;
  return [result.weightTotal, stated].some((w) => !!w && w.isPositive() && total.gt(w));
}
