import type ExcelJS from 'exceljs';
import { a1 } from '../core/grid/address';
import { parseAddress, rectAddress } from './address';
import { FakeContext } from './context';
import { buildWorkbook, seedFromWorkbook } from './convert';
import { apiNotFound, officeError, OfficeError } from './errors';
import { listBytes, overReadLimit, type FakePlatform, type OverLimitRead } from './limits';
import type { Command, Assign } from './proxy';
import { checkShape, writeCells } from './cells';
import { shiftRows } from './shiftRows';
import { inTurns, nextTurn, OneAtATime } from './turns';
import { takeSheetView, takeSnapshot, type SheetView, type CellSnapshot, type WorkbookSnapshot } from './snapshot';
import { allUnlocked, cellKey, WorkbookState, type ProtectedOp, type ProtectionAllows, type SheetState } from './state';
import type { Rect } from '../core/grid/address';
import { outward } from './values';

/** The Excel.run options the fake honours. */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

// The operations the add-in could touch that cannot join a merged undo group, and where (Microsoft's "Undo support
// with the Excel JavaScript API", table "Unsupported APIs"): each throws UndoNotSupported inside one.
const NOT_UNDOABLE: Record<string, readonly FakePlatform[]> = {
  'Worksheet.delete': ['windows', 'mac', 'web'],
  'Worksheet.name': ['windows', 'mac'],
  'Worksheet.visibility': ['windows', 'mac'],
};

/** A batch function, as given to Excel.run. */
export type FakeBatch<T> = (context: FakeContext) => Promise<T>;

/** A failure to inject into the next sync that has commands. */
export interface InjectedFailure {
  /** The error code, e.g. "GeneralException". */
  code: string;
  /** The 0-based counted command at which it fails; commands before it are applied. Default 0. */
  atCommand?: number;
  /** When true, the commands applied before the failure are rolled back. */
  atomic?: boolean;
  message?: string;
  /** Let this many syncs with commands pass first (e.g. an action's reads), then fail. Default 0. */
  afterSyncs?: number;
}

/** What one sync sent and received, for assertions on batching. */
export interface SyncRecord {
  /** The labels of the counted commands, e.g. "Range.values", "Range.load(values)". */
  commands: string[];
  requestBytes: number;
  responseBytes: number;
  /** The error code when the sync failed. */
  error?: string;
}

/** Options for a new fake. */
export interface FakeExcelOptions {
  /** The ExcelApi version the host claims ("1.20" by default). */
  apiVersion?: string;
  /** Sheets to start with (["Sheet1"] by default; [] for none). */
  sheets?: string[];
  /** The payload limit per request and per response (5 MB by default); enforced only on the web. */
  limitBytes?: number;
  /** The platform ("windows" by default, where the fewest operations can be undone); only "web" limits payloads. */
  platform?: FakePlatform;
  /** What a read above 5,000,000 cells does: "error" (RangeExceedsLimit, the default) or "null". */
  overLimitRead?: OverLimitRead;
}

function versionNumber(v: string): [number, number] {
  const [a, b = '0'] = v.split('.');
  return [Number(a), Number(b)];
}

/**
 * An in-memory Excel for tests and the harness: give `fake.run` to code written for `Excel.run`. It queues proxy
 * writes and loads until sync, enforces load-before-read, protection, cell-edit mode, payload limits and requirement
 * sets, evaluates the formulas the tool writes, and converts to and from exceljs workbooks.
 */
