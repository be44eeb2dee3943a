import type { NumberRead } from './parse/cellNumber';
import type { Rect } from './grid/address';

/** A cell position on a sheet, 0-based. */
export interface Pos {
  row: number;
  col: number;
}

/** A cell that must hold a number, with what it holds. Its column is -1 when the form has no such column. */
export interface NumCell extends Pos {
  read: NumberRead;
}

/** A cell of free text. Its column is -1 when the form has no such column. */
export interface TextCell extends Pos {
  text: string;
}

/** One row of the funds block. Only the 年度资金总额 line has 分值, 执行率 and 得分; a source line's are null. */
export interface FundsLine {
  label: Pos;
  initial: NumCell | null;
  adjusted: NumCell | null;
  executed: NumCell | null;
  weight: NumCell | null;
  rate: NumCell | null;
  score: NumCell | null;
}

/** The funds block (项目资金). */
export interface Funds {
  label: Pos;
  unit: '元' | '万元';
  total: FundsLine | null;
  current: FundsLine | null;
  carryover: FundsLine | null;
  other: FundsLine | null;
}

/** The canonical first levels; anything else keeps its own name. */
export type Level1 = '产出指标' | '效益指标' | '满意度指标' | string;

/** The column of each part of an indicator row, −1 when the form has none. The rows of a table share one. */
export interface IndicatorColumns {
  readonly name: number;
  readonly target: number;
  readonly actual: number;
  readonly reason: number;
  readonly weight: number;
  readonly score: number;
}

/** The levels an indicator row stands under; the rows of one 二级指标 share one. */
export interface IndicatorLevels {
  readonly level1: Level1;
  /** The 一级指标 cell (a merge's top-left), where a level's findings point. */
  readonly level1At: Pos;
  readonly level2: string;
}

/**
 * One row of the indicator table, as plain data: every form makes tens of them, so a row keeps its texts and reads and
 * shares its levels and columns with its neighbours; `indicatorCell` gives the cell of a part.
 */
export interface Indicator {
  readonly row: number;
  readonly levels: IndicatorLevels;
  readonly columns: IndicatorColumns;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly reason: string;
  readonly weight: NumberRead;
  readonly score: NumberRead;
}

/** The 总分 row. */
export interface TotalLine {
  label: Pos;
  weight: NumCell | null;
  score: NumCell | null;
}

/** A form's head: everything read from it but its indicator rows. Missing parts are null. */
export interface FormHead {
  sheet: string;
  /** The form's cells, from its title to its 总分 row. */
  rect: Rect;
  /** The form's first label, where form-wide findings point. */
  start: Pos;
  year: number | null;
  project: string;
  department: string;
  agency: string;
  /** The 项目资金 label, even when the block's columns could not be read. */
  fundsLabel: Pos | null;
  funds: Funds | null;
  goals: { expected: string; actual: string } | null;
  /** The indicator header row's 一级指标 cell, or null when the table is missing. */
  indicatorHeader: Pos | null;
  total: TotalLine | null;
}

/** One 绩效自评表 as read from a sheet. */
export interface Form extends FormHead {
  indicators: Indicator[];
}
