import type { Sheet } from '../grid/grid';
import { cellText } from '../grid/cell';
import type { Funds, FundsLine, Pos, StatedWeight } from '../model';
import { labelKey } from '../parse/text';
import { classify, unitOf, type Label } from '../vocabulary/classify';
import type { Role } from '../vocabulary/vocabulary';
import type { Anchor } from '../locate/locateForms';
import { numIn, textAt } from './cells';
import { readHeaderBand, type HeaderBand, type RoleColumn } from './headerBand';
import type { Reading } from './reading';

/** The roles of a funds block's columns. */
export const FUNDS_COLUMNS: ReadonlySet<Role> = new Set<Role>([
  'initial',
  'adjusted',
  'annual',
  'executed',
  'weight',
  'rate',
  'score',
  'reason',
]);
// Labels that end a funds block: the parts that follow it.
const ENDS: ReadonlySet<Role> = new Set<Role>(['goals', 'expected', 'achieved', 'after', 'title', 'project', 'level1']);

/** Where the funds block lies: its label if any, its header row if found, and the last row it may use. */
export interface FundsPlace {
  label: Anchor | undefined;
  header: Anchor | undefined;
  /** A "单位：万元" cell above the block. */
  unitCell: Anchor | undefined;
  left: number;
  right: number;
  end: number;
}

/** What the funds block states besides its lines. */
export interface FundsRead {
  funds: Funds | null;
  /** The budget's weight as a label states it ("预算执行情况(20分)", "得分(20分*执行率)"). */
  weight: StatedWeight | null;
  /** Whether the block scores the budget: it has a 分值 or 得分 column, or states a weight. */
  scores: boolean;
}

/** Reads the funds block: its unit, its columns from their headers, and every line under them. */
export function readFunds(sheet: Sheet, p: FundsPlace, reading: Reading): FundsRead {
  if (!p.header) {
    if (p.label) reading.unread('fundsColumns', p.label, p.label.text);
    return { funds: null, weight: null, scores: false };
  }
  const band = readHeaderBand(sheet, p.header.row, p.left, p.right, FUNDS_COLUMNS);
  const cols = resolveBudget(band.columns);
  if (!cols.adjusted && !cols.executed) {
    reading.unread('fundsColumns', p.label ?? p.header, p.label?.text ?? p.header.text);
    return { funds: null, weight: null, scores: false };
  }
  let firstValue = Infinity;
  for (const key in cols) {
    const c = cols[key as Role]!;
    reading.role('funds', key as Role, c.header, c.header.text);
    if (c.col < firstValue) firstValue = c.col;
  }
  for (const h of band.unread) reading.unread('column', h, h.text);
  const at: Pos = p.label ? { row: p.label.row, col: p.label.col } : { row: band.top, col: firstValue };
  if (p.label) reading.role('funds', 'funds', p.label, p.label.text);
  const lines: FundsLine[] = [];
  let sourceIndent = -1;
  for (let r = band.bottom + 1; r <= p.end; r++) {
    const labelCol = lineLabel(sheet, r, p.left, firstValue - 1, p.label);
    const raw = labelCol < 0 ? '' : cellText(sheet.at(r, labelCol));
    const text = raw.trim();
    const label = text ? classify(text) : null;
    if (label?.roles.some((x) => ENDS.has(x))) break;
    const line = readLine(sheet, r, cols, labelCol, text, label, lines.length === 0);
    if (!line) {
      if (lines.length) break;
      continue;
    }
    if (line.role !== 'total') {
      // A breakdown of the line above: a second 其中：, or a label indented deeper than the first source line's.
      const indent = raw.length - raw.trimStart().length;
      if (sourceIndent < 0) sourceIndent = indent;
      else if (indent > sourceIndent || /^\s*其中/.test(raw)) line.role = 'detail';
    }
    if (line.role === 'unknown') reading.unread('fundsLine', line.label, text);
    else reading.role('funds', line.role === 'total' ? 'fundsTotal' : 'fundsSource', line.label, text);
    lines.push(line);
  }
  const total = lines.find((l) => l.role === 'total') ?? null;
  const weight = statedWeight(p.label, cols);
  return {
    funds: {
      label: at,
      unit:
        unitOf(p.label?.text ?? '') ?? unitBeside(sheet, p.label) ?? unitIn(p.unitCell, band) ?? unitLeftOf(sheet, band, p.left) ?? '元',
      total,
      sources: lines.filter((l) => l !== total),
    },
    weight,
    scores: !!(cols.weight || cols.score || weight),
  };
}

type Columns = Partial<Record<Role, RoleColumn>>;

/**
 * The budget column: 全年预算数 or 调整后预算数; else 年度预算数; else, in a block with 年初预算数（A） and 执行数（B） only,
 * the initial budget. 年度预算数 beside a 调整后 column is the initial budget.
 */