export class FakeExcel {
  /** The workbook's state (read it through snapshot() or the helpers below in tests). */
  readonly state = new WorkbookState();
  /** The ExcelApi version the host supports, e.g. "1.12", "1.13", "1.18", "1.20". */
  apiVersion: string;
  /** The request and response payload limit in bytes (Excel on the web only). */
  limitBytes: number;
  /** The platform: which operations can join a merged undo group, and whether payloads are limited (web only). */
  platform: FakePlatform;
  /** What a read above 5,000,000 cells does: throw RangeExceedsLimit ("error") or read as null ("null"). */
  overLimitRead: OverLimitRead;
  /** Syncs sent (context.sync() calls, and Excel.run's final implicit sync when commands were pending). */
  syncCount = 0;
  /** The largest request seen, in bytes. */
  maxRequestBytes = 0;
  /** The largest response seen, in bytes. */
  maxResponseBytes = 0;
  /** Runs started with mergeUndoGroup on a host that supports it. */
  undoGroups = 0;
  /** Runs started. */
  runCount = 0;
  /** When true, any failed sync rolls back the commands it applied (Excel's behaviour is undocumented: default false). */
  atomic = false;
  /** The separator of RangeAreas.address (", " as the typings document it). */
  areasSeparator = ', ';
  /** The author of notes and comments the fake adds. */
  authorName = 'SelfEval Fake';
  /** Every sync with commands, in order. */
  history: SyncRecord[] = [];
  private failure: InjectedFailure | null = null;
  private editing = false;
  private editWaiters: (() => void)[] = [];
  private readonly batches = new OneAtATime();

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.20';
    this.limitBytes = options.limitBytes ?? 5 * 1024 * 1024;
    this.platform = options.platform ?? 'windows';
    this.overLimitRead = options.overLimitRead ?? 'error';
    for (const name of options.sheets ?? ['Sheet1']) this.addSheet(name);
  }

  /** A fake seeded from an exceljs workbook (see convert.ts for what is kept). */
  static fromWorkbook(wb: ExcelJS.Workbook, options: Omit<FakeExcelOptions, 'sheets'> = {}): FakeExcel {
    const fake = new FakeExcel({ ...options, sheets: [] });
    seedFromWorkbook(fake, wb);
    return fake;
  }

  /** A new exceljs workbook of the current state, formulas with their calculated results. */
  toWorkbook(): ExcelJS.Workbook {
    return buildWorkbook(this);
  }

  /** A plain, sorted JSON view of the whole state. */
  snapshot(): WorkbookSnapshot {
    return takeSnapshot(this.state);
  }

  /** The sheets' names and one sheet's snapshot, for a view that shows one sheet of a large workbook. */
  sheetView(name: string): SheetView {
    return takeSheetView(this.state, name);
  }

  /** Excel.run: run(batch) or run(options, batch). Rejects with ApiNotFound for mergeUndoGroup below ExcelApi 1.20. */
  readonly run = async <T>(optionsOrBatch: FakeRunOptions | FakeBatch<T>, maybeBatch?: FakeBatch<T>): Promise<T> => {
    const options = typeof optionsOrBatch === 'function' ? {} : (optionsOrBatch ?? {});
    const batch = (typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch) as FakeBatch<T>;
    if (options.mergeUndoGroup) {
      this.requireApi('1.20', 'Excel.RunOptions.mergeUndoGroup');
      this.undoGroups++;
    }
    this.runCount++;
    const context = new FakeContext(this, options);
    try {
      const result = await batch(context);
      if (context.pending) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  /** `run` typed as Excel.run, for code that takes `typeof Excel.run`. */
  asExcelRun(): typeof Excel.run {
    return this.run as unknown as typeof Excel.run;
  }

  /** Like Office.context.requirements.isSetSupported, for "ExcelApi" (other sets are unsupported). */
  isSetSupported(name: string, minVersion = '1.1'): boolean {
    if (name !== 'ExcelApi') return false;
    const [ha, hb] = versionNumber(this.apiVersion);
    const [na, nb] = versionNumber(minVersion);
    return ha > na || (ha === na && hb >= nb);
  }

  /** Throws ApiNotFound when the host lacks ExcelApi `version`. */
  requireApi(version: string, member: string): void {
    if (!this.isSetSupported('ExcelApi', version)) throw apiNotFound(member, version);
  }

  /** Protects a sheet: writes to its locked cells, and what `allow` does not allow, fail with AccessDenied. */
  protect(sheetName: string, allow: ProtectionAllows = {}): this {
    const s = this.sheetOf(sheetName);
    s.protected = true;
    s.allow = allow;
    return this;
  }

  /** Unlocks cells (Format Cells > Protection), so that a protected sheet still takes typed values there. */
  unlock(sheet: string, address: string): this {
    const r = this.rectOf(address);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) this.state.updateCell(this.sheetOf(sheet), row, col, (c) => ({ ...c, unlocked: true }));
    return this;
  }

  /** Protects (or unprotects) the workbook's structure: adding, deleting, renaming, moving or hiding sheets fails. */
  protectStructure(on = true): this {
    this.state.structureProtected = on;
    return this;
  }

  /** Unprotects a sheet. */
  unprotect(sheetName: string): this {
    this.sheetOf(sheetName).protected = false;
    return this;
  }

  /** Makes the next sync with commands fail with `code` at its `atCommand`-th counted command (0 by default). */
  failNextSync(failure: InjectedFailure): this {
    this.failure = failure;
    return this;
  }

  /** Whether the user is editing a cell: syncs fail, or wait when the run asked for delayForCellEdit. */
  get cellEditMode(): boolean {
    return this.editing;
  }
  set cellEditMode(on: boolean) {
    this.editing = on;
    if (!on) for (const w of this.editWaiters.splice(0)) w();
  }

  /** Resets syncCount, the payload maxima, undoGroups, runCount and the history. */
  resetCounters(): void {
    this.syncCount = 0;
    this.maxRequestBytes = 0;
    this.maxResponseBytes = 0;
    this.undoGroups = 0;
    this.runCount = 0;
    this.history = [];
  }

  /** The active sheet's name. */
  get activeSheet(): string | null {
    return this.state.activeSheet?.name ?? null;
  }

  /** The last range selected through range.select(): its sheet and address ("B3", "A1:C2"). */
  get selection(): { sheet: string; address: string } | null {
    const s = this.state.selection;
    return s ? { sheet: s.sheet.name, address: rectAddress(s.rect) } : null;
  }

  // ---- direct access for tests: no queue, no sync, no protection check ------------------------------

  /** Adds a sheet at the end (the first one becomes active). */
  addSheet(name: string): this {
    const s = this.state.newSheet(name);
    this.state.sheets.push(s);
    this.state.activeSheet ??= s;
    return this;
  }

  /** Writes a block of input at an address as Excel takes typed input ("=…" makes formulas). */
  setValues(sheet: string, address: string, values: unknown[][]): this {
    const s = this.sheetOf(sheet);
    const rect = this.rectOf(address);
    checkShape(values, rect, 'FakeExcel.setValues');
    writeCells(this.state, s, rect, values, 'FakeExcel.setValues');
    return this;
  }

  /** Sets one cell's number format. */
  setFormat(sheet: string, cell: string, format: string): this {
    const { top, left } = this.rectOf(cell);
    this.state.updateCell(this.sheetOf(sheet), top, left, (c) => ({ ...c, format }));
    return this;
  }

  /** Gives one cell a solid fill ("#RRGGBB"). */
  setFill(sheet: string, cell: string, color: string): this {
    const { top, left } = this.rectOf(cell);
    this.state.updateCell(this.sheetOf(sheet), top, left, (c) => ({ ...c, fill: { color: color.toUpperCase(), tintAndShade: 0 } }));
    return this;
  }

  /** Puts a note on a cell. */
  setNote(sheet: string, cell: string, content: string): this {
    const { top, left } = this.rectOf(cell);
    this.sheetOf(sheet).notes.set(cellKey(top, left), { content, author: this.authorName });
    return this;
  }

  /** Deletes the note on a cell, as the user does (nothing when there is none). */
  deleteNote(sheet: string, cell: string): this {
    const { top, left } = this.rectOf(cell);
    this.sheetOf(sheet).notes.delete(cellKey(top, left));
    return this;
  }

  /** Clear All on an area, as the user does: values, formats, fills, notes and comments go. */
  clearAll(sheet: string, address: string): this {
    const s = this.sheetOf(sheet);
    const r = this.rectOf(address);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        s.cells.delete(cellKey(row, col));
        s.notes.delete(cellKey(row, col));
        s.comments.delete(cellKey(row, col));
      }
    return this;
  }

  /** Inserts whole rows above a row (1-based), as the user does: what is below moves down, names and merges follow. */
  insertRows(sheet: string, row: number, count = 1): this {
    shiftRows(this.state, this.sheetOf(sheet), row - 1, count);
    return this;
  }

  /** Deletes whole rows from a row (1-based), as the user does: what is below moves up, names to them become #REF!. */
  deleteRows(sheet: string, row: number, count = 1): this {
    shiftRows(this.state, this.sheetOf(sheet), row - 1, -count);
    return this;
  }

  /** Renames a sheet, as the user does. */
  renameSheet(from: string, to: string): this {
    this.sheetOf(from).name = to;
    return this;
  }

  /** Merges an area. */
  mergeCells(sheet: string, address: string): this {
    this.sheetOf(sheet).merges.push(this.rectOf(address));
    return this;
  }

  /** The values Range.values would return for an address (formulas calculated). */
  getValues(sheet: string, address: string): (string | number | boolean)[][] {
    const s = this.sheetOf(sheet);
    const r = this.rectOf(address);
    const calc = this.state.calc();
    const out: (string | number | boolean)[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: (string | number | boolean)[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(outward(calc.value(s, row, col)));
      out.push(line);
    }
    return out;
  }

  /** One cell as the snapshot shows it ({} when it is blank). */
  cell(sheet: string, cell: string): CellSnapshot {
    const { top, left } = this.rectOf(cell);
    const name = this.sheetOf(sheet).name;
    return this.snapshot().sheets.find((x) => x.name === name)?.cells[a1(top, left)] ?? {};
  }

  private sheetOf(name: string): SheetState {
    const s = this.state.sheet(name);
    if (!s) throw new Error(`no sheet named ${name}`);
    return s;
  }

  private rectOf(address: string) {
    const p = parseAddress(address);
    if (!p) throw new Error(`not an address: ${address}`);
    return p.rect;
  }

  // ---- used by the proxies ------------------------------------------------------------------------------

  /**
   * Refuses, with AccessDenied, what sheet protection forbids: content in a locked cell (cells are locked unless the
   * user unlocked them), formats, column widths, hyperlinks and notes unless the protection allows them, and comments,
   * tables and merges always.
   */
  guardWrite(sheet: SheetState, where: string, op: ProtectedOp, rect?: Rect): void {
    if (!sheet.protected) return;
    const allowed =
      op === 'cells'
        ? !!rect && allUnlocked(sheet, rect)
        : op === 'hyperlinks'
          ? !!sheet.allow.insertHyperlinks && !!rect && allUnlocked(sheet, rect)
          : op === 'format'
            ? !!sheet.allow.formatCells
            : op === 'columns'
              ? !!sheet.allow.formatColumns
              : op === 'notes'
                ? !!sheet.allow.editObjects
                : false;
    if (!allowed) throw officeError('AccessDenied', where, `the sheet ${sheet.name} is protected`);
  }

  /**
   * Refuses a change to the workbook's structure while it is protected. Microsoft documents no error code for it; the
   * fake answers AccessDenied, as for other protection.
   */
  guardStructure(where: string): void {
    if (this.state.structureProtected) throw officeError('AccessDenied', where, "the workbook's structure is protected");
  }

  /** Checks a read of `cells` cells (see overReadLimit): true when it reads as null, above 5,000,000 cells. */
  checkReadCells(cells: number, where: string): boolean {
    return overReadLimit(this, cells, where);
  }

  /**
   * Runs one batch of commands, after any batch sent before it, in a later task; the page keeps a turn while it runs
   * (docs/office-api.md §12).
   */
  execute(batch: Command[], options: FakeRunOptions): Promise<void> {
    return this.batches.run(async () => {
      await nextTurn();
      await this.executeNow(batch, options);
    });
  }

  /** One batch: cell-edit mode, request size (web), commands in order, response size (web), then loaded values. */
  private async executeNow(batch: Command[], options: FakeRunOptions): Promise<void> {
    if (this.editing) {
      if (!options.delayForCellEdit) {
        this.history.push({
          commands: batch.filter((c) => c.counted).map((c) => c.label),
          requestBytes: 0,
          responseBytes: 0,
          error: 'InvalidOperationInCellEditMode',
        });
        throw officeError('InvalidOperationInCellEditMode');
      }
      await new Promise<void>((resolve) => this.editWaiters.push(resolve));
    }
    const record: SyncRecord = { commands: batch.filter((c) => c.counted).map((c) => c.label), requestBytes: 0, responseBytes: 0 };
    this.history.push(record);
    record.requestBytes = await listBytes(batch.map((c) => [c.label, c.payload ?? null]));
    this.maxRequestBytes = Math.max(this.maxRequestBytes, record.requestBytes);
    const web = this.platform === 'web';
    if (web && record.requestBytes > this.limitBytes) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw officeError('RequestPayloadSizeLimitExceeded', undefined, `${record.requestBytes} bytes`);
    }
    let failure = this.failure;
    if (failure && (failure.afterSyncs ?? 0) > 0) {
      this.failure = { ...failure, afterSyncs: (failure.afterSyncs ?? 0) - 1 };
      failure = null;
    } else this.failure = null;
    const assigns: Assign[] = [];
    // The command being applied, if one failed: its label goes in the error.
    const at: { cmd: Command | null } = { cmd: null };
    this.state.begin();
    try {
      let counted = 0;
      await inTurns(batch, (cmd) => {
        at.cmd = cmd;
        if (failure && cmd.counted && counted === (failure.atCommand ?? 0))
          throw new OfficeError(failure.code, failure.message ?? `injected ${failure.code}`, cmd.label);
        if (cmd.counted) counted++;
        if (options.mergeUndoGroup && NOT_UNDOABLE[cmd.label]?.includes(this.platform))
          throw officeError('UndoNotSupported', cmd.label, `${cmd.label} cannot join an undo group on ${this.platform}`);
        const out = cmd.apply();
        if (out) assigns.push(...out);
      });
      at.cmd = null;
      if (failure) throw new OfficeError(failure.code, failure.message ?? `injected ${failure.code}`);
      record.responseBytes = await listBytes(assigns.map(([, , v]) => v));
      this.maxResponseBytes = Math.max(this.maxResponseBytes, record.responseBytes);
      if (web && record.responseBytes > this.limitBytes)
        throw officeError('ResponsePayloadSizeLimitExceeded', undefined, `${record.responseBytes} bytes`);
    } catch (e) {
      const payload = e instanceof OfficeError && e.code === 'ResponsePayloadSizeLimitExceeded';
      if (payload || this.atomic || failure?.atomic || !(e instanceof OfficeError)) this.state.rollback();
      else this.state.commit();
      if (e instanceof OfficeError) {
        record.error = e.code;
        if (at.cmd) {
          e.debugInfo.statement = at.cmd.label;
          e.debugInfo.errorLocation ??= at.cmd.label.replace(/\(.*$/, '');
        }
      }
      throw e;
    }
    this.state.commit();
    for (const [target, prop, value] of assigns) target.assign(prop, value);
  }
}
