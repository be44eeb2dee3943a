import { intersect, parseAddress } from './address';
import { FakeCollection } from './collection';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { FakeItem } from './proxy';
import { FakeRange, type RangeTarget } from './range';
import type { SheetState, TableState } from './state';
import { outward } from './values';

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

/** The fake Excel.Table: name, style, showTotals, its ranges, delete(). */
export class FakeTable extends FakeItem<TableState> {
  constructor(context: FakeContext, locate: () => TableState | null, nullable = false) {
    super(context, 'Table', locate, nullable);
  }
  protected gone(t: TableState): string | null {
    return this.context.fake.state.tables.includes(t) ? null : 'the table was deleted';
  }
  /** The table's name, unique in the workbook. */
  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.queueSet('name', name, () => {
      const t = this.live<TableState>();
      const wb = this.context.fake.state;
      if (typeof name !== 'string' || !NAME.test(name) || parseAddress(name))
        throw officeError('InvalidArgument', 'Table.name', String(name));
      const clash = wb.tables.find((x) => x !== t && x.name.toLowerCase() === name.toLowerCase()) || wb.names.has(name.toLowerCase());
      if (clash) throw officeError('ItemAlreadyExists', 'Table.name', name);
      wb.change(t, 'name', name);
    });
  }
  /** The table style, e.g. "TableStyleMedium2". */
  get style(): string {
    return this.loaded('style');
  }
  set style(style: string) {
    this.queueSet('style', style, () => this.context.fake.state.change(this.live<TableState>(), 'style', String(style)));
  }
  /** Whether the totals row shows (stored only; the fake adds no row). */
  get showTotals(): boolean {
    return this.loaded('showTotals');
  }
  set showTotals(v: boolean) {
    this.queueSet('showTotals', v, () => this.context.fake.state.change(this.live<TableState>(), 'showTotals', !!v));
  }
  /** The whole table. */
  getRange(): FakeRange {
    return this.part((t) => t.rect);
  }
  /** The header row. */
  getHeaderRowRange(): FakeRange {
    return this.part((t) => ({ ...t.rect, bottom: t.rect.top }));
  }
  /** The data rows. */
  getDataBodyRange(): FakeRange {
    return this.part((t) => ({ ...t.rect, top: t.rect.top + 1 }));
  }
  /** Deletes the table and clears its cells. */
  delete(): void {
    this.queueCall('delete', null, () => {
      const t = this.live<TableState>();
      const wb = this.context.fake.state;
      this.context.fake.guardWrite(t.sheet, 'Table.delete', 'other');
      wb.change(
        wb,
        'tables',
        wb.tables.filter((x) => x !== t),
      );
      const cells: [number, number][] = [];
      wb.eachCellIn(t.sheet, t.rect, (r, c) => cells.push([r, c]));
      for (const [r, c] of cells) wb.updateCell(t.sheet, r, c, () => ({}));
    });
  }
  private part(rect: (t: TableState) => RangeTarget['rect']): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.live<TableState>();
      return { sheet: t.sheet, rect: rect(t) };
    });
  }
  protected scalarProps(): string[] {
    return ['name', 'style', 'showTotals'];
  }
  protected readProp(prop: string, t: unknown): unknown {
    return (t as TableState)[prop as 'name' | 'style' | 'showTotals'];
  }
}

/** The fake Excel.TableCollection of a worksheet (or, with no sheet, of the workbook). */
export class FakeTableCollection extends FakeCollection<FakeTable, TableState> {
  constructor(
    context: FakeContext,
    private readonly scope: (() => SheetState) | null,
  ) {
    super(context, 'TableCollection');
  }
  protected list(): TableState[] {
    const all = this.context.fake.state.tables;
    if (!this.scope) return all;
    const s = this.scope();
    return all.filter((t) => t.sheet === s);
  }
  protected make(locate: () => TableState | null, nullable = false): FakeTable {
    return new FakeTable(this.context, locate, nullable);
  }
  /** A table by name; ItemNotFound at sync. */
  getItem(key: string): FakeTable {
    return new FakeTable(this.context, () => {
      const t = this.find(key);
      if (!t) throw officeError('ItemNotFound', 'TableCollection.getItem', key);
      return t;
    });
  }
  /** A table by name, or a null object (ExcelApi 1.4). */
  getItemOrNullObject(key: string): FakeTable {
    this.require('1.4', 'getItemOrNullObject');
    return new FakeTable(this.context, () => this.find(key) ?? null, true);
  }
  private find(key: string): TableState | undefined {
    return this.list().find((t) => t.name.toLowerCase() === key.toLowerCase());
  }
  /**
   * Adds a table over an address or range whose first row holds the headers (blank headers become "ColumnN").
   * It may not overlap another table (InvalidOperation) or merged cells (MergedRangeConflict). hasHeaders=false is not modelled.
   */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableState | null = null;
    this.queueCall('add', { address: typeof address === 'string' ? address : '[Range]', hasHeaders }, () => {
      const wb = this.context.fake.state;
      const { sheet, rect } = this.resolve(address);
      if (!hasHeaders) throw officeError('NotImplemented', 'TableCollection.add', 'the fake models tables with headers only');
      this.context.fake.guardWrite(sheet, 'TableCollection.add', 'other');
      if (wb.tables.some((t) => t.sheet === sheet && intersect(t.rect, rect)))
        throw officeError('InvalidOperation', 'TableCollection.add', 'a table cannot overlap another table');
      if (wb.mergesIn(sheet, rect).length) throw officeError('MergedRangeConflict', 'TableCollection.add');
      const calc = wb.calc();
      const seen = new Set<string>();
      for (let c = rect.left; c <= rect.right; c++) {
        let h = String(outward(calc.value(sheet, rect.top, c)));
        if (h === '') h = `Column${c - rect.left + 1}`;
        let unique = h;
        for (let i = 2; seen.has(unique.toLowerCase()); i++) unique = `${h}${i}`;
        seen.add(unique.toLowerCase());
        if (unique !== h || calc.value(sheet, rect.top, c) === undefined)
          wb.updateCell(sheet, rect.top, c, (old) => ({ ...old, value: unique, formula: undefined, cached: undefined }));
      }
      let name = '';
      for (let i = wb.tables.length + 1; !name || wb.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()); i++)
        name = `Table${i}`;
      created = { name, sheet, rect, style: 'TableStyleMedium2', showTotals: false };
      wb.change(wb, 'tables', [...wb.tables, created]);
    });
    return new FakeTable(this.context, () => {
      if (!created) throw officeError('ItemNotFound', 'TableCollection.add');
      return created;
    });
  }
  private resolve(address: FakeRange | string): RangeTarget {
    if (typeof address !== 'string') return address.live<RangeTarget>();
    const wb = this.context.fake.state;
    const p = parseAddress(address);
    const sheet = p?.sheet ? wb.sheet(p.sheet) : this.scope ? this.scope() : wb.activeSheet;
    if (!p || !sheet) throw officeError('InvalidArgument', 'TableCollection.add', address);
    return { sheet, rect: p.rect };
  }
}
