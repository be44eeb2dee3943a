import { MARK_COLOURS, sheetRef, type CellMark } from '../../core';
import type { Capabilities } from './capabilities';
import { STATE_KEY, type CellBefore, type FillState, type MarkState } from './markState';
import type { WorkbookRead } from './readWorkbook';

const OUR_FILLS = new Set(Object.values(MARK_COLOURS).map((c) => `#${c}`));

/** Queues a note on a cell (a comment below ExcelApi 1.18); nothing where the host has neither. */
export function queueAddNote(context: Excel.RequestContext, caps: Capabilities, sheet: string, cell: string, text: string): void {
  if (caps.notes) context.workbook.notes.add(sheetRef(sheet, cell), text);
  else if (caps.comments) context.workbook.comments.add(sheetRef(sheet, cell), text);
}

/** Queues deleting the note (or comment) on a cell, which must exist. */
export function queueDeleteNote(context: Excel.RequestContext, caps: Capabilities, sheet: string, cell: string): void {
  if (caps.notes) context.workbook.worksheets.getItem(sheet).notes.getItem(cell).delete();
  else if (caps.comments) context.workbook.comments.getItemByCell(sheetRef(sheet, cell)).delete();
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
      queueDeleteNote(context, caps, m.sheet, m.cell);
      read.noteCells.delete(key);
    }
  }
  return restored;
}

/** Sets a cell's fill back: none, a solid colour, or a pattern. */
export function setFill(range: Excel.Range, fill: FillState | null): void {
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
 * The marks to make: each offending cell's fill before the add-in first marked it, its mark colour, and the note,
 * unless the cell holds a note of the user's. Cells on protected sheets are left out.
 */
export function planMarkState(marks: readonly CellMark[], read: WorkbookRead, caps: Capabilities): MarkState {
  const locked = new Set(read.sheets.filter((s) => s.protected).map((s) => s.name));
  const before = new Map(read.state.marks.map((m) => [`${m.sheet}!${m.cell}`, m]));
  const canNote = caps.notes || caps.comments;
  const out: CellBefore[] = [];
  for (const mark of marks) {
    if (locked.has(mark.sheet)) continue;
    const key = `${mark.sheet}!${mark.cell}`;
    // A cell still marked from last time keeps the fill it had before the add-in ever touched it.
    const old = before.get(key);
    const fill = old ? old.fill : (read.fills.get(key) ?? null);
    const usersNote = read.noteCells.has(key) && !old?.addedNote;
    const addedNote = canNote && !usersNote;
    out.push({
      sheet: mark.sheet,
      cell: mark.cell,
      fill,
      addedNote,
      colour: `#${MARK_COLOURS[mark.severity]}`,
      ...(addedNote ? { note: mark.note } : {}),
    });
  }
  return { version: 1, marks: out };
}

/** Queues the marks of a state (after queueClearMarks took the old ones off): fills and notes. */
export function queueMarks(context: Excel.RequestContext, state: MarkState, caps: Capabilities): void {
  for (const m of state.marks) {
    context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill.color = m.colour as string;
    if (m.addedNote && m.note) queueAddNote(context, caps, m.sheet, m.cell, m.note);
  }
}

/** Queues storing the mark state in the workbook's settings; with no marks left, the setting goes, leaving no trace. */
export function queueState(context: Excel.RequestContext, state: MarkState, read: WorkbookRead): void {
  if (state.marks.length) context.workbook.settings.add(STATE_KEY, JSON.stringify(state));
  else if (read.hasState) context.workbook.settings.getItem(STATE_KEY).delete();
}
