import type { Grid } from '../../core';
import type { Cell } from '../../core/grid/cell';
import { a1, parseRange, splitSheetRef, type Rect } from '../../core/grid/address';
import type { Capabilities } from './capabilities';
import { parseHistory, type History } from './history';
import { ANCHOR_PREFIX, HISTORY_KEY, STATE_KEY, SUMMARY_KEY, SUMMARY_MARKER } from './keys';
import { parseMarkState, type FillState, type MarkState } from './markState';

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

/** Up to this many sheets, the cells are read with the sizes in one request; above, sizes come first. */
export const AT_ONCE_SHEETS = 60;

/** How much one request may carry, with room to spare under Excel on the web's 5 MB. */
export const READ_BUDGET_BYTES = 4 * 1024 * 1024;
// What a cell costs in a response, on average over a chunk of a sheet of forms: its value, type, formula (Excel
// returns the text again for a constant), number format and fill. Measured on the seed forms, with room to spare.
const BYTES_PER_CELL = 320;

const FILL_PROPS = { format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } } };

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
  // The add-in's notes are looked up in the request that reads the cells (notes only: comments have no lookup by cell).
  let ownNotes = caps.notes ? queueOwnNotes(worksheets.items, state) : [];
  let read: { grids: Grid[]; fills: Map<string, FillState | null>; noteCounts: NoteCounts };
  if (worksheets.items.length > AT_ONCE_SHEETS) {
    // A workbook of many sheets may not fit one request: sizes first, then cells in chunks under the budget.
    read = await readInChunks(context, worksheets.items, caps, budget);
  } else {
    try {
      read = await readAtOnce(context, worksheets.items, caps);
    } catch (e) {
      // Excel on the web refuses a request or response above 5 MB before doing anything: read again in chunks.
      if (!isPayloadError(e)) throw e;
      // Nothing of a refused request comes back: the note lookups go again, with the sizes.
      ownNotes = caps.notes ? queueOwnNotes(worksheets.items, state) : [];
      read = await readInChunks(context, worksheets.items, caps, budget);
    }
  }
  const noteTexts = new Map<string, string>();
  for (const { key, note } of ownNotes) if (!note.isNullObject) noteTexts.set(key, String(note.content));
  const noteCells = await readNoteCells(context, worksheets.items, caps, read.noteCounts, noteTexts);
  return {
    sheets,
    grids: read.grids,
    fills: read.fills,
    state,
    summarySheet: marker.isNullObject ? null : sheetOfReference(marker.formula, sheets),
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
 * sheet), else on its sheet found by id (a renamed sheet keeps its id), else where it was; null once it was deleted.
 */
function placer(names: ReadonlyMap<string, string>, anchors: ReadonlyMap<string, { sheet: string; cell: string } | null>) {
  return <R extends Placed>(r: R): R | null => {
    if (r.anchor && anchors.has(r.anchor)) {
      const at = anchors.get(r.anchor);
      return at ? { ...r, ...at } : null;
    }
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

interface NoteCounts {
  perSheet: (OfficeExtension.ClientResult<number> | null)[];
  workbook: OfficeExtension.ClientResult<number> | null;
}

function countNotes(context: Excel.RequestContext, sheets: Excel.Worksheet[], caps: Capabilities): NoteCounts {
  return {
    perSheet: sheets.map((ws) => (caps.notes ? ws.notes.getCount() : null)),
    // Comments too where notes are used: a cell holds a note or a comment, never both.
    workbook: caps.comments ? context.workbook.comments.getCount() : null,
  };
}

/** Tells whether an Office error is Excel on the web's payload limit. */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Sizes, merges, and the cells themselves in one request: a workbook of forms is far below the limit. */
async function readAtOnce(context: Excel.RequestContext, sheets: Excel.Worksheet[], caps: Capabilities) {
  const reads = sheets.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load('rowIndex,columnIndex,values,valueTypes,formulas,numberFormat');
    const merges = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merges?.load('address');
    const props = caps.cellProperties ? used.getCellProperties(FILL_PROPS) : null;
    return { ws, used, merges, props };
  });
  const noteCounts = countNotes(context, sheets, caps);
  await context.sync();
  const grids: Grid[] = [];
  const fills = new Map<string, FillState | null>();
  for (const { ws, used, merges, props } of reads) {
    const grid = emptyGrid(ws, merges);
    putBlock(grid, used.rowIndex, used.columnIndex, used);
    if (props) putFills(fills, ws.name, used.rowIndex, used.columnIndex, props.value);
    grids.push(grid);
  }
  return { grids, fills, noteCounts };
}

