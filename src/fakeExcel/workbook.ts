import type { FakeContext } from './context';
import { officeError } from './errors';
import { FakeNamedItemCollection } from './names';
import { FakeCommentCollection, FakeNoteCollection } from './notes';
import { FakeObject } from './proxy';
import { cellRect } from './cells';
import { FakeRange } from './range';
import { FakeSettingCollection } from './settings';
import { FakeTableCollection } from './tables';
import { FakeWorksheetCollection } from './worksheet';

/** The fake Excel.Workbook: worksheets, names, settings (1.4), tables, comments (1.10), notes (1.18), the selection. */
export class FakeWorkbook extends FakeObject {
  /** The sheets. */
  readonly worksheets: FakeWorksheetCollection;
  /** Workbook-scoped defined names. */
  readonly names: FakeNamedItemCollection;
  /** Every table. */
  readonly tables: FakeTableCollection;
  private settingsProxy?: FakeSettingCollection;

  constructor(context: FakeContext) {
    super(context, 'Workbook');
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.tables = new FakeTableCollection(context, null);
  }
  target(): object {
    return this.context.fake.state;
  }
  /** The add-in's settings stored in the document (ExcelApi 1.4). */
  get settings(): FakeSettingCollection {
    this.require('1.4', 'settings');
    return (this.settingsProxy ??= new FakeSettingCollection(this.context));
  }
  /** The workbook's structure protection (ExcelApi 1.2). */
  get protection(): FakeWorkbookProtection {
    this.require('1.2', 'protection');
    return new FakeWorkbookProtection(this.context);
  }
  /** Threaded comments (ExcelApi 1.10); string addresses must name the sheet. */
  get comments(): FakeCommentCollection {
    this.require('1.10', 'comments');
    return new FakeCommentCollection(this.context, null);
  }
  /** Notes (ExcelApi 1.18); string addresses must name the sheet. */
  get notes(): FakeNoteCollection {
    this.require('1.18', 'notes');
    return new FakeNoteCollection(this.context, null);
  }
  /** The selected range (fake.selection; A1 of the active sheet when nothing was selected). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const wb = this.context.fake.state;
      if (wb.selection) return wb.selection;
      if (!wb.activeSheet) throw officeError('ItemNotFound', 'Workbook.getSelectedRange');
      return { sheet: wb.activeSheet, rect: cellRect(0, 0) };
    });
  }
  protected child(prop: string): FakeObject | undefined {
    if (prop === 'protection') return this.protection;
    return prop === 'worksheets' ? this.worksheets : prop === 'names' ? this.names : prop === 'tables' ? this.tables : undefined;
  }
  protected scalarProps(): string[] {
    return [];
  }
  protected readProp(): unknown {
    return undefined;
  }
}

/** The fake Excel.WorkbookProtection: whether the structure is protected (set it with fake.protectStructure()). */
export class FakeWorkbookProtection extends FakeObject {
  constructor(context: FakeContext) {
    super(context, 'WorkbookProtection');
  }
  target(): object {
    return this.context.fake.state;
  }
  /** Whether the workbook's structure is protected. */
  get protected(): boolean {
    return this.loaded('protected');
  }
  protected scalarProps(): string[] {
    return ['protected'];
  }
  protected readProp(): unknown {
    return this.context.fake.state.structureProtected;
  }
}
