import { rawAttrOf } from './attrOf';

/** A `<c>` tag's attributes: its 0-based column (−1 without `r`), its style index and its type (`t`, or undefined). */
export interface CellAttrs {
  col: number;
  style: number;
  type: string | undefined;
}

// The values of `t` a cell can have, so that a type is one of these strings and not a new one a cell.
const TYPES: Record<string, string> = { s: 's', str: 'str', inlineStr: 'inlineStr', b: 'b', e: 'e', n: 'n', d: 'd' };

/**
 * Reads a cell tag's r, s and t in one pass over its attribute text, without cutting it into strings: a sheet holds
 * hundreds of thousands of cells, and this is where reading them spent most (a profile of the 1,000-form workbook).
 * Attribute text the one pass does not expect (quotes other than ", spaces around =) is read by rawAttrOf instead.
 */
export function cellAttrs(attrs: string, out: CellAttrs): void {
  out.col = -1;
  out.style = 0;
  out.type = undefined;
  const n = attrs.length;
  let k = 0;
  while (k < n) {
    while (k < n && attrs.charCodeAt(k) === 32) k++;
    if (k >= n) return;
    const key = attrs.charCodeAt(k);
    const eq = attrs.indexOf('="', k);
    if (eq < 0 || !plainName(attrs, k, eq)) return slow(attrs, out);
    const start = eq + 2;
    const end = attrs.indexOf('"', start);
    if (end < 0) return slow(attrs, out);
    if (eq === k + 1 && key === 114 /* r */) out.col = columnIn(attrs, start, end);
    else if (eq === k + 1 && key === 115 /* s */) out.style = digitsIn(attrs, start, end);
    else if (eq === k + 1 && key === 116 /* t */) out.type = typeIn(attrs, start, end);
    k = end + 1;
  }
}

/** Whether the text from `from` to `eq` is an attribute name alone, without spaces or other markup. */
function plainName(attrs: string, from: number, eq: number): boolean {
  for (let i = from; i < eq; i++) {
    const c = attrs.charCodeAt(i);
    if (c <= 32 || c === 39 /* ' */ || c === 34 /* " */) return false;
  }
  return true;
}

function slow(attrs: string, out: CellAttrs): void {
  const r = rawAttrOf(attrs, 'r');
  const s = rawAttrOf(attrs, 's');
  const t = rawAttrOf(attrs, 't');
  out.col = r === undefined ? -1 : columnIn(r, 0, r.length);
  out.style = s === undefined ? 0 : digitsIn(s, 0, s.length);
  out.type = t === undefined ? undefined : (TYPES[t] ?? t);
}

/** The 0-based column of the cell reference between two positions ("AB12", "$AB$12"); NaN when it is not one. */
function columnIn(text: string, from: number, to: number): number {
  let k = from;
  if (text.charCodeAt(k) === 36 /* $ */) k++;
  let col = 0;
  for (let c = text.charCodeAt(k); k < to && c >= 65 && c <= 90; c = text.charCodeAt(++k)) col = col * 26 + c - 64;
  if (k < to && text.charCodeAt(k) === 36) k++;
  const digits = k;
  while (k < to && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return col === 0 || col > 16384 || k !== to || digits === to ? NaN : col - 1;
}

function digitsIn(text: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return NaN;
    v = v * 10 + c - 48;
  }
  return to > from ? v : NaN;
}

function typeIn(text: string, from: number, to: number): string {
  const len = to - from;
  const c = text.charCodeAt(from);
  if (len === 1) {
    if (c === 115) return 's';
    if (c === 110) return 'n';
    if (c === 98) return 'b';
    if (c === 101) return 'e';
    if (c === 100) return 'd';
  }
  const t = text.slice(from, to);
  return TYPES[t] ?? t;
}
