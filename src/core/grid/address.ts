/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The column letters of a 0-based column index: 0 → "A", 26 → "AA". */
export function colName(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return colName(col) + (row + 1);
}

/** The A1 address of a rectangle ("A1:I27", or "B3" for one cell). */
export function rectA1(r: Rect): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

/** Parses an A1 address ("$B$3" too) into a 0-based cell; null when it is not one. */
export function parseA1(s: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(s.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** Parses an A1 range ("A1:C4" or "B2") into a rectangle; null when it is not one. */
export function parseRange(s: string): Rect | null {
  const [a, b = a] = s.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Quotes a sheet name for a reference: 'My Sheet'!A1. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Splits a sheet-qualified reference ("='My Sheet'!$B$3:$C$4", "Sheet1!A1") into the sheet and the local part, "$" removed. */
export function splitSheetRef(ref: string): { sheet: string; local: string } | null {
  const s = ref.trim().replace(/^=/, '');
  const i = s.lastIndexOf('!');
  if (i < 0) return null;
  const sheet = s
    .slice(0, i)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return { sheet, local: s.slice(i + 1).replace(/\$/g, '') };
}
