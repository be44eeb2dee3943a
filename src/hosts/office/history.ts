import type { CellBefore } from './markState';

/** What a written cell held before: its formula (with "=") or its constant ("" for blank), and its number format. */
export interface CellWas {
  sheet: string;
  /** The sheet's Worksheet.id, which survives a rename. */
  sheetId?: string;
  cell: string;
  formula: string | null;
  value: string | number | boolean;
  format: string;
  /** What the action wrote there: a formula (with "=") or a number. Revert leaves a cell that holds something else. */
  wrote?: string | number;
}

/** The summary sheet an action wrote: whether it created the sheet, and the summary it replaced (as stored JSON). */
export interface SummaryChange {
  created: boolean;
  previous: string | null;
  /** The sheet the summary marker named before, when the action made a new sheet beside it (one it could not restore). */
  markerWas?: string | null;
}

/** One action of the add-in, with what it replaced, so that Revert can take it back. */
export interface Entry {
  action: 'validate' | 'fill' | 'summary' | 'clear';
  /** ISO time of the action. */
  at: string;
  /** Cells whose content or number format the action wrote. */
  cells: CellWas[];
  /** The marks before the action, and after it. */
  marksBefore: CellBefore[];
  marksAfter: CellBefore[];
  summary: SummaryChange | null;
}

/** The add-in's actions, oldest first. */
export interface History {
  version: 2;
  entries: Entry[];
}

/** At most this many actions are kept... */
export const HISTORY_ENTRIES = 20;
/** ...and, beyond the newest one, no more than this many characters of them. */
export const HISTORY_CHARS = 1_000_000;

/** An empty history. */
export const NO_HISTORY: History = { version: 2, entries: [] };

/** Reads the stored history; anything unreadable counts as none. */
export function parseHistory(value: unknown): History {
  try {
    const v = typeof value === 'string' ? JSON.parse(value) : value;
    if (v && v.version === 2 && Array.isArray(v.entries)) return { version: 2, entries: v.entries.filter(isEntry) };
  } catch {
    // a damaged history cannot be reverted
  }
  return NO_HISTORY;
}

function isEntry(e: unknown): e is Entry {
  const x = e as Partial<Entry> | null;
  return !!x && typeof x.action === 'string' && Array.isArray(x.cells) && Array.isArray(x.marksBefore) && Array.isArray(x.marksAfter);
}

/**
 * The history with one more action: past HISTORY_ENTRIES, or past HISTORY_CHARS of JSON, the oldest go. The newest
 * action is always kept.
 */
export function pushEntry(history: History, entry: Entry): History {
  const entries = [...history.entries, entry].slice(-HISTORY_ENTRIES);
  const sizes = entries.map((e) => JSON.stringify(e).length);
  let size = sizes.reduce((a, b) => a + b, 0);
  let cut = 0;
  while (cut < entries.length - 1 && size > HISTORY_CHARS) size -= sizes[cut++];
  return { version: 2, entries: entries.slice(cut) };
}

/** What Revert would undo next: the action, and how many cells it touched (0 for a summary). */
export function nextRevert(history: History): { action: Entry['action']; cells: number } | null {
  const e = history.entries[history.entries.length - 1];
  if (!e) return null;
  const marks = new Set([...e.marksBefore, ...e.marksAfter].map((m) => `${m.sheetId ?? m.sheet}!${m.cell}`));
  return { action: e.action, cells: e.action === 'fill' ? e.cells.length : e.action === 'summary' ? 0 : marks.size };
}
