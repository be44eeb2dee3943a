import { parseA1, type Grid } from '../../core';
import type { Cell } from '../../core/grid/cell';
import { splitSheetRef } from '../../core/grid/address';
import type { Capabilities } from './capabilities';
import { parseHistory, type History } from './history';
import { ANCHOR_PREFIX, HISTORY_KEY, STATE_KEY, SUMMARY_KEY, SUMMARY_MARKER } from './keys';
import { parseMarkState, type FillState, type MarkState } from './markState';
import { READ_BUDGET_BYTES, readCells, type NoteCounts } from './readCells';

/** A sheet as the add-in sees it. */
export interface SheetInfo {
  name: string;
  /** Worksheet.id: it stays when the sheet is renamed. */
  id: string;
  visible: boolean;
  protected: boolean;
}

/** Everything Validate needs from the workbook. */
export interface WorkbookRead {
  sheets: SheetInfo[];
  grids: Grid[];
  /** Each read cell's fill, by "sheet!A1"; empty when the host cannot report fills per cell (below ExcelApi 1.9). */
  fills: Map<string, FillState | null>;
  /** The add-in's marks, each under its sheet's current name. */
  state: MarkState;
  /** The summary sheet the add-in wrote earlier, if it still exists. */
  summarySheet: string | null;
  /** The tables on that summary sheet (its own, and any left there), by name. */
  summaryTables: string[];
  /** Whether the workbook has the summary marker name (it may point at a sheet deleted since). */
  hasMarker: boolean;
  /** Whether the workbook holds the add-in's mark state. */
  hasState: boolean;
  /** The add-in's past actions, for Revert, each record under its sheet's current name. */
  history: History;
  /** Whether the workbook holds a history. */
  hasHistory: boolean;
  /** The names of the workbook's tables (they are unique across the workbook). */
  tableNames: Set<string>;
  /** The summary the add-in last wrote (stored JSON), to leave an unchanged one alone and to bring it back. */
  summaryJson: string | null;
  /** The cells that hold a note (or, below ExcelApi 1.18, a comment), by "sheet!A1": the add-in's own and the user's. */
  noteCells: Set<string>;
  /** The text of the note (or comment) now on the cells where the add-in put one (and on others), by "sheet!A1". */
  noteTexts: Map<string, string>;
  /** Whether the workbook's structure is protected: no sheet may be added, deleted or renamed. */
  structureProtected: boolean;
  /** The add-in's anchor names now in the workbook. */
  anchorNames: Set<string>;
}

/**
 * Reads every sheet's used range (values, types, number formats, merges, fills) in as few syncs as possible:
 * one for the sheet list and the add-in's state, one for the sizes and, when they fit one request, the cells;
 * large workbooks take more, each request kept under the budget.
 */
export async function readWorkbook(context: Excel.RequestContext, caps: Capabilities, budget = READ_BUDGET_BYTES): Promise<WorkbookRead> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility,items/protection/protected');
  const protection = workbook.protection;
  protection.load('protected');
  const setting = (key: string) => workbook.settings.getItemOrNullObject(key).load('value');
  const [stateSetting, historySetting, summarySetting] = [STATE_KEY, HISTORY_KEY, SUMMARY_KEY].map(setting);
  const marker = workbook.names.getItemOrNullObject(SUMMARY_MARKER);
  marker.load('formula');
  const names = workbook.names.load('items/name,items/formula');
  const tables = workbook.tables;
  tables.load('items/name');
  await context.sync();

  const sheets: SheetInfo[] = worksheets.items.map((ws) => ({
    name: ws.name,
    id: ws.id,
    visible: ws.visibility === 'Visible',
    protected: ws.protection.protected,
  }));
  const anchors = anchorsOf(names.items);
  const place = placer(new Map(sheets.map((s) => [s.id, s.name])), anchors);
  const state = rebind(parseMarkState(stateSetting.isNullObject ? null : stateSetting.value), place);
  const history = rebind(parseHistory(historySetting.isNullObject ? null : historySetting.value), place);
  const summarySheet = marker.isNullObject ? null : sheetOfReference(marker.formula, sheets);
  // The add-in's notes, and the summary sheet's tables, are looked up in the request that reads the cells (notes only:
  // comments have no lookup by cell). Nothing of a refused request comes back: then they go again, with the sizes.
  const extras = () => ({
    ownNotes: caps.notes ? queueOwnNotes(worksheets.items, state) : [],
    summaryTables: summarySheet ? worksheets.items.find((ws) => ws.name === summarySheet)!.tables.load('items/name') : null,
  });
  let { ownNotes, summaryTables } = extras();
  const read = await readCells(context, worksheets.items, caps, budget, () => ({ ownNotes, summaryTables } = extras()));
  const noteTexts = new Map<string, string>();
  for (const { key, note } of ownNotes) if (!note.isNullObject) noteTexts.set(key, String(note.content));
  const noteCells = await readNoteCells(context, worksheets.items, caps, read.noteCounts, noteTexts);
  return {
    sheets,
    grids: read.grids,
    fills: read.fills,
    state,
    summarySheet,
    summaryTables: summaryTables ? summaryTables.items.map((t) => t.name) : [],
    hasMarker: !marker.isNullObject,
    hasState: !stateSetting.isNullObject,
    history,
    hasHistory: !historySetting.isNullObject,
    tableNames: new Set(tables.items.map((t) => t.name)),
    summaryJson: summarySetting.isNullObject ? null : String(summarySetting.value),
    noteCells,
    noteTexts,
    structureProtected: protection.protected,
    anchorNames: new Set(anchors.keys()),
  };
}

