// A cell reference outside a string literal: not part of a longer name, not a function's name, not a sheet's name.
const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;
const MAX_ROW = 1048576;
const MAX_COL = 16384;

/**
 * A shared formula as one of its dependent cells holds it: the master's formula with every relative reference moved
 * by (rows, cols), "$"-anchored parts left as they are; a reference moved off the sheet becomes #REF!.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Even pieces are formula text, odd pieces string literals ("…", with "" inside) and quoted sheet names ('…', with
  // '' inside): neither holds a reference to move ('FY2023 数据'!D6 keeps its sheet's name).
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((piece, i) =>
      i % 2
        ? piece
        : piece.replace(REF, (whole, cAbs: string, col: string, rAbs: string, row: string) => {
            const c = cAbs ? columnNumber(col) : columnNumber(col) + cols;
            const r = rAbs ? +row : +row + rows;
            if (columnNumber(col) > MAX_COL) return whole; // not a reference (a name such as ABCD1 is caught above)
            if (c < 1 || c > MAX_COL || r < 1 || r > MAX_ROW) return '#REF!';
            return `${cAbs}${columnLetters(c)}${rAbs}${r}`;
          }),
    )
    .join('');
}

/** A column's number from its letters (A = 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
