import type { Indicator, IndicatorColumns, NumCell, Pos } from '../model';

/** The cell of one part of an indicator row; its column is −1 when the form has no such column. */
export function indicatorCell(i: Indicator, part: keyof IndicatorColumns): Pos {
  return { row: i.row, col: i.columns[part] };
}

/** The 分值 or 得分 cell of an indicator row with what it holds. */
export function indicatorNumber(i: Indicator, part: 'weight' | 'score'): NumCell {
  return { row: i.row, col: i.columns[part], read: i[part] };
}

/** `prev` itself when it names the same columns, else a new columns object: the rows of a table share one. */
export function sharedColumns(
  prev: IndicatorColumns | null,
  name: number,
  target: number,
  actual: number,
  reason: number,
  weight: number,
  score: number,
  coefficient: number,
): IndicatorColumns {
  if (
    prev &&
    prev.name === name &&
    prev.target === target &&
    prev.actual === actual &&
    prev.reason === reason &&
    prev.weight === weight &&
    prev.score === score &&
    prev.coefficient === coefficient
  )
    return prev;
  return { name, target, actual, reason, weight, score, coefficient };
}