/** Where each of the add-in's anchor names points now: a cell, or null once its row was deleted ("=#REF!"). */
function anchorsOf(items: readonly Excel.NamedItem[]): Map<string, { sheet: string; cell: string } | null> {
  const out = new Map<string, { sheet: string; cell: string } | null>();
  for (const n of items) {
    if (!n.name.startsWith(ANCHOR_PREFIX)) continue;
    const ref = String(n.formula).includes('#REF!') ? null : splitSheetRef(String(n.formula));
    out.set(n.name, ref ? { sheet: ref.sheet, cell: ref.local.replace(/\$/g, '') } : null);
  }
  return out;
}

type Placed = { sheet: string; sheetId?: string; cell: string; anchor?: string };

/**
 * Where a recorded cell is now: where its anchor name points (it follows inserted and deleted rows, and a renamed
 * sheet); else on the sheet of its recorded name; else, within a session, on the sheet of its recorded id (a renamed
 * sheet keeps its id, but ids may change when the workbook is reopened: office-js-docs issue 297). Null once deleted.
 */
function placer(names: ReadonlyMap<string, string>, anchors: ReadonlyMap<string, { sheet: string; cell: string } | null>) {
  const current = new Set(names.values());
  return <R extends Placed>(r: R): R | null => {
    if (r.anchor && anchors.has(r.anchor)) {
      const at = anchors.get(r.anchor);
      return at ? { ...r, ...at } : null;
    }
    if (current.has(r.sheet)) return r;
    return r.sheetId && names.has(r.sheetId) ? { ...r, sheet: names.get(r.sheetId)! } : r;
  };
}

/** Puts each record where its cell is now (see placer); records of deleted cells go. */
function rebind<T extends MarkState | History>(data: T, place: ReturnType<typeof placer>): T {
  const all = <R extends Placed>(rs: readonly R[]): R[] => rs.flatMap((r) => place(r) ?? []);
  if ('marks' in data) return { ...data, marks: all(data.marks) };
  const entries = data.entries.map((e) => ({ ...e, cells: all(e.cells), marksBefore: all(e.marksBefore), marksAfter: all(e.marksAfter) }));
  return { ...data, entries };
}

type OwnNote = { key: string; note: Excel.Note };

/** Queues looking up the note on each cell where the add-in put one (ExcelApi 1.18). */
function queueOwnNotes(sheets: Excel.Worksheet[], state: MarkState): OwnNote[] {
  const byName = new Map(sheets.map((ws) => [ws.name, ws]));
  return state.marks.flatMap((m) => {
    const ws = m.addedNote ? byName.get(m.sheet) : undefined;
    return ws ? [{ key: `${m.sheet}!${m.cell}`, note: ws.notes.getItemOrNullObject(m.cell).load('content') }] : [];
  });
}

/** Where the notes (or comments) are: one more request, and only when there may be some the add-in does not know. */
async function readNoteCells(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  caps: Capabilities,
  counts: NoteCounts,
  texts: Map<string, string>,
): Promise<Set<string>> {
  // The add-in's own notes still there are known; only a sheet with more notes than those is searched.
  const cells = new Set(texts.keys());
  const ours = (sheet: string) => [...texts.keys()].filter((k) => k.startsWith(`${sheet}!`)).length;
  // Each found note comes with its text, so that one the add-in wrote but did not record (a failed action) is known.
  const found: { sheet: string | null; range: Excel.Range; item: { content: unknown } }[] = [];
  const add = (sheet: string | null, item: Excel.Note | Excel.Comment) => {
    item.load('content');
    found.push({ sheet, range: item.getLocation().load('address'), item });
  };
  if (caps.notes) {
    counts.perSheet.forEach((n, i) => {
      const count = n?.value ?? 0;
      if (count !== ours(sheets[i].name)) for (let k = 0; k < count; k++) add(sheets[i].name, sheets[i].notes.getItemAt(k));
    });
  }
  // Comments cannot be looked up by cell: all of them are read (the add-in's, below ExcelApi 1.18, and the user's).
  if (caps.comments && counts.workbook) for (let k = 0; k < counts.workbook.value; k++) add(null, context.workbook.comments.getItemAt(k));
  if (found.length === 0) return cells;
  await context.sync();
  for (const f of found) {
    const ref = splitSheetRef(f.range.address);
    if (!ref) continue;
    const key = `${f.sheet ?? ref.sheet}!${ref.local.split(':')[0]}`;
    cells.add(key);
    texts.set(key, String(f.item.content));
  }
  return cells;
}

/** The sheet a name's reference points at ("='绩效自评汇总'!$A$1"), if it is one of the workbook's sheets. */
export function sheetOfReference(formula: string, sheets: readonly SheetInfo[]): string | null {
  const name = splitSheetRef(formula)?.sheet;
  return name && sheets.some((s) => s.name === name) ? name : null;
}

/** A cell of the read grids by sheet and A1 address; undefined for a blank cell or an unknown sheet. */
export function cellAt(read: WorkbookRead, sheet: string, cell: string): Cell | undefined {
  const p = parseA1(cell);
  return p ? read.grids.find((g) => g.name === sheet)?.rows[p.row]?.[p.col] : undefined;
}
