import type ExcelJS from 'exceljs';
import type { Cell } from '../../core/grid/cell';
import type { Grid } from '../../core/grid/grid';
import type { Rect } from '../../core/grid/address';

const MERGE_TYPE = 1; // ExcelJS.ValueType.Merge: a cell covered by a merge, whose value is its master's.

/** Turns an exceljs worksheet into the engine's grid: values as Excel shows them, formats, merges. */
export function toGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: (Cell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === MERGE_TYPE) return;
      const converted = toCell(cell.value, cell.numFmt);
      if (converted) out[c - 1] = converted;
    });
    rows[r - 1] = out;
  });
  return { name: ws.name, rows, merges: mergesOf(ws) };
}

function mergesOf(ws: ExcelJS.Worksheet): Rect[] {
  // exceljs keeps merges in a private map; its public form (ws.model.merges) serialises the whole sheet.
  const internal = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  if (!internal) return [];
  return Object.values(internal).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

type Scalar = number | string | boolean | Date | null | undefined;

/** Converts one exceljs cell value; undefined for a blank cell. */
export function toCell(value: ExcelJS.CellValue, numFmt?: string): Cell | undefined {
  const fmt = numFmt && numFmt !== 'General' ? numFmt : undefined;
  const withFmt = (c: Cell): Cell => (fmt ? { ...c, fmt } : c);
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return withFmt(scalar(value));
  if ('formula' in value || 'sharedFormula' in value) {
    const v = value as { formula?: string; sharedFormula?: string; result?: Scalar | { error: string } };
    const f = v.formula ?? v.sharedFormula ?? '';
    const res = v.result;
    if (res !== null && typeof res === 'object' && !(res instanceof Date) && 'error' in res) return withFmt({ v: null, e: res.error, f });
    if (res === undefined || res === null) return withFmt({ v: null, f });
    return withFmt({ ...scalar(res as Scalar), f });
  }
  if ('error' in value) return withFmt({ v: null, e: (value as ExcelJS.CellErrorValue).error });
  if ('richText' in value) return withFmt({ v: (value as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('') });
  if ('hyperlink' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
    if (typeof text === 'string') return withFmt({ v: text });
    if (text && typeof text === 'object' && 'richText' in text)
      return withFmt({ v: (text as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('') });
    return undefined;
  }
  return undefined;
}

function scalar(v: Scalar): Cell {
  if (v instanceof Date) return { v: excelSerial(v) };
  if (v === undefined) return { v: null };
  return { v };
}

/** The Excel serial number of a date (1900 system), as Excel stores it. */
function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}
