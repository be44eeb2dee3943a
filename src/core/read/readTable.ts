import type { Sheet } from '../grid/grid';
import { isBlank } from '../grid/cell';
import type { Indicator, IndicatorColumns, IndicatorLevels, Level1, NumCell, Pos, StatedWeight, TotalLine } from '../model';
import { readNumber } from '../parse/cellNumber';
import { labelKey } from '../parse/text';
import { classify, names } from '../vocabulary/classify';
import { labelMeaning, weightInLabel } from '../vocabulary/labelMeaning';
import type { Role } from '../vocabulary/vocabulary';
import { TABLE_COLUMNS } from '../locate/headerRows';
import type { Anchor } from '../locate/locateForms';
import { numCol, ownCells, quantityTextAt, readAt, textAt, textCol, type Span } from './cells';
import { readHeaderBand } from './headerBand';
import { sharedColumns } from './indicatorRow';
import type { Reading } from './reading';
import { withOperator } from './targetParts';

const ACCEPTS: ReadonlySet<Role> = new Set(TABLE_COLUMNS);
// The columns that hold an indicator's values: a row's label (a total row's 总分, a closing 评价结论) stands left of them.
const VALUE_COLUMNS: readonly Role[] = ['target', 'adjustedTarget', 'actual', 'operator', 'measure', 'weight', 'score', 'coefficient'];

/** Where the indicator table lies. */
export interface TablePlace {
  header: Anchor;
  left: number;
  right: number;
  bottom: number;
  /** The rows of header rows repeated inside the table (page breaks). */
  headerRows: ReadonlySet<number>;
  /** The rows that hold a label of the vocabulary: only they can end the table or be skipped. */
  labelRows: ReadonlySet<number>;
  /** A total label above the table with its value beside it ("自评总分(分) | 97.6"), for a form without a total row. */
  headTotal: Anchor | undefined;
}

/** What the indicator table holds. */
export interface TableRead {
  /** The header cell findings about the whole table point at: 一级指标's, or the header row's first. */
  header: Pos;
  indicators: Indicator[];
  total: TotalLine | null;
  /** The indicators' total weight as the table's label states it: 绩效指标（90分）. */
  weight: StatedWeight | null;
}

/** Reads the indicator table: its columns from their headers, each indicator row, and the total row under it. */
export function readTable(sheet: Sheet, p: TablePlace, reading: Reading): TableRead {
  const band = readHeaderBand(sheet, p.header.row, p.left, p.right, ACCEPTS);
  const cols = band.columns;
  const nameRole: Role = cols.level3 || !cols.indicators ? 'level3' : 'indicators';
  for (const key in cols) {
    const role = key as Role;
    const c = cols[role]!;
    if (role !== 'indicators' || nameRole === 'indicators') reading.role('table', role, c.header, c.header.text);
  }
  for (const h of band.unread) reading.unread('column', h, h.text);
  let valueLeft = Infinity;
  for (const r of VALUE_COLUMNS) valueLeft = Math.min(valueLeft, cols[r]?.col ?? Infinity);
  const group = cols.indicators?.header;
  const weight: StatedWeight | null = group?.label?.weight ? { value: group.label.weight, at: group, from: 'label' } : null;

  const out: Indicator[] = [];
  let totalRow = -1;
  let levels: IndicatorLevels = {
    level1: '',
    level1At: { row: band.bottom + 1, col: cols.level1?.col ?? p.left },
    level2: '',
    level1Weight: null,
  };
  let shared: IndicatorColumns | null = null;
  for (let r = band.bottom + 1; r <= p.bottom; r++) {
    if (p.headerRows.has(r)) continue;
    const rowLabel = p.labelRows.has(r) ? labelOf(sheet, r, p.left, Math.min(valueLeft, p.right + 1) - 1) : null;
    if (rowLabel === 'total') {
      totalRow = r;
      break;
    }
    if (rowLabel === 'after') break;
    if (rowLabel === 'ignored') continue;
    const nameCol = textCol(sheet, r, cols[nameRole]);
    const targetCol = targetColumn(sheet, r, cols.target, cols.adjustedTarget);
    const actualCol = textCol(sheet, r, cols.actual);
    const weightCol = numCol(sheet, r, cols.weight);
    const scoreCol = numCol(sheet, r, cols.score);
    const coefficientCol = numCol(sheet, r, cols.coefficient);
    const name = textAt(sheet, r, nameCol);
    const rawTarget = quantityTextAt(sheet, r, targetCol);
    const rawActual = quantityTextAt(sheet, r, actualCol);
    const w = readAt(sheet, r, weightCol);
    const score = readAt(sheet, r, scoreCol);
    const coefficient = readAt(sheet, r, coefficientCol, 'rate');
    const nameOwn = !!cols[nameRole] && !sheet.isCovered(r, nameCol) && name !== '';
    if (!nameOwn && !rawTarget && !rawActual) {
      if (w.kind === 'blank' && score.kind === 'blank' && coefficient.kind === 'blank') continue;
      // Numbers under a label the vocabulary lacks (综合评分, 最终得分), with no indicator: the total row, said as unread.
      const label = ownCells(sheet, r, p.left, valueLeft - 1)[0];
      if (label !== undefined && typeof sheet.at(r, label)?.v === 'string') {
        totalRow = r;
        reading.unread('totalLabel', { row: r, col: label }, textAt(sheet, r, label));
        break;
      }
    }
    const unit = cols.measure ? textAt(sheet, r, textCol(sheet, r, cols.measure)) : '';
    const op = cols.operator ? textAt(sheet, r, textCol(sheet, r, cols.operator)) : '';
    levels = levelsOn(sheet, r, cols.level1, cols.level2, levels);
    const reasonCol = textCol(sheet, r, cols.reason);
    shared = sharedColumns(shared, nameCol, targetCol, actualCol, reasonCol, weightCol, scoreCol, coefficientCol);
    out.push({
      row: r,
      levels,
      columns: shared,
      name,
      target: withOperator(rawTarget, op, unit),
      actual: withOperator(rawActual, '', unit),
      reason: textAt(sheet, r, reasonCol),
      weight: w,
      score,
      coefficient,
    });
  }
  const total = totalRow >= 0 ? readTotal(sheet, totalRow, p.left, cols.weight, cols.score) : headTotal(sheet, p.headTotal);
  if (total) reading.role('total', 'total', total.label, textAt(sheet, total.label.row, total.label.col));
  const h = (cols.level1 ?? cols[nameRole])?.header ?? p.header;
  return { header: { row: h.row, col: h.col }, indicators: out, total, weight };
}

