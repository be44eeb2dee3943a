import type { Dec } from './calc';
import type { NumberRead } from './parse/cellNumber';
import type { Rect } from './grid/address';
import type { Role } from './vocabulary/vocabulary';

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

/** One line of the funds block: the total, or a funding source under it. Only the total line has 分值, 执行率 and 得分. */
export interface FundsLine {
  label: Pos;
  /** The line's label as the form writes it, without a leading 其中： ('' for an unlabelled total line). */
  name: string;
  /**
   * 'unknown': a label the vocabulary lacks; the line is read, but no sum check is made on it. 'detail': a breakdown of
   * the source line above it (a second 其中：, or indented deeper), not added to the sources' sum.
   */
  role: 'total' | 'source' | 'detail' | 'unknown';
  initial: NumCell | null;
  adjusted: NumCell | null;
  executed: NumCell | null;
  weight: NumCell | null;
  rate: NumCell | null;
  score: NumCell | null;
}

/** The funds block (项目资金, 预算执行情况, 资金情况 …). */
export interface Funds {
  /** The block's label, or its header's first cell when it has none. */
  label: Pos;
  unit: '元' | '万元';
  total: FundsLine | null;
  /** Every line under the total, in order: funding sources, and lines whose label is not understood. */
  sources: FundsLine[];
}

/** A weight a form states in a label ("预算执行情况(20分)", "产出指标（50分）"), with the cell that states it. */
export interface StatedWeight {
  value: Dec;
  at: Pos;
  from: 'label';
}

/** What kind of form it is: a project's, a transfer payment's, or a whole department's (部门整体). */
export type FormKind = 'project' | 'transfer' | 'department';

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
  readonly coefficient: number;
}

/** The levels an indicator row stands under; the rows of one 二级指标 share one. */
export interface IndicatorLevels {
  readonly level1: Level1;
  /** The 一级指标 cell (a merge's top-left), where a level's findings point. */
  readonly level1At: Pos;
  readonly level2: string;
  /** The first level's weight as its label states it: 产出指标（50分） → 50. */
  readonly level1Weight: Dec | null;
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
  /** A completion coefficient (得分系数): the indicator scores 分值 × 系数. */
  readonly coefficient: NumberRead;
}

/** The 总分 row (or 合计, 自评总分 …). */
export interface TotalLine {
  label: Pos;
  weight: NumCell | null;
  score: NumCell | null;
  /** Named as a sum (合计): a blank 得分 on it is not a missing 总分. */
  sum: boolean;
}

/** A form's head: everything read from it but its indicator rows. Missing parts are null. */
export interface FormHead {
  sheet: string;
  kind: FormKind;
  /** The form's cells, from its title to its 总分 row. */
  rect: Rect;
  /** The form's first label, where form-wide findings point. */
  start: Pos;
  year: number | null;
  project: string;
  department: string;
  agency: string;
  /** The funds block's label, even when the block's columns could not be read. */
  fundsLabel: Pos | null;
  funds: Funds | null;
  /** Whether the form scores the budget: its funds block has a 分值 or 得分 column, or states a weight. */
  scoresBudget: boolean;
  /** The budget's weight as a label states it; the total line's 分值 cell, where there is one, wins over it. */
  budgetWeight: StatedWeight | null;
  goals: { expected: string; actual: string } | null;
  /** The indicators' total weight as the table's label states it: 绩效指标（90分）. */
  indicatorsWeight: StatedWeight | null;
  /** The indicator header row's 一级指标 cell, or null when the table is missing. */
  indicatorHeader: Pos | null;
  total: TotalLine | null;
}

/** A part of a form that could not be read, for form.unread. */
export type UnreadPart =
  'column' | 'fundsLine' | 'fundsColumns' | 'fundsBlock' | 'totalRow' | 'totalLabel' | 'scoreColumn' | 'reasonColumn';

/** A block of a form, as `selfeval explain` groups what was read. */
export type Block = 'head' | 'funds' | 'goals' | 'table' | 'total';

/** A cell read for a role. */
export interface RoleAt extends Pos {
  block: Block;
  role: Role;
  text: string;
}

/** A part that could not be read, at its cell. */
export interface UnreadAt extends Pos {
  part: UnreadPart;
  text: string;
}

/** How a form was read: the cell taken for each role, and what could not be read. */
export interface FormLayout {
  roles: RoleAt[];
  unread: UnreadAt[];
}

/** A funds block as an analysis keeps it: the unit and the total line, not the funding lines it was checked against. */
export type FundsTotal = Omit<Funds, 'sources'>;

/** A form's head as an analysis keeps it: every part but the funding lines, which no report shows. */
export interface KeptHead extends Omit<FormHead, 'funds'> {
  funds: FundsTotal | null;
}

/** One 绩效自评表 as read from a sheet. */
export interface Form extends FormHead {
  indicators: Indicator[];
  /** How the form was read: the cell taken for each role, and what could not be read. */
  layout: FormLayout;
}
