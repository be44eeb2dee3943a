import type { Grid } from '../../core';
import type { Cell } from '../../core/grid/cell';
import { a1, parseRange, splitSheetRef, type Rect } from '../../core/grid/address';
import type { Capabilities } from './capabilities';
import type { FillState } from './markState';

/** Up to this many sheets, the cells are read with the sizes in one request; above, sizes come first. */
export const AT_ONCE_SHEETS = 60;

/** How much one request may carry, with room to spare under Excel on the web's 5 MB. */
export const READ_BUDGET_BYTES = 4 * 1024 * 1024;
// What a cell costs in a response, on average over a chunk of a sheet of forms: its value, type, formula (Excel
// returns the text again for a constant), number format and fill. Measured on the seed forms, with room to spare.
const BYTES_PER_CELL = 320;

/** getMergedAreasOrNullObject fails above 512 areas: merges are read in tiles of at most this many cells. */
export const MERGE_TILE_CELLS = 512;

/** A used range above this many cells is cut in halves, each shrunk to its own used range, before it is read. */
export const SPLIT_CELLS = 1_000_000;

const FILL_PROPS = { format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } } };

/** The note (or comment) counts, read with the cells. */
export interface NoteCounts {
  perSheet: (OfficeExtension.ClientResult<number> | null)[];
  workbook: OfficeExtension.ClientResult<number> | null;
}

/** What reading the cells gives: a grid per sheet, each read cell's fill, and the note counts. */
export interface CellsRead {
  grids: Grid[];
  fills: Map<string, FillState | null>;
  noteCounts: NoteCounts;
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

/**
 * Whether a failed read is one to retry in chunks: a payload above 5 MB (Excel on the web), a range above 5,000,000
 * cells, or more than 512 merged areas (an error Microsoft does not name: it is known by where it happened).
 */
export function isSizeError(e: unknown): boolean {
  const x = e as { code?: string; debugInfo?: { errorLocation?: string; statement?: string } } | null;
  const where = `${x?.debugInfo?.errorLocation ?? ''} ${x?.debugInfo?.statement ?? ''}`;
  return isPayloadError(e) || x?.code === 'RangeExceedsLimit' || where.includes('getMergedAreasOrNullObject');
}

/**
 * Reads every sheet's used range (values, types, formulas, number formats, merges, fills). Up to AT_ONCE_SHEETS
 * sheets, in one request; when that is refused for its size, or a range reads as null (Excel's other answer above
 * 5,000,000 cells), and for larger workbooks, sizes first and then chunks under the budget.
 */
export async function readCells(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  caps: Capabilities,
  budget = READ_BUDGET_BYTES,
  /** Called when the one request was refused: what else it carried must be queued again. */
  onRefused: () => void = () => undefined,
): Promise<CellsRead> {
  if (sheets.length <= AT_ONCE_SHEETS) {
    try {
      const read = await readAtOnce(context, sheets, caps);
      if (read) return read;
    } catch (e) {
      if (!isSizeError(e)) throw e;
      onRefused();
    }
  }
  return readInChunks(context, sheets, caps, budget);
}

/** Sizes, merges, and the cells themselves in one request; null when some range read as null. */
async function readAtOnce(context: Excel.RequestContext, sheets: Excel.Worksheet[], caps: Capabilities): Promise<CellsRead | null> {
  const reads = sheets.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load('rowIndex,columnIndex,values,valueTypes,formulas,numberFormat');
    const merges = caps.mergedAreas ? used.getMergedAreasOrNullObject().load('address') : null;
    const props = caps.cellProperties ? used.getCellProperties(FILL_PROPS) : null;
    return { ws, used, merges, props };
  });
  const noteCounts = countNotes(context, sheets, caps);
  await context.sync();
  if (reads.some(({ used, props }) => !isBlock(used) || (props && !Array.isArray(props.value)))) return null;
  const grids: Grid[] = [];
  const fills = new Map<string, FillState | null>();
  for (const { ws, used, merges, props } of reads) {
    const grid = emptyGrid(ws.name);
    if (merges && !merges.isNullObject) grid.merges.push(...parseAreas(merges.address));
    putBlock(grid, used.rowIndex, used.columnIndex, used);
    if (props) putFills(fills, ws.name, used.rowIndex, used.columnIndex, props.value);
    grids.push(grid);
  }
  return { grids, fills, noteCounts };
}

/** Whether a range's loaded cells are there (Excel may read a range above 5,000,000 cells as null). */
function isBlock(b: { values: unknown; valueTypes: unknown; formulas: unknown; numberFormat: unknown }): boolean {
  return [b.values, b.valueTypes, b.formulas, b.numberFormat].every(Array.isArray);
}

