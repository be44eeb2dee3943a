import { MARK_COLOURS, type CellMark } from '../../core';
import type { Capabilities } from './capabilities';
import { STATE_KEY, type CellBefore, type FillState, type MarkState } from './markState';
import type { WorkbookRead } from './readWorkbook';

const OUR_FILLS = new Set(Object.values(MARK_COLOURS).map((c) => `#${c}`));

/** A cell reference Excel accepts anywhere in the workbook: 'Sheet name'!A1. */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * Queues the removal of the add-in's marks: each cell's fill put back as it was (unless someone changed it since),
 * and the notes or comments the add-in added deleted. Returns how many cells it restores.
 */
export function queueClearMarks(context: Excel.RequestContext, read: WorkbookRead, caps: Capabilities): number {
  const sheets = new Set(read.sheets.map((s) => s.name));
  let restored = 0;
  for (const m of read.state.marks) {
    if (!sheets.has(m.sheet)) continue;
    const key = `${m.sheet}!${m.cell}`;
    const range = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell);
    const now = read.fills.get(key);
    if (now === undefined || (now !== null && OUR_FILLS.has(now.color.toUpperCase()))) {
      setFill(range, m.fill);
      restored++;
    }
    if (m.addedNote && read.noteCells.has(key)) {
      if (caps.notes) context.workbook.worksheets.getItem(m.sheet).notes.getItem(m.cell).delete();
      else if (caps.comments) context.workbook.comments.getItemByCell(qualified(m.sheet, m.cell)).delete();
      read.noteCells.delete(key);
    }
  }
  return restored;
}

/** Sets a cell's fill back: none, a solid colour, or a pattern. */
function setFill(range: Excel.Range, fill: FillState | null): void {
  if (!fill) {
    range.format.fill.clear();
    return;
  }
  range.format.fill.color = fill.color;
  if (fill.pattern) range.format.fill.pattern = fill.pattern as Excel.FillPattern;
  if (fill.patternColor) range.format.fill.patternColor = fill.patternColor;
  if (fill.tintAndShade !== undefined) range.format.fill.tintAndShade = fill.tintAndShade;
}

/**
 * Queues new marks (after queueClearMarks): a fill and, where the cell has no note of the user's, a note or comment.
 * Cells on protected sheets are left alone. Returns the state to store.
 */
export function queueMarks(context: Excel.RequestContext, marks: readonly CellMark[], read: WorkbookRead, caps: Capabilities): MarkState {
  const locked = new Set(read.sheets.filter((s) => s.protected).map((s) => s.name));
  const before = new Map(read.state.marks.map((m) => [`${m.sheet}!${m.cell}`, m]));
  const out: CellBefore[] = [];
  for (const mark of marks) {
    if (locked.has(mark.sheet)) continue;
    const key = `${mark.sheet}!${mark.cell}`;
    const range = context.workbook.worksheets.getItem(mark.sheet).getRange(mark.cell);
    // A cell still marked from last time keeps the fill it had before the add-in ever touched it.
    const old = before.get(key);
    const fill = old ? old.fill : (read.fills.get(key) ?? null);
    range.format.fill.color = `#${MARK_COLOURS[mark.severity]}`;
    let addedNote = false;
    if (!read.noteCells.has(key) && (caps.notes || caps.comments)) {
      if (caps.notes) context.workbook.notes.add(qualified(mark.sheet, mark.cell), mark.note);
      else context.workbook.comments.add(qualified(mark.sheet, mark.cell), mark.note);
      addedNote = true;
    }
    out.push({ sheet: mark.sheet, cell: mark.cell, fill, addedNote });
  }
  return { version: 1, marks: out };
}

/** Queues storing the mark state in the workbook's settings; with no marks left, the setting goes, leaving no trace. */
export function queueState(context: Excel.RequestContext, state: MarkState, read: WorkbookRead): void {
  if (state.marks.length) context.workbook.settings.add(STATE_KEY, JSON.stringify(state));
  else if (read.hasState) context.workbook.settings.getItem(STATE_KEY).delete();
}
