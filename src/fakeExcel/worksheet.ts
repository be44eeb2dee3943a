import { inGrid, parseAddress, validSheetName } from './address';
import { FakeCollection } from './collection';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { FakeCommentCollection, FakeNoteCollection } from './notes';
import { FakeItem, FakeObject } from './proxy';
import { cellRect } from './cells';
import { FakeRange, type RangeTarget } from './range';
import type { SheetState } from './state';
import { FakeTableCollection } from './tables';

/** The fake Excel.Worksheet. It is bound to its sheet at the first sync that uses it, so a rename keeps it valid. */
export class FakeWorksheet extends FakeItem<SheetState> {
  private protectionProxy?: FakeWorksheetProtection;
  private tablesProxy?: FakeTableCollection;

  constructor(context: FakeContext, locate: () => SheetState | null, nullable = false) {
    super(context, 'Worksheet', locate, nullable);
  }

  protected gone(t: SheetState): string | null {
    return t.deleted ? 'the worksheet was deleted' : null;
  }

  /** The sheet's name. */
  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.queueSet('name', name, () => {
      const s = this.live<SheetState>();
      const wb = this.context.fake.state;
      this.context.fake.guardStructure('Worksheet.name');
      if (typeof name !== 'string' || !validSheetName(name)) throw officeError('InvalidArgument', 'Worksheet.name', String(name));
      const other = wb.sheet(name);
      if (other && other !== s) throw officeError('ItemAlreadyExists', 'Worksheet.name', name);
      wb.change(s, 'name', name);
    });
  }
  /** The sheet's id. */
  get id(): string {
    return this.loaded('id');
  }
  /** Zero-based position. */
  get position(): number {
    return this.loaded('position');
  }
  set position(p: number) {
    this.queueSet('position', p, () => {
      const s = this.live<SheetState>();
      const wb = this.context.fake.state;
      this.context.fake.guardStructure('Worksheet.position');
      if (!Number.isInteger(p) || p < 0 || p >= wb.sheets.length) throw officeError('InvalidArgument', 'Worksheet.position');
      const rest = wb.sheets.filter((x) => x !== s);
      rest.splice(p, 0, s);
      wb.change(wb, 'sheets', rest);
    });
  }
  /** "Visible", "Hidden" or "VeryHidden" (setting needs ExcelApi 1.2). */
  get visibility(): 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.loaded('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.require('1.2', 'visibility');
    this.queueSet('visibility', v, () => {
      const s = this.live<SheetState>();
      const wb = this.context.fake.state;
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw officeError('InvalidArgument', 'Worksheet.visibility', String(v));
      this.context.fake.guardStructure('Worksheet.visibility');
      if (v !== 'Visible' && !wb.sheets.some((x) => x !== s && x.visibility === 'Visible'))
        throw officeError('InvalidOperation', 'Worksheet.visibility', 'a workbook must keep one visible sheet');
      wb.change(s, 'visibility', v);
      if (v !== 'Visible' && wb.activeSheet === s) wb.change(wb, 'activeSheet', wb.sheets.find((x) => x.visibility === 'Visible') ?? null);
    });
  }
  /** The sheet's protection (ExcelApi 1.2). */
  get protection(): FakeWorksheetProtection {
    this.require('1.2', 'protection');
    return (this.protectionProxy ??= new FakeWorksheetProtection(this));
  }
  /** The sheet's tables. */
  get tables(): FakeTableCollection {
    return (this.tablesProxy ??= new FakeTableCollection(this.context, () => this.live<SheetState>()));
  }
  /** The sheet's notes (ExcelApi 1.18). */
  get notes(): FakeNoteCollection {
    this.require('1.18', 'notes');
    return new FakeNoteCollection(this.context, () => this.live<SheetState>());
  }
  /** The sheet's comments (ExcelApi 1.10). */
  get comments(): FakeCommentCollection {
    this.require('1.10', 'comments');
    return new FakeCommentCollection(this.context, () => this.live<SheetState>());
  }

  protected child(prop: string): FakeObject | undefined {
    return prop === 'protection' ? this.protection : prop === 'tables' ? this.tables : undefined;
  }
  protected scalarProps(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }
  protected readProp(prop: string, t: unknown): unknown {
    const s = t as SheetState;
    if (prop === 'position') return this.context.fake.state.sheets.indexOf(s);
    return s[prop as 'name' | 'id' | 'visibility'];
  }

  /** Makes the sheet the active one (fake.activeSheet). */
  activate(): void {
    this.queueCall('activate', null, () => {
      const s = this.live<SheetState>();
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', 'Worksheet.activate', 'the sheet is hidden');
      this.context.fake.state.change(this.context.fake.state, 'activeSheet', s);
    });
  }
  /** Deletes the sheet; refused for a very hidden, protected or last visible sheet. */
  delete(): void {
    this.queueCall('delete', null, () => {
      const s = this.live<SheetState>();
      const wb = this.context.fake.state;
      if (s.visibility === 'VeryHidden') throw officeError('InvalidOperation', 'Worksheet.delete', 'the sheet is very hidden');
      // Sheet protection does not keep a sheet from being deleted; workbook structure protection does.
      this.context.fake.guardStructure('Worksheet.delete');
      const rest = wb.sheets.filter((x) => x !== s);
      if (!rest.some((x) => x.visibility === 'Visible'))
        throw officeError('InvalidOperation', 'Worksheet.delete', 'a workbook must keep one visible sheet');
      wb.change(wb, 'sheets', rest);
      wb.change(s, 'deleted', true);
      wb.change(
        wb,
        'tables',
        wb.tables.filter((t) => t.sheet !== s),
      );
      if (wb.activeSheet === s) wb.change(wb, 'activeSheet', rest.find((x) => x.visibility === 'Visible') ?? null);
      if (wb.selection?.sheet === s) wb.change(wb, 'selection', null);
    });
  }
  /** Protects the sheet (ExcelApi 1.2). */
  protect(): void {
    this.queueCall('protect', null, () => this.context.fake.state.change(this.live<SheetState>(), 'protected', true));
  }
  /** Unprotects the sheet (ExcelApi 1.2). */
  unprotect(): void {
    this.queueCall('unprotect', null, () => this.context.fake.state.change(this.live<SheetState>(), 'protected', false));
  }

  /** A range by address: "A1", "A1:B2", "A:C", "1:100"; the whole sheet without one. Bad addresses fail at sync. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.live<SheetState>();
      if (address === undefined || address === '') return { sheet, rect: parseAddress('1:1048576')!.rect };
      const p = parseAddress(address);
      if (!p || (p.sheet && this.context.fake.state.sheet(p.sheet) !== sheet))
        throw officeError('InvalidArgument', 'Worksheet.getRange', address);
      return { sheet, rect: p.rect };
    });
  }
  /** A range by zero-based start and size (ExcelApi 1.7). */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.require('1.7', 'getRangeByIndexes');
    return new FakeRange(this.context, () => {
      const rect = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      if (!inGrid(rect)) throw officeError('InvalidArgument', 'Worksheet.getRangeByIndexes');
      return { sheet: this.live<SheetState>(), rect };
    });
  }
  /** One cell by zero-based row and column. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (!inGrid(cellRect(row, column))) throw officeError('InvalidArgument', 'Worksheet.getCell');
      return { sheet: this.live<SheetState>(), rect: cellRect(row, column) };
    });
  }
  /** The used range; A1 for a blank sheet. valuesOnly ignores formatting-only cells. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => this.used(!!valuesOnly) ?? { sheet: this.live<SheetState>(), rect: cellRect(0, 0) });
  }
  /** The used range, or a null object for a blank sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.require('1.4', 'getUsedRangeOrNullObject');
    return new FakeRange(this.context, () => this.used(!!valuesOnly), true);
  }
  private used(valuesOnly: boolean): RangeTarget | null {
    const sheet = this.live<SheetState>();
    const rect = this.context.fake.state.usedRect(sheet, valuesOnly);
    return rect ? { sheet, rect } : null;
  }
}

/** The fake Excel.WorksheetProtection: `protected`. */
export class FakeWorksheetProtection extends FakeObject {
  constructor(private readonly sheet: FakeWorksheet) {
    super(sheet.context, 'WorksheetProtection');
  }
  target(): SheetState | null {
    return this.sheet.target();
  }
  /** Whether the sheet is protected. */
  get protected(): boolean {
    return this.loaded('protected');
  }
  /** Protects the sheet. */
  protect(): void {
    this.sheet.protect();
  }
  /** Unprotects the sheet. */
  unprotect(): void {
    this.sheet.unprotect();
  }
  protected scalarProps(): string[] {
    return ['protected'];
  }
  protected readProp(_prop: string, t: unknown): unknown {
    return (t as SheetState).protected;
  }
}

