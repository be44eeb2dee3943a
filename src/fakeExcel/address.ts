import { a1, colName, parseRange, type Rect } from '../core/grid/address';

/** Excel's grid size: rows and columns of a worksheet. */
export const MAX_ROWS = 1048576;
/** Excel's grid size: columns of a worksheet. */
export const MAX_COLS = 16384;

/** A parsed range address: an optional sheet name and a rectangle (whole rows/columns reach the grid's edge). */
export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

/** Tells whether a sheet name must be quoted in a reference, as Excel quotes it in Range.address. */
export function needsQuotes(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return true;
  // Names that read as a cell (A1) or R1C1 reference are quoted too.
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/** A sheet name as it prefixes a reference: Sheet1 or 'My Sheet' (quotes doubled). */
export function quoteSheet(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** The A1 text of a rectangle without a sheet: "A1", "A1:B2", whole columns "A:C", whole rows "1:3". */
export function rectAddress(r: Rect): string {
  const wholeCols = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const wholeRows = r.left === 0 && r.right === MAX_COLS - 1;
  if (wholeRows) return `${r.top + 1}:${r.bottom + 1}`;
  if (wholeCols) return `${colName(r.left)}:${colName(r.right)}`;
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

/** The absolute A1 text of a rectangle: "$A$1" or "$A$1:$B$2". */
export function absoluteAddress(r: Rect): string {
  const abs = (row: number, col: number) => `$${colName(col)}$${row + 1}`;
  const tl = abs(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${abs(r.bottom, r.right)}`;
}

/** A sheet-qualified address as Range.address returns it: "Sheet1!A1:B2", "'My Sheet'!C3". */
export function sheetAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(r)}`;
}

/** Splits "'My Sheet'!A1" or "Sheet1!A1" into the sheet name and the rest; no sheet when there is no "!". */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const s = address.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(s);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), ref: quoted[2] };
  const bang = s.lastIndexOf('!');
  if (bang > 0) return { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
  return { ref: s };
}

/** The 0-based column of column letters ("A" → 0), or -1. */
function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c >= 1 && c <= MAX_COLS ? c - 1 : -1;
}

/** Parses "A1", "$A$1:B2", "A:C", "1:100", optionally sheet-qualified; null when it is not an address. */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, ref } = splitSheet(address);
  const r = ref.trim();
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(r);
  if (cols) {
    const [a, b] = [colIndex(cols[1]), colIndex(cols[2])];
    if (a < 0 || b < 0) return null;
    return { sheet, rect: { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) } };
  }
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(r);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (a < 0 || b < 0 || a >= MAX_ROWS || b >= MAX_ROWS) return null;
    return { sheet, rect: { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLS - 1 } };
  }
  const rect = parseRange(r);
  if (!rect || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS) return null;
  return { sheet, rect };
}

/** Tells whether a rectangle lies inside the grid and is not empty. */
export function inGrid(r: Rect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLS && r.top <= r.bottom && r.left <= r.right;
}

/** The overlap of two rectangles, or null. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** The number of cells of a rectangle. */
export function area(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Tells whether a sheet name is one Excel accepts: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}
