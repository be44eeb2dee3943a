import type { Sheet } from '../grid/grid';
import { cellText } from '../grid/cell';
import type { Pos } from '../model';
import { classify, type Label } from '../vocabulary/classify';
import type { Role } from '../vocabulary/vocabulary';
import { ownCells, type Span } from './cells';

/** One header cell of a band. */
export interface HeaderCell extends Span, Pos {
  text: string;
  label: Label | null;
}

/** A column's role as its header names it. */
export interface RoleColumn extends Span {
  header: HeaderCell;
}

/** The header rows of a block (one, or two with a group header over its sub-columns) and the role of each column. */
export interface HeaderBand {
  top: number;
  bottom: number;
  columns: Partial<Record<Role, RoleColumn>>;
  /** Header cells whose text names no role the vocabulary knows: the columns under them are not read. */
  unread: HeaderCell[];
}

/**
 * Reads the header band around a header row: the row itself, with the row above or below it when that row holds only
 * headers (a group header such as 预算数 or 偏差原因分析及改进措施 over its sub-columns). Each column takes the role its
 * lowest header names; a group header over named sub-columns gives way to them. A header cell naming a role outside
 * `accepts` is understood and left alone; one naming no role at all is unread.
 */
export function readHeaderBand(sheet: Sheet, row: number, left: number, right: number, accepts: ReadonlySet<Role>): HeaderBand {
  let top = row;
  let bottom = row;
  if (row > 0 && headerOnly(sheet, row - 1, left, right, accepts)) top = row - 1;
  if (headerOnly(sheet, row + 1, left, right, accepts)) bottom = row + 1;
  const cells: HeaderCell[] = [];
  for (let r = top; r <= bottom; r++) {
    for (const c of ownCells(sheet, r, left, right)) {
      const text = cellText(sheet.at(r, c)).trim();
      cells.push({ row: r, col: c, right: Math.min(sheet.spanRight(r, c), right), text, label: classify(text) });
    }
  }
  const role = (h: HeaderCell) => h.label?.roles.find((x) => accepts.has(x));
  // A header over cells of a lower row that name roles is their group header.
  const isGroup = (h: HeaderCell) => h.row < bottom && cells.some((s) => s.row > h.row && s.col >= h.col && s.col <= h.right && role(s));
  const columns: Partial<Record<Role, RoleColumn>> = {};
  const unread: HeaderCell[] = [];
  for (const h of cells) {
    if (isGroup(h)) continue;
    const r = role(h);
    if (r) {
      if (!columns[r]) columns[r] = { col: h.col, right: h.right, header: h };
    } else if (!h.label) unread.push(h);
  }
  return { top, bottom, columns, unread };
}

/** Whether a row holds headers only: a label of the block, no number, and no more other texts than labels. */
function headerOnly(sheet: Sheet, row: number, left: number, right: number, accepts: ReadonlySet<Role>): boolean {
  let labels = 0;
  let others = 0;
  for (const c of ownCells(sheet, row, left, right)) {
    const v = sheet.at(row, c)?.v;
    if (typeof v !== 'string') return false;
    const label = classify(v);
    if (label?.roles.some((r) => accepts.has(r))) labels++;
    else if (!label) others++;
  }
  return labels > 0 && others <= labels;
}