/** The fake Excel.WorksheetCollection. */
export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet, SheetState> {
  constructor(context: FakeContext) {
    super(context, 'WorksheetCollection');
  }
  protected list(): SheetState[] {
    return this.context.fake.state.sheets;
  }
  protected make(locate: () => SheetState | null, nullable = false): FakeWorksheet {
    return new FakeWorksheet(this.context, locate, nullable);
  }
  /** A sheet by name (case-insensitive) or id; ItemNotFound at sync when missing. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.fake.state.sheet(key);
      if (!s) throw officeError('ItemNotFound', 'WorksheetCollection.getItem', key);
      return s;
    });
  }
  /** A sheet by name or id, or a null object (ExcelApi 1.4). */
  getItemOrNullObject(key: string): FakeWorksheet {
    this.require('1.4', 'getItemOrNullObject');
    return new FakeWorksheet(this.context, () => this.context.fake.state.sheet(key) ?? null, true);
  }
  /** The active sheet. */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.fake.state.activeSheet;
      if (!s) throw officeError('ItemNotFound', 'WorksheetCollection.getActiveWorksheet');
      return s;
    });
  }
  /** The first sheet (visible only, if asked). */
  getFirst(visibleOnly?: boolean): FakeWorksheet {
    return this.edge('getFirst', visibleOnly, (l) => l[0]);
  }
  /** The last sheet (visible only, if asked). */
  getLast(visibleOnly?: boolean): FakeWorksheet {
    return this.edge('getLast', visibleOnly, (l) => l[l.length - 1]);
  }
  private edge(label: string, visibleOnly: boolean | undefined, pick: (l: SheetState[]) => SheetState | undefined): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = pick(this.list().filter((x) => !visibleOnly || x.visibility === 'Visible'));
      if (!s) throw officeError('ItemNotFound', `WorksheetCollection.${label}`);
      return s;
    });
  }
  /** Adds a sheet at the end ("SheetN" when no name is given); ItemAlreadyExists or InvalidArgument at sync. */
  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.queueCall('add', { name: name ?? null }, () => {
      const wb = this.context.fake.state;
      let n = name;
      if (n === undefined || n === null) for (let i = wb.sheets.length + 1; !n || wb.sheet(n); i++) n = `Sheet${i}`;
      this.context.fake.guardStructure('WorksheetCollection.add');
      if (!validSheetName(n)) throw officeError('InvalidArgument', 'WorksheetCollection.add', n);
      if (wb.sheet(n)) throw officeError('ItemAlreadyExists', 'WorksheetCollection.add', n);
      created = wb.newSheet(n);
      wb.change(wb, 'sheets', [...wb.sheets, created]);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw officeError('ItemNotFound', 'WorksheetCollection.add');
      return created;
    });
  }
}
