import type { Rect } from '../core/grid/address';
import { MAX_COLS } from './address';
import type { SheetState, WorkbookState } from './state';

/**
 * Inserts (count > 0) or deletes (count < 0) whole rows at a 0-based row, as the user does in Excel: cells, notes and
 * comments below move; merges, tables and names that refer to them follow; a name whose cell was deleted becomes
 * "=#REF!", as Excel shows it.
 */
export function shiftRows(wb: WorkbookState, sheet: SheetState, at: number, count: number): void {
  const gone = (row: number) => count < 0 && row >= at && row < at - count;
  const moved = (row: number) => (row >= at ? row + count : row);
  for (const map of [sheet.cells, sheet.notes, sheet.comments] as Map<number, unknown>[]) {
    const entries = [...map.entries()];
    map.clear();
    for (const [key, v] of entries) {
      const row = Math.floor(key / MAX_COLS);
      if (!gone(row)) map.set(moved(row) * MAX_COLS + (key % MAX_COLS), v);
    }
  }
  const shift = (r: Rect): Rect | null => {
    if (gone(r.top) && gone(r.bottom)) return null;
    const top = gone(r.top) ? at : moved(r.top);
    const bottom = gone(r.bottom) ? at - 1 : moved(r.bottom);
    return bottom < top ? null : { ...r, top, bottom };
  };
  sheet.merges = sheet.merges.flatMap((m) => shift(m) ?? []);
  for (const t of wb.tables) if (t.sheet === sheet) t.rect = shift(t.rect) ?? t.rect;
  for (const n of wb.names.values()) {
    if (n.ref?.sheet !== sheet) continue;
    const rect = shift(n.ref.rect);
    if (rect) n.ref = { sheet, rect };
    else {
      n.ref = undefined;
      n.formula = '=#REF!';
    }
  }
}
