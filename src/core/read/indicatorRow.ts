import type { Indicator, Level1, NumCell, Pos, TextCell } from '../model';
import type { NumberRead } from '../parse/cellNumber';

/** Where each part of an indicator row is and what it holds: a column (−1 when the form has none) and a text or read. */
export interface IndicatorCells {
  nameCol: number;
  name: string;
  targetCol: number;
  target: string;
  actualCol: number;
  actual: string;
  reasonCol: number;
  reason: string;
  weightCol: number;
  weight: NumberRead;
  scoreCol: number;
  score: NumberRead;
}

/**
 * One row of the indicator table, kept flat: a workbook holds tens of thousands of these, so the cell views (`name`,
 * `score`…) are made when asked for rather than kept as six objects a row.
 */
export class IndicatorRow implements Indicator {
  private readonly nameCol: number;
  private readonly nameText: string;
  private readonly targetCol: number;
  private readonly targetText: string;
  private readonly actualCol: number;
  private readonly actualText: string;
  private readonly reasonCol: number;
  private readonly reasonText: string;
  private readonly weightCol: number;
  private readonly weightRead: NumberRead;
  private readonly scoreCol: number;
  private readonly scoreRead: NumberRead;

  constructor(
    readonly row: number,
    readonly level1: Level1,
    readonly level1At: Pos,
    readonly level2: string,
    c: IndicatorCells,
  ) {
    this.nameCol = c.nameCol;
    this.nameText = c.name;
    this.targetCol = c.targetCol;
    this.targetText = c.target;
    this.actualCol = c.actualCol;
    this.actualText = c.actual;
    this.reasonCol = c.reasonCol;
    this.reasonText = c.reason;
    this.weightCol = c.weightCol;
    this.weightRead = c.weight;
    this.scoreCol = c.scoreCol;
    this.scoreRead = c.score;
  }

  get name(): TextCell {
    return { row: this.row, col: this.nameCol, text: this.nameText };
  }

  get target(): TextCell {
    return { row: this.row, col: this.targetCol, text: this.targetText };
  }

  get actual(): TextCell {
    return { row: this.row, col: this.actualCol, text: this.actualText };
  }

  get reason(): TextCell {
    return { row: this.row, col: this.reasonCol, text: this.reasonText };
  }

  get weight(): NumCell {
    return { row: this.row, col: this.weightCol, read: this.weightRead };
  }

  get score(): NumCell {
    return { row: this.row, col: this.scoreCol, read: this.scoreRead };
  }
}
