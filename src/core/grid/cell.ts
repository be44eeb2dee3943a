/** One cell as a host reads it: the value Excel shows, its formula and number format. */
export interface Cell {
  /** The value: a number, text, a boolean, or null for blank (and for an error or an uncached formula). */
  v: number | string | boolean | null;
  /** An Excel error value such as "#DIV/0!", when the cell holds one. */
  e?: string;
  /** The formula without its leading "=", when the cell holds one. With v === null and no e, it was never calculated. */
  f?: string;
  /** The number format, e.g. "0.00%". */
  fmt?: string;
}

/** Tells whether a cell shows nothing: absent, blank, or empty text. */
export function isBlank(c: Cell | undefined): boolean {
  if (!c) return true;
  if (c.e !== undefined) return false;
  if (c.v === null) return c.f === undefined;
  return typeof c.v === 'string' && c.v.trim() === '';
}

/** Tells whether a cell holds a formula whose result was never calculated. */
export function isUncached(c: Cell | undefined): boolean {
  return !!c && c.f !== undefined && c.v === null && c.e === undefined;
}

/** The text a cell shows, for labels and free text; numbers as JS prints them, errors as their code. */
export function cellText(c: Cell | undefined): string {
  if (!c) return '';
  if (c.e !== undefined) return c.e;
  if (c.v === null) return '';
  return typeof c.v === 'string' ? c.v : String(c.v);
}
