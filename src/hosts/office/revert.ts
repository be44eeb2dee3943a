import { parseA1 } from '../../core';
import type { Capabilities } from './capabilities';
import type { CellWas, Entry, History } from './history';
import { HISTORY_KEY, SUMMARY_MARKER } from './keys';
import type { WorkbookRead } from './readWorkbook';
import { queueSummaryRevert } from './writeSummary';
import { queuePutOn, queueState, queueTakeOff } from './writeMarks';

/** What the given cells hold now, from the read grids, for the history. */
export function cellsWas(read: WorkbookRead, targets: readonly { sheet: string; cell: string }[]): CellWas[] {
  const ids = new Map(read.sheets.map((s) => [s.name, s.id]));
  return targets.map(({ sheet, cell }) => {
    const grid = read.grids.find((g) => g.name === sheet);
    const p = parseA1(cell);
    const c = grid && p ? grid.rows[p.row]?.[p.col] : undefined;
    const formula = c?.f !== undefined ? `=${c.f}` : null;
    const value = c?.e !== undefined ? c.e : (c?.v ?? '');
    return { sheet, sheetId: ids.get(sheet), cell, formula, value, format: c?.fmt ?? 'General' };
  });
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
  queueTakeOff(context, read, caps, entry.marksAfter);
  queuePutOn(context, read, caps, entry.marksBefore);
  for (const c of entry.cells) {
    if (!sheets.has(c.sheet)) continue;
    const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
    range.numberFormat = [[c.format]];
    range.formulas = [[c.formula ?? asTyped(c.value)]];
  }
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