function resolveBudget(cols: Columns): Columns {
  const budget = cols.adjusted ? null : (cols.annual ?? cols.initial ?? null);
  // A new object rather than keys deleted: a deleted key turns an object into a slow dictionary for every later lookup.
  const out: Columns = {};
  for (const key in cols) {
    const role = key as Role;
    const c = cols[role]!;
    if (role === 'annual') {
      if (!budget && !cols.initial) out.initial = c;
    } else if (c !== budget) out[role] = c;
  }
  if (budget) out.adjusted = budget;
  return out;
}

/**
 * The column of a funds line's label: the rightmost text left of the amounts that is not the block's own label (a text
 * under the block label's merge counts: a workbook can keep one there, and it is the line's label).
 */
function lineLabel(sheet: Sheet, row: number, left: number, right: number, blockLabel: Anchor | undefined): number {
  for (let c = right; c >= left; c--) {
    if (blockLabel && blockLabel.row === row && blockLabel.col === c) continue;
    const v = sheet.at(row, c)?.v;
    if (typeof v === 'string' && v.trim() !== '') return c;
  }
  return -1;
}

function readLine(
  sheet: Sheet,
  row: number,
  cols: Columns,
  labelCol: number,
  text: string,
  label: Label | null,
  first: boolean,
): FundsLine | null {
  const amounts = [numIn(sheet, row, cols.initial), numIn(sheet, row, cols.adjusted), numIn(sheet, row, cols.executed)];
  const hasAmount = amounts.some((c) => c && c.read.kind !== 'blank');
  let role: FundsLine['role'];
  if (label?.roles.includes('fundsTotal')) role = 'total';
  else if (label?.roles.includes('fundsSource')) role = 'source';
  else if (!text && first && hasAmount)
    role = 'total'; // a block of one unlabelled row: the total itself
  else if (!text) return null;
  else if (!hasAmount && label)
    return null; // a label of another part, with no amounts: not a funds line
  else role = 'unknown';
  const total = role === 'total';
  const firstValue = amounts.find((c) => c && c.col >= 0);
  return {
    label: labelCol >= 0 ? { row, col: labelCol } : { row, col: firstValue ? firstValue.col : 0 },
    name: text ? lineName(text) : '',
    role,
    initial: amounts[0],
    adjusted: amounts[1],
    executed: amounts[2],
    // 分值, 执行率 and 得分 belong to the total line; the source lines' cells under them are merged, blank or a dash.
    weight: total ? numIn(sheet, row, cols.weight) : null,
    rate: total ? numIn(sheet, row, cols.rate, 'rate') : null,
    score: total ? numIn(sheet, row, cols.score) : null,
  };
}

/** A funds line's name as messages show it: its label without a leading 其中： or a trailing colon. */
function lineName(text: string): string {
  return text
    .trim()
    .replace(/^其中\s*[:：]?\s*/, '')
    .replace(/[:：]\s*$/, '');
}

/** The budget's weight as the block's label or a column header states it. */
function statedWeight(label: Anchor | undefined, cols: Columns): StatedWeight | null {
  if (label?.label.weight) return { value: label.label.weight, at: { row: label.row, col: label.col }, from: 'label' };
  for (const k of ['weight', 'score', 'rate'] as const) {
    const h = cols[k]?.header;
    if (h?.label?.weight) return { value: h.label.weight, at: { row: h.row, col: h.col }, from: 'label' };
  }
  return null;
}

const UNIT_ONLY = /^\(?(单位:)?(万元|元)\)?$/;

/** The unit written in a cell of its own beside the funds label ("项目资金" | "（万元）"), or under it; null if none. */
function unitBeside(sheet: Sheet, label: Anchor | undefined): '元' | '万元' | null {
  if (!label) return null;
  const right = sheet.spanRight(label.row, label.col) + 1;
  for (const [row, col] of [
    [label.row, right],
    [label.row + 1, label.col],
  ]) {
    const m = UNIT_ONLY.exec(labelKey(textAt(sheet, row, col)));
    if (m) return m[2] as '元' | '万元';
  }
  return null;
}

/** The unit a text left of the block's headers names: the block's own label, when the vocabulary lacks it ("…（万元）"). */
function unitLeftOf(sheet: Sheet, band: HeaderBand, left: number): '元' | '万元' | null {
  const first = Math.min(...Object.values(band.columns).map((c) => (c ? c.col : Infinity)));
  for (let r = band.top; r <= band.bottom; r++) {
    for (let c = left; c < first; c++) {
      const key = labelKey(textAt(sheet, r, c));
      if (/[(]万元[)]/.test(key)) return '万元';
      if (/[(]元[)]/.test(key)) return '元';
    }
  }
  return null;
}

/** The unit of a "单位：万元" cell above the block, or of the amount headers ("年度预算数(万元)"). */
function unitIn(unitCell: Anchor | undefined, band: HeaderBand): '元' | '万元' | null {
  if (unitCell) return unitOf(unitCell.text);
  for (const c of Object.values(band.columns)) {
    const u = c && /万元|\(元\)/.test(c.header.label?.key ?? '') ? unitOf(c.header.text) : null;
    if (u) return u;
  }
  return null;
}
