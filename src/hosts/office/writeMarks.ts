import { MARK_COLOURS, sheetRef, type CellMark } from '../../core';
import { cellText } from '../../core/grid/cell';
import type { Capabilities } from './capabilities';
import { ANCHOR_PREFIX, STATE_KEY } from './keys';
import type { CellBefore, FillState, MarkState } from './markState';
import { cellAt, type WorkbookRead } from './readWorkbook';

const OUR_FILLS = new Set(Object.values(MARK_COLOURS).map((c) => `#${c}`));

/** Whether a cell's fill may be the add-in's mark: a mark colour, or unknown (hosts below ExcelApi 1.9). */
function markedOrUnknown(now: FillState | null | undefined): boolean {
  return now === undefined || (now !== null && OUR_FILLS.has(now.color.toUpperCase()));
}

/**
 * Queues taking marks off: each cell's fill put back as it was (unless someone changed it since), and the note or
 * comment the add-in added deleted, if it is still there with the add-in's text (a note the user edited stays). The
 * marks' anchor names go, and any anchor no mark of the state uses (a mark whose row was deleted leaves one behind).
 * Returns how many cells it restores.
 */
export function queueTakeOff(context: Excel.RequestContext, read: WorkbookRead, caps: Capabilities, marks: readonly CellBefore[]): number {
  dropOrphanAnchors(context, read);
  const sheets = new Set(read.sheets.map((s) => s.name));
  let restored = 0;
  for (const m of marks) {
    if (m.anchor && read.anchorNames.delete(m.anchor)) context.workbook.names.getItem(m.anchor).delete();
    if (!sheets.has(m.sheet)) continue;
    const key = `${m.sheet}!${m.cell}`;
    if (markedOrUnknown(read.fills.get(key))) {
      setFill(context.workbook.worksheets.getItem(m.sheet).getRange(m.cell), m.fill);
      restored++;
    }
    if (m.addedNote && read.noteCells.has(key) && read.noteTexts.get(key) === m.note) {
      if (caps.notes) context.workbook.worksheets.getItem(m.sheet).notes.getItem(m.cell).delete();
      else if (caps.comments) context.workbook.comments.getItemByCell(sheetRef(m.sheet, m.cell)).delete();
      read.noteCells.delete(key);
    }
  }
  return restored;
}

/** Queues deleting anchor names that no mark of the state uses. */
function dropOrphanAnchors(context: Excel.RequestContext, read: WorkbookRead): void {
  const used = new Set(read.state.marks.map((m) => m.anchor));
  for (const name of [...read.anchorNames]) {
    if (used.has(name)) continue;
    context.workbook.names.getItem(name).delete();
    read.anchorNames.delete(name);
  }
}

/** What a cell holds now, as marks record it: its formula, or its text (at most 64 characters). */
function textAt(read: WorkbookRead, sheet: string, cell: string): string {
  const c = cellAt(read, sheet, cell);
  return (c?.f !== undefined ? `=${c.f}` : cellText(c)).slice(0, 64);
}

/** Marks as an action takes them off, each with what its cell holds now: Revert puts them back only on that. */
export function asTakenOff(read: WorkbookRead, marks: readonly CellBefore[]): CellBefore[] {
  return marks.map((m) => ({ ...m, seen: textAt(read, m.sheet, m.cell) }));
}

/**
 * Whether Revert may put a mark back on its cell: the cell holds what it held when marked, and its fill is the one it
 * had then, or a mark's. Otherwise the user changed it since, or rows moved another cell there: it is left alone.
 */
function looksAsMarked(read: WorkbookRead, m: CellBefore, restored: ReadonlySet<string>): boolean {
  const key = `${m.sheet}!${m.cell}`;
  if (m.seen !== undefined && !restored.has(key) && textAt(read, m.sheet, m.cell) !== m.seen) return false;
  const now = read.fills.get(key);
  return markedOrUnknown(now) || JSON.stringify(now) === JSON.stringify(m.fill);
}

/**
 * Queues putting marks on (after queueTakeOff took the old ones off): fills, and notes on cells that have none. For
 * Revert (`careful`, with the cells it restores to what they held, by "sheet!A1"), only on cells that still look as
 * they did when the marks came off.
 */
export function queuePutOn(
  context: Excel.RequestContext,
  read: WorkbookRead,
  caps: Capabilities,
  marks: readonly CellBefore[],
  careful: ReadonlySet<string> | null = null,
): void {
  const sheets = new Set(read.sheets.map((s) => s.name));
  for (const m of marks) {
    if (!sheets.has(m.sheet) || (careful && !looksAsMarked(read, m, careful))) continue;
    const range = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell);
    if (m.colour) range.format.fill.color = m.colour;
    if (m.anchor && !read.anchorNames.has(m.anchor)) {
      context.workbook.names.add(m.anchor, range).visible = false;
      read.anchorNames.add(m.anchor);
    }
    const key = `${m.sheet}!${m.cell}`;
    if (!m.addedNote || !m.note || read.noteCells.has(key)) continue;
    if (caps.notes) context.workbook.notes.add(sheetRef(m.sheet, m.cell), m.note);
    else if (caps.writeComments) context.workbook.comments.add(sheetRef(m.sheet, m.cell), m.note);
    read.noteCells.add(key);
  }
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
  const ids = new Map(read.sheets.map((s) => [s.name, s.id]));
  const before = new Map(read.state.marks.map((m) => [`${m.sheet}!${m.cell}`, m]));
  const canNote = caps.notes || caps.writeComments;
  // A mark kept from last time keeps its anchor; a new one gets a name no earlier mark had, so that the marks an
  // older action recorded are never placed by a name that now follows another cell.
  const stamp = Date.now().toString(36);
  const out: CellBefore[] = [];
  for (const mark of marks) {
    if (locked.has(mark.sheet)) continue;
    const key = `${mark.sheet}!${mark.cell}`;
    // A cell still marked from last time keeps the fill it had before the add-in ever touched it.
    const old = before.get(key);
    const fill = old ? old.fill : (read.fills.get(key) ?? null);
    const ownNote = old?.addedNote && read.noteTexts.get(key) === old.note;
    const usersNote = read.noteCells.has(key) && !ownNote;
    const addedNote = canNote && !usersNote;
    out.push({
      sheet: mark.sheet,
      sheetId: ids.get(mark.sheet),
      cell: mark.cell,
      anchor: old?.anchor ?? `${ANCHOR_PREFIX}${stamp}_${out.length + 1}`,
      fill,
      addedNote,
      colour: `#${MARK_COLOURS[mark.severity]}`,
      seen: textAt(read, mark.sheet, mark.cell),
      ...(addedNote ? { note: mark.note } : {}),
    });
  }
  return { version: 1, marks: out };
}

/** Queues storing the mark state in the workbook's settings; with no marks left, the setting goes, leaving no trace. */
export function queueState(context: Excel.RequestContext, state: MarkState, read: WorkbookRead): void {
  if (state.marks.length) context.workbook.settings.add(STATE_KEY, JSON.stringify(state));
  else if (read.hasState) context.workbook.settings.getItem(STATE_KEY).delete();
}