/** What the first label of a row says, left of the value columns: a total row, a closing block, or a row to skip. */
function labelOf(sheet: Sheet, row: number, left: number, right: number): 'total' | 'after' | 'ignored' | null {
  const cols = ownCells(sheet, row, left, right);
  if (!cols.length) return null;
  const v = sheet.at(row, cols[0])?.v;
  const roles = typeof v === 'string' ? classify(v)?.roles : undefined;
  if (!roles) return null;
  if (roles.includes('total')) return 'total';
  if (roles.includes('after') || roles.includes('goals')) return 'after';
  return roles.includes('ignored') ? 'ignored' : null;
}

/** The column of a row's target: the adjusted target (调整指标值) where it is filled in, else the target. */
function targetColumn(sheet: Sheet, row: number, target: Span | undefined, adjusted: Span | undefined): number {
  const a = textCol(sheet, row, adjusted);
  return a >= 0 && textAt(sheet, row, a) ? a : target || a < 0 ? textCol(sheet, row, target) : a;
}

/** The levels a row stands under: its own 一级/二级 cells, or those of the rows above it. */
function levelsOn(sheet: Sheet, r: number, level1: Span | undefined, level2: Span | undefined, prev: IndicatorLevels): IndicatorLevels {
  let { level1: l1, level1At, level2: l2, level1Weight } = prev;
  if (level1) {
    const text = textAt(sheet, r, level1.col);
    if (text) {
      const canon = canonicalLevel1(text);
      if (canon !== l1) {
        l1 = canon;
        const m = sheet.mergeOf(r, level1.col);
        level1At = m ? { row: m.top, col: m.left } : { row: r, col: level1.col };
        level1Weight = weightInLabel(labelKey(text));
        l2 = '';
      }
    }
  }
  if (level2) {
    const text = textAt(sheet, r, level2.col);
    if (text) l2 = text;
  }
  return l1 !== prev.level1 || l2 !== prev.level2 ? { level1: l1, level1At, level2: l2, level1Weight } : prev;
}

const LEVEL1: [string, Level1][] = [
  ['产出', '产出指标'],
  ['效益', '效益指标'],
  ['满意度', '满意度指标'],
  ['成本', '成本指标'],
];

const level1Names = new Map<string, Level1>();

/** The canonical name of a first-level indicator: "产出", "产出指标" and "产出指标（50分）" are all "产出指标". */
export function canonicalLevel1(text: string): Level1 {
  let name = level1Names.get(text);
  if (name === undefined) {
    const k = labelMeaning(labelKey(text));
    name = LEVEL1.find(([prefix]) => k.startsWith(prefix))?.[1] ?? k;
    if (level1Names.size < 10000) level1Names.set(text, name);
  }
  return name;
}

function readTotal(sheet: Sheet, row: number, left: number, weightCol: Span | undefined, scoreCol: Span | undefined): TotalLine {
  const labelCol = ownCells(sheet, row, left, sheet.colCount - 1)[0];
  const at = (span: Span | undefined): NumCell | null => {
    if (!span) return null;
    const col = numCol(sheet, row, span);
    return { row, col, read: readAt(sheet, row, col) };
  };
  const label = { row, col: labelCol };
  const sum = names(classify(textAt(sheet, row, labelCol)), 'sumLine');
  if (weightCol || scoreCol) return { label, weight: at(weightCol), score: at(scoreCol), sum };
  // A table with neither column: the total row's numbers are its 分值 and 得分, in that order.
  const [weight = null, score = null] = numbersRightOf(sheet, row, labelCol, 2);
  return { label, weight, score, sum };
}

/** A total stated above the table, its value beside its label ("自评总分(分) | 97.6"): the recorded 总分, without a 分值. */
function headTotal(sheet: Sheet, label: Anchor | undefined): TotalLine | null {
  if (!label) return null;
  const [score] = numbersRightOf(sheet, label.row, label.col, 1);
  return score ? { label: { row: label.row, col: label.col }, weight: null, score, sum: false } : null;
}

/** The first `n` non-blank cells right of a label on its row, read as numbers. */
function numbersRightOf(sheet: Sheet, row: number, labelCol: number, n: number): NumCell[] {
  const found: NumCell[] = [];
  for (let c = sheet.spanRight(row, labelCol) + 1; c < sheet.colCount && found.length < n; c++) {
    if (sheet.isCovered(row, c) || isBlank(sheet.at(row, c))) continue;
    found.push({ row, col: c, read: readNumber(sheet.at(row, c)) });
  }
  return found;
}
