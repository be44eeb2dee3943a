import type { Rect } from '../../core/grid/address';
import type { Cell } from '../../core/grid/cell';
import type { Grid } from '../../core/grid/grid';
import { rawAttrOf } from './attrOf';
import { cellAttrs, type CellAttrs } from './cellAttrs';
import { decodeEscapes, decodeXml } from './decodeXml';
import type { CellStyles } from './readStyles';
import { scanXml } from './scanXml';
import { dateSerial, isoSerial } from './serials';
import { columnNumber, shiftFormula } from './shiftFormula';

/** What a sheet's cells refer to: the shared strings, the cell styles and the date system. */
export interface SheetContext {
  strings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
}

/** A corrupt part: a shared string index that does not exist, a cell reference that cannot be read. */
export class SheetError extends Error {}

// What the text being read belongs to.
const NONE = 0;
const V = 1;
const F = 2;
const IS_T = 3; // an inline string's <t>, directly or in a run
const SKIP = 4; // a phonetic run's text

/** Reads one worksheet part into a grid: values as Excel shows them, number formats, formulas, merges. */
export function readSheet(xml: string, name: string, ctx: SheetContext): Grid {
  const rows: (Cell | undefined)[][] = [];
  const merges: Rect[] = [];
  const masters = new Map<string, { f: string; row: number; col: number }>();
  let row = -1;
  let col = -1;
  let type: string | undefined;
  let style = 0;
  let v: string | undefined;
  let f: string | undefined;
  let fType: string | undefined;
  let fRef: string | undefined;
  let fSi: string | undefined;
  let inline: string | undefined;
  let sawV = false;
  let into = NONE;
  let phonetic = 0;
  const at: CellAttrs = { col: -1, style: 0, type: undefined };

  scanXml(xml, {
    open(tag, attrs) {
      switch (tag) {
        case 'row': {
          const r = rawAttrOf(attrs, 'r');
          row = r === undefined ? row + 1 : parseInt(r, 10) - 1;
          if (!(row >= 0)) throw new SheetError(`bad row number ${r}`);
          col = -1;
          break;
        }
        case 'c': {
          cellAttrs(attrs, at);
          if (at.col < 0) col++;
          else if (Number.isNaN(at.col)) throw new SheetError(`bad cell reference in <c${attrs}>`);
          else col = at.col;
          type = at.type;
          style = Number.isNaN(at.style) ? 0 : at.style;
          v = f = fType = fRef = fSi = inline = undefined;
          sawV = false;
          break;
        }
        case 'v':
          into = V;
          sawV = true;
          break;
        case 'f':
          into = F;
          fType = rawAttrOf(attrs, 't');
          fRef = rawAttrOf(attrs, 'ref');
          fSi = rawAttrOf(attrs, 'si');
          break;
        case 'is':
          inline = '';
          break;
        case 't':
          if (inline !== undefined) into = phonetic ? SKIP : IS_T;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'mergeCell': {
          const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(rawAttrOf(attrs, 'ref') ?? '');
          if (m && m[3]) merges.push(rect(columnNumber(m[1]) - 1, +m[2] - 1, columnNumber(m[3]) - 1, +m[4] - 1));
          break;
        }
      }
    },
    text(raw, cdata) {
      if (into === NONE || into === SKIP) return;
      const text = cdata ? raw : decodeXml(raw);
      if (into === V) v = v === undefined ? text : v + text;
      else if (into === F) f = f === undefined ? text : f + text;
      else inline += text;
    },
    close(tag) {
      if (tag === 'v' || tag === 'f' || tag === 't') into = NONE;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'c') {
        const cell = cellOf();
        if (cell) (rows[row] ??= [])[col] = cell;
      }
    },
  });

  /** The cell just closed, or undefined when it holds nothing. */
  function cellOf(): Cell | undefined {
    const fmt = style ? ctx.styles.fmt[style] : undefined;
    const date = style ? ctx.styles.date[style] === true : false;
    let cell: Cell | undefined;
    if (f || fType) {
      cell = { v: null, f: formulaText() };
      // An empty <v> of a text formula is its cached result, the empty string (=IF(A1="","",…) often gives one).
      if (v !== undefined || (sawV && type === 'str')) {
        const res = value(v ?? '', date);
        if (res.e !== undefined) cell.e = res.e;
        cell.v = res.v;
      }
    } else if (inline !== undefined) cell = { v: decodeEscapes(inline) };
    else if (v !== undefined) cell = value(v, date);
    if (cell && fmt) cell.fmt = fmt;
    return cell;
  }

  /** A cached value by the cell's type. */
  function value(text: string, date: boolean): Cell {
    switch (type) {
      case 's': {
        const s = ctx.strings[parseInt(text, 10)];
        if (s === undefined) throw new SheetError(`no shared string ${text}`);
        return { v: s };
      }
      case 'str':
      case 'inlineStr':
        return { v: text };
      case 'b':
        return { v: parseInt(text, 10) !== 0 };
      case 'e':
        return { v: null, e: text };
      case 'd':
        return { v: isoSerial(text) };
      default: {
        const n = parseFloat(text);
        return { v: date ? dateSerial(n, ctx.date1904) : n };
      }
    }
  }

  /** The cell's formula; a shared formula's dependent gets the master's, moved to its own place. */
  function formulaText(): string {
    if (fType === 'shared' && fSi !== undefined) {
      if (fRef !== undefined && f) masters.set(fSi, { f, row, col });
      else if (!f) {
        const m = masters.get(fSi);
        return m ? shiftFormula(m.f, row - m.row, col - m.col) : '';
      }
    }
    return f ?? '';
  }

  return { name, rows: applyMerges(rows, merges), merges };
}

function rect(left: number, top: number, right: number, bottom: number): Rect {
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/**
 * Empties the cells a merge covers (only its top-left cell holds a value) and gives each row a merge covers an
 * entry of its own, as the exceljs grid adapter does: a covered row is a row, even with nothing in it.
 */
function applyMerges(rows: (Cell | undefined)[][], merges: readonly Rect[]): (Cell | undefined)[][] {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      if (r === m.top && m.right === m.left) continue;
      const line = (rows[r] ??= []);
      for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right; c++) if (c < line.length) line[c] = undefined;
      let end = line.length;
      while (end > 0 && line[end - 1] === undefined) end--;
      line.length = end;
    }
  }
  return rows;
}
