/** Cell-level reads and writes shared by ranges and the fake's direct helpers. */
import type { Rect } from '../core/grid/address';
import { sheetAddress } from './address';
import { officeError } from './errors';
import { DEFAULT_WIDTH, fillProp, fontProp } from './format';
import { parseFormula } from './formula';
import type { CellState, SheetState, WorkbookState } from './state';
import { interpretInput } from './values';

/**
 * Writes a block of input into cells as Excel takes typed input: null leaves a cell alone, "" clears it, "=…" is a
 * formula (InvalidArgument when Excel would not accept it), other strings may become numbers (see interpretInput).
 */
export function writeCells(wb: WorkbookState, sheet: SheetState, rect: Rect, v: unknown[][], where: string): void {
  v.forEach((row, r) =>
    row.forEach((x, c) => {
      const [rr, cc] = [rect.top + r, rect.left + c];
      const typed = interpretInput(x, wb.cell(sheet, rr, cc)?.format);
      if (!typed) return;
      if (typed.kind === 'formula') {
        try {
          parseFormula(typed.formula);
        } catch {
          throw officeError('InvalidArgument', where, `Excel does not accept the formula ${typed.formula}`);
        }
      }
      wb.updateCell(sheet, rr, cc, (old) => {
        const base = { ...old, value: undefined, formula: undefined, cached: undefined };
        if (typed.kind === 'clear') return base;
        if (typed.kind === 'formula') return { ...base, formula: typed.formula };
        return { ...base, value: typed.value, format: typed.format ?? old.format };
      });
      if (typed.kind !== 'clear') expandTableAbove(wb, sheet, rr, cc);
    }),
  );
}

/**
 * A table takes in the row written right below it, as Excel's AutoCorrect option "Include new rows and columns in
 * table" (on by default) does; office-js issue 6745 shows AutoCorrect options applying to writes from the API.
 */
function expandTableAbove(wb: WorkbookState, sheet: SheetState, row: number, col: number): void {
  for (const t of wb.tables) {
    if (t.sheet !== sheet || t.showTotals || row !== t.rect.bottom + 1 || col < t.rect.left || col > t.rect.right) continue;
    wb.change(t, 'rect', { ...t.rect, bottom: row });
  }
}

/** A one-cell rectangle. */
export function cellRect(row: number, col: number): Rect {
  return { top: row, left: col, bottom: row, right: col };
}

/** Checks that a 2-D array matches a range's size; InvalidArgument otherwise, as Excel answers. */
export function checkShape(v: unknown, rect: Rect, where: string): asserts v is unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const ok = Array.isArray(v) && v.length === rows && v.every((r) => Array.isArray(r) && r.length === cols);
  if (!ok) throw officeError('InvalidArgument', where, `the input array does not match the range's ${rows}×${cols} size`);
}

/** The properties getCellProperties asked for, of one cell. */
export function cellProperties(
  opts: Record<string, unknown>,
  sheet: SheetState,
  row: number,
  col: number,
  cell: CellState | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(opts)) {
    if (!v) continue;
    if (k === 'address') out.address = sheetAddress(sheet.name, cellRect(row, col));
    else if (k === 'hyperlink') out.hyperlink = cell?.link ?? null;
    else if (k === 'format' && typeof v === 'object') {
      const f: Record<string, unknown> = {};
      for (const [fk, fv] of Object.entries(v as Record<string, unknown>)) {
        if (!fv) continue;
        if (fk === 'columnWidth') f.columnWidth = sheet.columnWidths.get(col) ?? DEFAULT_WIDTH;
        else if (fk === 'fill' || fk === 'font') {
          const sub: Record<string, unknown> = {};
          for (const [p, pv] of Object.entries(fv === true ? {} : (fv as Record<string, unknown>)))
            if (pv) sub[p] = fk === 'fill' ? fillProp(cell?.fill, p) : fontProp(cell?.font, p);
          f[fk] = sub;
        } else throw officeError('NotImplemented', 'Range.getCellProperties', `format.${fk} is not modelled by the fake`);
      }
      out.format = f;
    } else throw officeError('NotImplemented', 'Range.getCellProperties', `${k} is not modelled by the fake`);
  }
  return out;
}
