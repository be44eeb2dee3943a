import type { Indicator, Level1, NumCell, Pos, TextCell } from '../model';
import type { NumberRead } from '../parse/cellNumber';

/** The column of each part of an indicator row, −1 when the form has none. The rows of a table share one. */
export interface IndicatorColumns {
  readonly name: number;
  readonly target: number;
  readonly actual: number;
  readonly reason: number;
  readonly weight: number;
  readonly score: number;
}

/**
 * One row of the indicator table, kept flat: a workbook holds tens of thousands of these, so the cell views (`name`,
 * `score`…) are made when asked for rather than kept as six objects a row.
 */
export class IndicatorRow implements Indicator {
  // Positional, so that reading a row makes no object besides the row itself.
  constructor(
    readonly row: number,
    readonly level1: Level1,
    readonly level1At: Pos,
    readonly level2: string,
    private readonly cols: IndicatorColumns,
    private readonly nameText: string,
    private readonly targetText: string,
    private readonly actualText: string,
    private readonly reasonText: string,
    private readonly weightRead: NumberRead,
    private readonly scoreRead: NumberRead,
  ) {}

  get name(): TextCell {
    return { row: this.row, col: this.cols.name, text: this.nameText };
  }

  get target(): TextCell {
    return { row: this.row, col: this.cols.target, text: this.targetText };
  }

  get actual(): TextCell {
    return { row: this.row, col: this.cols.actual, text: this.actualText };
  }

  get reason(): TextCell {
    return { row: this.row, col: this.cols.reason, text: this.reasonText };
  }

  get weight(): NumCell {
    return { row: this.row, col: this.cols.weight, read: this.weightRead };
  }

  get score(): NumCell {
    return { row: this.row, col: this.cols.score, read: this.scoreRead };
  }
}

/** Columns equal to `prev` are `prev` itself, so that the rows of a table share one object. */
export function sharedColumns(prev: IndicatorColumns | null, cols: IndicatorColumns): IndicatorColumns {
  if (
    prev &&
    prev.name === cols.name &&
    prev.target === cols.target &&
    prev.actual === cols.actual &&
    prev.reason === cols.reason &&
    prev.weight === cols.weight &&
    prev.score === cols.score
  )
    return prev;
  return cols;
}
