import { parseA1 } from '../../core';
import type { Capabilities } from './capabilities';
import { STATE_KEY, type CellBefore } from './markState';
import { SUMMARY_MARKER, SUMMARY_PRINT_KEY, type WorkbookRead } from './readWorkbook';
import { queueAddNote, queueDeleteNote, setFill } from './writeMarks';
import { TABLE_NAME, type KeptSummary } from './writeSummary';

/** The workbook setting that holds the journal of the add-in's last action. */
export const JOURNAL_KEY = 'SelfEval.journal';

/** What a written cell held before: its formula (with "=") or its constant ("" for blank), and its number format. */
export interface CellWas {
  sheet: string;
  cell: string;
  formula: string | null;
  value: string | number | boolean;
  format: string;
}

/** The record of the add-in's last action, kept in the workbook so that Revert works after saving and reopening. */
export interface Journal {
  version: 1;
  action: 'validate' | 'fill' | 'summary' | 'clear';
  /** ISO time of the action. */
  at: string;
  /** Cells whose content or number format the action wrote. */
  cells: CellWas[];
  /** The marks before the action, and after it (Validate and Clear marks change them). */
  marksBefore: CellBefore[];
  marksAfter: CellBefore[];
  /** The summary sheet the action created, and the earlier one it set aside (hidden) instead of deleting. */
  summary: { created: string; kept: KeptSummary | null } | null;
}

/** Reads a stored journal; anything unreadable counts as none. */
export function parseJournal(value: unknown): Journal | null {
  try {
    const v = typeof value === 'string' ? JSON.parse(value) : value;
    if (v && v.version === 1 && Array.isArray(v.cells) && Array.isArray(v.marksBefore)) return v as Journal;
  } catch {
    // a damaged journal cannot be reverted
  }
  return null;
}

/** What the given cells hold now, from the read grids, for the journal. */
export function cellsWas(read: WorkbookRead, targets: readonly { sheet: string; cell: string }[]): CellWas[] {
  return targets.map(({ sheet, cell }) => {
    const grid = read.grids.find((g) => g.name === sheet);
    const p = parseA1(cell);
    const c = grid && p ? grid.rows[p.row]?.[p.col] : undefined;
    const formula = c?.f !== undefined ? `=${c.f}` : null;
    const value = c?.e !== undefined ? c.e : (c?.v ?? '');
    return { sheet, cell, formula, value, format: c?.fmt ?? 'General' };
  });
}

/** Queues deleting the earlier summary sheet the previous journal kept for its revert, if it is still there. */
function queueDropKept(context: Excel.RequestContext, read: WorkbookRead): void {
  const kept = read.journal?.summary?.kept;
  if (kept && read.sheets.some((s) => s.name === kept.hidden)) context.workbook.worksheets.getItem(kept.hidden).delete();
}

/** Queues forgetting the last action (its journal, and the earlier summary sheet it kept): it can no longer be reverted. */
export function queueForgetJournal(context: Excel.RequestContext, read: WorkbookRead): void {
  queueDropKept(context, read);
  if (read.journal) context.workbook.settings.getItem(JOURNAL_KEY).delete();
}

/**
 * Queues storing the new journal in place of the previous one (whose kept summary sheet goes). Queued with the
 * action's writes, so the journal lands in the same request as what it records.
 */
export function queueJournal(context: Excel.RequestContext, journal: Journal, read: WorkbookRead): void {
  queueDropKept(context, read);
  context.workbook.settings.add(JOURNAL_KEY, JSON.stringify(journal));
}

/**
 * Queues putting the workbook back as it was before the journal's action: the cells it wrote, the marks it changed,
 * the summary sheet it made. `read` is the workbook as it is now (after the action, or after a part of it).
 */
export function queueRevert(
  context: Excel.RequestContext,
  journal: Journal,
  read: WorkbookRead,
  caps: Capabilities,
  /** The journal to keep afterwards: the one before a failed action being rolled back; none after a Revert. */
  previous: Journal | null = null,
): void {
  const sheets = new Set(read.sheets.map((s) => s.name));
  const ws = (name: string) => context.workbook.worksheets.getItem(name);
  const notes = new Set(read.noteCells);
  const deleteNote = (m: CellBefore) => {
    const key = `${m.sheet}!${m.cell}`;
    if (!notes.has(key)) return;
    queueDeleteNote(context, caps, m.sheet, m.cell);
    notes.delete(key);
  };
  // The marks the action made come off (their cells get back the fill they had before)...
  for (const m of journal.marksAfter) {
    if (!sheets.has(m.sheet)) continue;
    setFill(ws(m.sheet).getRange(m.cell), m.fill);
    if (m.addedNote) deleteNote(m);
  }
  // ...and the marks it removed or replaced go back on.
  for (const m of journal.marksBefore) {
    if (!sheets.has(m.sheet)) continue;
    if (m.colour) ws(m.sheet).getRange(m.cell).format.fill.color = m.colour;
    if (m.addedNote && m.note && !notes.has(`${m.sheet}!${m.cell}`)) {
      queueAddNote(context, caps, m.sheet, m.cell, m.note);
      notes.add(`${m.sheet}!${m.cell}`);
    }
  }
  for (const c of journal.cells) {
    if (!sheets.has(c.sheet)) continue;
    const range = ws(c.sheet).getRange(c.cell);
    range.numberFormat = [[c.format]];
    range.formulas = [[c.formula ?? asTyped(c.value)]];
  }
  if (journal.summary) {
    const { created, kept } = journal.summary;
    if (read.hasMarker) context.workbook.names.getItem(SUMMARY_MARKER).delete();
    if (read.summaryPrint !== null) context.workbook.settings.getItem(SUMMARY_PRINT_KEY).delete();
    if (sheets.has(created)) ws(created).delete();
    if (kept && sheets.has(kept.hidden)) {
      const sheet = ws(kept.hidden);
      sheet.visibility = 'Visible';
      sheet.name = kept.name;
      if (kept.table) context.workbook.tables.getItem(kept.table).name = TABLE_NAME;
      context.workbook.names.add(SUMMARY_MARKER, sheet.getRange('A1'));
    }
  }
  if (journal.action === 'validate' || journal.action === 'clear') {
    if (journal.marksBefore.length) context.workbook.settings.add(STATE_KEY, JSON.stringify({ version: 1, marks: journal.marksBefore }));
    else if (read.hasState) context.workbook.settings.getItem(STATE_KEY).delete();
  }
  if (previous) context.workbook.settings.add(JOURNAL_KEY, JSON.stringify(previous));
  else if (read.journal) context.workbook.settings.getItem(JOURNAL_KEY).delete();
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