/** Sizes and merges first, then the cells in row chunks, as many chunks a request as the budget allows. */
async function readInChunks(context: Excel.RequestContext, sheets: Excel.Worksheet[], caps: Capabilities, budget: number) {
  const dims = sheets.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const merges = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merges?.load('address');
    return { ws, used, merges };
  });
  const noteCounts = countNotes(context, sheets, caps);
  await context.sync();
  const grids = dims.map(({ ws, merges }) => emptyGrid(ws, merges));
  const fills = new Map<string, FillState | null>();
  // Excel on the web's limit is 5 MB, but text-heavy cells make a response larger than the estimate: a request that
  // is refused is split in two and sent again, down to a single row.
  let cellsPerRequest = Math.max(1, Math.floor(budget / BYTES_PER_CELL));
  let pending = dims.map(({ used }, i): Chunk => ({
    sheet: i,
    top: used.rowIndex,
    left: used.columnIndex,
    rows: used.rowCount,
    cols: used.columnCount,
  }));
  while (pending.length) {
    const [request, rest] = takeRequest(pending, cellsPerRequest);
    const reads = request.map((c) => {
      const range = sheets[c.sheet].getRangeByIndexes(c.top, c.left, c.rows, c.cols);
      range.load('values,valueTypes,formulas,numberFormat');
      return { c, range, props: caps.cellProperties ? range.getCellProperties(FILL_PROPS) : null };
    });
    try {
      await context.sync();
    } catch (e) {
      const single = request.length === 1 && request[0].rows === 1;
      if (!isPayloadError(e) || single) throw e;
      cellsPerRequest = Math.max(1, Math.floor(cellsPerRequest / 2));
      pending = [...request, ...rest];
      continue;
    }
    for (const { c, range, props } of reads) {
      putBlock(grids[c.sheet], c.top, c.left, range);
      if (props) putFills(fills, sheets[c.sheet].name, c.top, c.left, props.value);
    }
    pending = rest;
  }
  return { grids, fills, noteCounts };
}

/** Takes the chunks of the next request (splitting a chunk by rows to fit) and returns them with what is left. */
function takeRequest(pending: readonly Chunk[], cellsPerRequest: number): [Chunk[], Chunk[]] {
  const request: Chunk[] = [];
  let size = 0;
  for (let i = 0; i < pending.length; i++) {
    const c = pending[i];
    const room = cellsPerRequest - size;
    const cells = c.rows * c.cols;
    if (cells <= room) {
      request.push(c);
      size += cells;
      continue;
    }
    const rows = Math.floor(room / Math.max(1, c.cols));
    if (rows > 0 || request.length === 0) {
      const take = Math.max(1, rows);
      request.push({ ...c, rows: take });
      return [request, [{ ...c, top: c.top + take, rows: c.rows - take }, ...pending.slice(i + 1)].filter((x) => x.rows > 0)];
    }
    return [request, pending.slice(i)];
  }
  return [request, []];
}

/** A block of rows of one sheet. */
export interface Chunk {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** The properties of a block of cells as Excel returns them. */
export interface Block {
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

/** Puts a block of cells read from Excel into a grid, at its place on the sheet. */
export function putBlock(grid: Grid, top: number, left: number, block: Block): void {
  for (let r = 0; r < block.values.length; r++) {
    const row = (grid.rows[top + r] ??= []);
    for (let c = 0; c < block.values[r].length; c++) {
      const cell = cellOf(block.values[r][c], block.valueTypes[r][c], block.formulas[r]?.[c], block.numberFormat[r]?.[c]);
      if (cell) row[left + c] = cell;
    }
  }
}

function cellOf(value: unknown, type: string, formula: unknown, format: unknown): Cell | undefined {
  const fmt = typeof format === 'string' && format !== 'General' ? format : undefined;
  let cell: Cell;
  if (type === 'Empty' || value === '' || value === null || value === undefined) return undefined;
  if (type === 'Error') cell = { v: null, e: String(value) };
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') cell = { v: value };
  else return undefined;
  // Excel calculates every formula, so its value is always there; the formula is kept to tell computed cells apart.
  if (typeof formula === 'string' && formula.startsWith('=')) cell.f = formula.slice(1);
  if (fmt) cell.fmt = fmt;
  return cell;
}

function putFills(out: Map<string, FillState | null>, sheet: string, top: number, left: number, props: Excel.CellProperties[][]): void {
  for (let r = 0; r < props.length; r++) {
    for (let c = 0; c < props[r].length; c++) {
      const f = props[r][c].format?.fill;
      // Excel reports "no fill" as white; only tintAndShade (null for no fill) tells them apart. Some hosts also
      // report the pattern of an unfilled cell as null (office-js issue #4900).
      const plain = f?.pattern === undefined || f?.pattern === null || f?.pattern === 'None' || f?.pattern === 'Solid';
      const none = !f || f.color === undefined || (f.tintAndShade === null && plain && f.color === '#FFFFFF');
      out.set(`${sheet}!${a1(top + r, left + c)}`, none ? null : stripFill(f as FillState));
    }
  }
}

function stripFill(f: FillState): FillState {
  const out: FillState = { color: f.color };
  if (f.pattern && f.pattern !== 'Solid') out.pattern = f.pattern;
  if (f.patternColor && out.pattern) out.patternColor = f.patternColor;
  if (typeof f.tintAndShade === 'number' && f.tintAndShade !== 0) out.tintAndShade = f.tintAndShade;
  return out;
}

/** A sheet's grid before its cells are put in: its name and its merged areas (none where the host cannot tell). */
function emptyGrid(ws: Excel.Worksheet, merges: Excel.RangeAreas | null): Grid {
  return { name: ws.name, rows: [], merges: merges && !merges.isNullObject ? parseAreas(merges.address) : [] };
}

/** Parses a RangeAreas address ("Sheet1!A1:B2,Sheet1!C3:D4" or "'My sheet'!A1:B2, …") into rectangles. */
export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  for (const part of address.split(',')) {
    const r = parseRange(splitSheetRef(part)?.local ?? part.trim());
    if (r) out.push(r);
  }
  return out;
}

/** The sheet a name's reference points at ("='绩效自评汇总'!$A$1"), if it is one of the workbook's sheets. */
export function sheetOfReference(formula: string, sheets: readonly SheetInfo[]): string | null {
  const name = splitSheetRef(formula)?.sheet;
  return name && sheets.some((s) => s.name === name) ? name : null;
}
