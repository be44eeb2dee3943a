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

/** One row of the indicator table. */
export interface Indicator {
  row: number;
  level1: Level1;
  level1At: Pos;
  level2: string;
  name: TextCell;
  target: TextCell;
  actual: TextCell;
  weight: NumCell;
  score: NumCell;
  reason: TextCell;
}

/** The 总分 row. */
export interface TotalLine {
  label: Pos;
  weight: NumCell | null;
  score: NumCell | null;
}

/** One 绩效自评表 as read from a sheet. Missing parts are null. */
export interface Form {
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
  indicators: Indicator[];
  total: TotalLine | null;
}
