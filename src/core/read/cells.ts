import type { Sheet } from '../grid/grid';
import { dec } from '../calc';
import { cellText, isBlank } from '../grid/cell';
import { readNumber, type NumberKind, type NumberRead } from '../parse/cellNumber';
import type { NumCell, TextCell } from '../model';

/** The columns a header spans: its value lies in one of them. */
export interface Span {
  col: number;
  right: number;
}

/**
 * The column of a value under a header: when the header spans several columns, the first non-blank of them (seen as
 * Excel shows merged cells when `shown`); −1 without a header.
 */
export function colIn(sheet: Sheet, row: number, span: Span | undefined, shown: boolean): number {
  if (!span) return -1;
  for (let c = span.col; c < span.right; c++) if (!blankAt(sheet, row, c, shown)) return c;
  // The last column (the only one, usually) is the answer whether it is blank or not.
  return span.col === span.right || !blankAt(sheet, row, span.right, shown) ? span.right : span.col;
}

function blankAt(sheet: Sheet, row: number, col: number, shown: boolean): boolean {
  return isBlank(shown ? sheet.shown(row, col) : sheet.at(row, col));
}

/** The column of a number under a header. */
export const numCol = (sheet: Sheet, row: number, span: Span | undefined) => colIn(sheet, row, span, false);
/** The column of a text under a header, merged cells read as Excel shows them. */
export const textCol = (sheet: Sheet, row: number, span: Span | undefined) => colIn(sheet, row, span, true);

/** The trimmed text Excel shows at a position; '' for column −1. */
export function textAt(sheet: Sheet, row: number, col: number): string {
  return col < 0 ? '' : cellText(sheet.shown(row, col)).trim();
}

/**
 * The text of a target or an actual as Excel shows its quantity: a number formatted as a percentage reads as one (0.85
 * under "0%" is "85%", as typing 85% in Excel stores it), with every digit it holds; anything else as textAt reads it.
 */
export function quantityTextAt(sheet: Sheet, row: number, col: number): string {
  const cell = col < 0 ? undefined : sheet.shown(row, col);
  if (typeof cell?.v === 'number' && Number.isFinite(cell.v) && cell.fmt?.includes('%')) return `${dec(cell.v).times(100).toFixed()}%`;
  return cellText(cell).trim();
}

const BLANK: NumberRead = { kind: 'blank' };

/** What a cell that must hold a number holds; blank for column −1. */
export function readAt(sheet: Sheet, row: number, col: number, kind: NumberKind = 'plain'): NumberRead {
  return col < 0 ? BLANK : readNumber(sheet.at(row, col), kind);
}

/** A number cell under a header, or null without the header. */
export function numIn(sheet: Sheet, row: number, span: Span | undefined, kind: NumberKind = 'plain'): NumCell | null {
  if (!span) return null;
  const col = numCol(sheet, row, span);
  return { row, col, read: readAt(sheet, row, col, kind) };
}

/** A text cell under a header. */
export function textIn(sheet: Sheet, row: number, span: Span | undefined): TextCell {
  const col = textCol(sheet, row, span);
  return { row, col, text: textAt(sheet, row, col) };
}

/** The non-blank cells of a row between two columns that are not covered by a merge, left to right. */
export function ownCells(sheet: Sheet, row: number, left: number, right: number): number[] {
  const out: number[] = [];
  const r = sheet.rows[row];
  if (!r) return out;
  for (let c = left; c <= Math.min(right, r.length - 1); c++) if (!isBlank(r[c]) && !sheet.isCovered(row, c)) out.push(c);
  return out;
}
