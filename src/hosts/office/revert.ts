import type { CellFill } from '../../core';
import type { Cell } from '../../core/grid/cell';
import type { Capabilities } from './capabilities';
import type { CellWas, Entry, History } from './history';
import { HISTORY_KEY, SUMMARY_MARKER } from './keys';
import { cellAt, type WorkbookRead } from './readWorkbook';
import { queueSummaryRevert } from './writeSummary';
import { queuePutOn, queueState, queueTakeOff } from './writeMarks';

/** What the cells Fill in writes hold now, from the read grids, and what it writes there, for the history. */
export function cellsWas(read: WorkbookRead, fills: readonly CellFill[]): CellWas[] {
  const ids = new Map(read.sheets.map((s) => [s.name, s.id]));
  return fills.map((f) => {
    const c = cellAt(read, f.sheet, f.cell);
    const wrote = f.formula ? `=${f.formula}` : f.value.toNumber();
    return { sheet: f.sheet, sheetId: ids.get(f.sheet), cell: f.cell, ...contentOf(c), format: c?.fmt ?? 'General', wrote };
  });
}

/** A cell's content as the history records it: its formula (with "=") or null, and its constant ("" for blank). */
function contentOf(c: Cell | undefined): { formula: string | null; value: string | number | boolean } {
  return { formula: c?.f !== undefined ? `=${c.f}` : null, value: c?.e !== undefined ? c.e : (c?.v ?? '') };
}

/** Whether a cell still holds what it held before the action (the action's write did not reach it). */
function holdsBefore(read: WorkbookRead, c: CellWas): boolean {
  const now = contentOf(cellAt(read, c.sheet, c.cell));
  return now.formula === c.formula && (now.formula !== null || now.value === c.value);
}

/** Whether a cell still holds what the action wrote there (the user may have typed over it since). */
function stillWritten(read: WorkbookRead, c: CellWas): boolean {
  if (c.wrote === undefined) return true;
  const now = cellAt(read, c.sheet, c.cell);
  return typeof c.wrote === 'string' ? now?.f === c.wrote.slice(1) : now?.f === undefined && now?.v === c.wrote;
}

/** Queues storing the history in place of the one read; an empty history leaves no setting behind. */
export function queueHistory(context: Excel.RequestContext, history: History, read: WorkbookRead): void {
  if (history.entries.length) context.workbook.settings.add(HISTORY_KEY, JSON.stringify(history));
  else if (read.hasHistory) context.workbook.settings.getItem(HISTORY_KEY).delete();
}

/** Whether taking an action back deletes a sheet (the summary sheet it created), which no undo group can hold. */
export function revertDeletesSheet(entry: Entry, read: WorkbookRead): boolean {
  return !!entry.summary?.created && read.summarySheet !== null;
}

/**
 * Queues putting the workbook back as it was before an action: the cells it wrote, the marks it changed, the summary
 * it wrote. `read` is the workbook as it is now (after the action, or after a part of it). `existed` names the sheets
 * (by id) that were there before a failed action: a rollback deletes none of them.
 */
export function queueRevert(
  context: Excel.RequestContext,
  entry: Entry,
  read: WorkbookRead,
  caps: Capabilities,
  existed?: ReadonlySet<string>,
): void {
  const sheets = new Set(read.sheets.map((s) => s.name));
  const restored = new Set<string>();
  for (const c of entry.cells) {
    if (!sheets.has(c.sheet)) continue;
    // A cell the action wrote gets back its content and format; one it did not reach (a failed request) its format.
    const written = stillWritten(read, c);
    if (!written && !holdsBefore(read, c)) continue;
    const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
    range.numberFormat = [[c.format]];
    if (written) range.formulas = [[c.formula ?? asTyped(c.value)]];
    restored.add(`${c.sheet}!${c.cell}`);
  }
  queueTakeOff(context, read, caps, entry.marksAfter);
  queuePutOn(context, read, caps, entry.marksBefore, restored);
  // A failed action's new sheet (its summary, before the marker named it) goes; no sheet that was there before does.
  if (existed && entry.summary?.created)
    for (const s of read.sheets)
      if (!existed.has(s.id) && s.name !== read.summarySheet) context.workbook.worksheets.getItem(s.name).delete();
  if (entry.summary) {
    const id = read.sheets.find((s) => s.name === read.summarySheet)?.id;
    const created = entry.summary.created && !(id && existed?.has(id));
    queueSummaryRevert(context, read, { ...entry.summary, created });
    const markerWas = entry.summary.markerWas;
    if (created && markerWas && sheets.has(markerWas) && markerWas !== read.summarySheet)
      context.workbook.names.add(SUMMARY_MARKER, context.workbook.worksheets.getItem(markerWas).getRange('A1'));
  }
  if (entry.marksBefore.length || entry.marksAfter.length) queueState(context, { version: 1, marks: entry.marksBefore }, read);
}

/**
 * A constant as Excel must receive it to store it unchanged: text that Excel would read as a number, a percentage, a
 * date, a boolean or a formula ("99.70%", "1,000", "=x") gets a leading apostrophe, which keeps it as text.
 */
export function asTyped(value: string | number | boolean): string | number | boolean {
  if (typeof value !== 'string' || value === '') return value;
  const t = value.trim().replace(/,/g, '');
  const looksTyped =
    /^[=+\-@]/.test(value) ||
    /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(t) ||
    /^(true|false)$/i.test(t) ||
    /^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(t);
  return looksTyped ? `'${value}` : value;
}