/**
 * Sizes first; a used range above SPLIT_CELLS (one stray value far away) is cut down to where its cells are; then
 * the cells and merges in chunks, as many a request as the budget allows.
 */
async function readInChunks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  caps: Capabilities,
  budget: number,
): Promise<CellsRead> {
  const dims = sheets.map((ws) => ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  const noteCounts = countNotes(context, sheets, caps);
  await context.sync();
  const pieces = await usedPieces(
    context,
    sheets,
    dims.map((u, i): Chunk => ({ sheet: i, top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount })),
  );
  const grids = sheets.map((ws) => emptyGrid(ws.name));
  const fills = new Map<string, FillState | null>();
  // Excel on the web's limit is 5 MB, but text-heavy cells make a response larger than the estimate: a request that
  // is refused is split in two and sent again, down to a single row.
  let cellsPerRequest = Math.max(1, Math.floor(budget / BYTES_PER_CELL));
  let pending = pieces;
  while (pending.length) {
    const [request, rest] = takeRequest(pending, cellsPerRequest);
    const reads = request.map((c) => {
      const ws = sheets[c.sheet];
      const range = ws.getRangeByIndexes(c.top, c.left, c.rows, c.cols).load('values,valueTypes,formulas,numberFormat');
      const merges = caps.mergedAreas
        ? mergeTiles(c).map((t) => ws.getRangeByIndexes(t.top, t.left, t.rows, t.cols).getMergedAreasOrNullObject().load('address'))
        : [];
      return { c, range, merges, props: caps.cellProperties ? range.getCellProperties(FILL_PROPS) : null };
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
    for (const { c, range, merges, props } of reads) {
      putBlock(grids[c.sheet], c.top, c.left, range);
      for (const m of merges) if (!m.isNullObject) grids[c.sheet].merges.push(...parseAreas(m.address));
      if (props) putFills(fills, sheets[c.sheet].name, c.top, c.left, props.value);
    }
    pending = rest;
  }
  return { grids, fills, noteCounts };
}

/**
 * The parts of the used ranges that hold cells: a range above SPLIT_CELLS is cut in two along its longer side, and
 * each half shrunk to its own used range (a blank half goes), until every part is small enough. One request a round.
 */
async function usedPieces(context: Excel.RequestContext, sheets: Excel.Worksheet[], chunks: Chunk[]): Promise<Chunk[]> {
  let done = chunks.filter((c) => c.rows * c.cols <= SPLIT_CELLS);
  let big = chunks.filter((c) => c.rows * c.cols > SPLIT_CELLS);
  while (big.length) {
    const halves = big.flatMap(halve).map((h) => ({
      sheet: h.sheet,
      used: sheets[h.sheet].getRangeByIndexes(h.top, h.left, h.rows, h.cols).getUsedRangeOrNullObject(true),
    }));
    for (const h of halves) h.used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const next = halves
      .filter((h) => !h.used.isNullObject)
      .map(({ sheet, used: u }): Chunk => ({ sheet, top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount }));
    done = [...done, ...next.filter((c) => c.rows * c.cols <= SPLIT_CELLS)];
    big = next.filter((c) => c.rows * c.cols > SPLIT_CELLS);
  }
  return done.sort((a, b) => a.sheet - b.sheet || a.top - b.top || a.left - b.left);
}

/** A chunk cut in two along its longer side. */
function halve(c: Chunk): Chunk[] {
  if (c.rows >= c.cols) {
    const top = Math.floor(c.rows / 2);
    return [
      { ...c, rows: top },
      { ...c, top: c.top + top, rows: c.rows - top },
    ];
  }
  const left = Math.floor(c.cols / 2);
  return [
    { ...c, cols: left },
    { ...c, left: c.left + left, cols: c.cols - left },
  ];
}

/** Tiles covering a chunk, of at most MERGE_TILE_CELLS cells each: none can hold more than 512 merged areas. */
export function mergeTiles(c: Chunk): Chunk[] {
  const cols = Math.min(c.cols, MERGE_TILE_CELLS);
  const rows = Math.max(1, Math.floor(MERGE_TILE_CELLS / cols));
  const out: Chunk[] = [];
  for (let top = c.top; top < c.top + c.rows; top += rows)
    for (let left = c.left; left < c.left + c.cols; left += cols)
      out.push({ ...c, top, left, rows: Math.min(rows, c.top + c.rows - top), cols: Math.min(cols, c.left + c.cols - left) });
  return out;
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

/** A sheet's grid before its cells are put in: its name, and no merges yet. */
function emptyGrid(name: string): Grid {
  return { name, rows: [], merges: [] };
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
