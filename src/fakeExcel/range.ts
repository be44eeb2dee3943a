import type { Rect } from '../core/grid/address';
import { area, inGrid, intersect, MAX_COLS, MAX_ROWS, parseAddress, sheetAddress } from './address';
import { FakeRangeAreas } from './areas';
import { cellProperties, cellRect, checkShape, writeCells } from './cells';
import { officeError } from './errors';
import { FakeRangeFormat } from './format';
import { MAX_MERGED_AREAS } from './limits';
import { clientResult, FakeItem, FakeObject, type FakeClientResult } from './proxy';
import type { Hyperlink, ProtectedOp, SheetState } from './state';
import { formatValue, outward, valueType } from './values';
import { FakeWorksheet } from './worksheet';

/** What a range proxy resolves to: a sheet and a rectangle of it. */
export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

/** How a range proxy finds its target at apply time: null for an *OrNullObject range that does not exist. */
export type Locate = () => RangeTarget | null;

const SCALARS = [
  'address',
  'addressLocal',
  'cellCount',
  'columnCount',
  'columnIndex',
  'rowCount',
  'rowIndex',
  'values',
  'valueTypes',
  'formulas',
  'formulasLocal',
  'numberFormat',
  'text',
  'hyperlink',
  'isEntireColumn',
  'isEntireRow',
];

/** The fake Excel.Range. Its target is resolved at the first sync that uses it and then kept. */
export class FakeRange extends FakeItem<RangeTarget> {
  private formatProxy?: FakeRangeFormat;

  constructor(context: FakeRange['context'], locate: Locate, nullable = false) {
    super(context, 'Range', locate, nullable);
  }

  protected gone(t: RangeTarget): string | null {
    return t.sheet.deleted ? 'its worksheet was deleted' : null;
  }

  /** A range derived from this one at apply time; the rectangle must stay inside the grid. */
  private derive(label: string, fn: (t: RangeTarget) => RangeTarget | null, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.target();
        if (t === null) return null;
        const d = fn(t);
        if (d && !inGrid(d.rect)) throw officeError('InvalidArgument', `Range.${label}`, 'the range would leave the grid');
        return d;
      },
      nullable,
    );
  }

  // ---- properties -------------------------------------------------------------------------------

  /** "Sheet1!A1:B2", sheet name quoted when needed. */
  get address(): string {
    return this.loaded('address');
  }
  /** Same as address in the fake. */
  get addressLocal(): string {
    return this.loaded('addressLocal');
  }
  /** Zero-based row of the first cell. */
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  /** Zero-based column of the first cell. */
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  /** Number of rows. */
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  /** Number of columns. */
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  /** Number of cells. */
  get cellCount(): number {
    return this.loaded('cellCount');
  }
  /** Whether the range spans whole columns. */
  get isEntireColumn(): boolean {
    return this.loaded('isEntireColumn');
  }
  /** Whether the range spans whole rows. */
  get isEntireRow(): boolean {
    return this.loaded('isEntireRow');
  }
  /** Values; formula cells give their calculated result, errors their code, blanks "". */
  get values(): any[][] {
    return this.loaded('values');
  }
  set values(v: any[][]) {
    this.queueSet('values', v, () => this.writeContent(v, 'values'));
  }
  /** Formulas ("=…"), or the value of a cell without one. */
  get formulas(): any[][] {
    return this.loaded('formulas');
  }
  set formulas(v: any[][]) {
    this.queueSet('formulas', v, () => this.writeContent(v, 'formulas'));
  }
  /** Same as formulas in the fake (English locale). */
  get formulasLocal(): any[][] {
    return this.loaded('formulasLocal');
  }
  set formulasLocal(v: any[][]) {
    this.queueSet('formulasLocal', v, () => this.writeContent(v, 'formulasLocal'));
  }
  /** Number formats; "General" for a cell without one. */
  get numberFormat(): any[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(v: any[][]) {
    this.queueSet('numberFormat', v, () => {
      const { sheet, rect } = this.writable('numberFormat');
      checkShape(v, rect, 'Range.numberFormat');
      const wb = this.context.fake.state;
      v.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f === null || f === undefined) return;
          const format = f === '' || f === 'General' ? undefined : String(f);
          wb.updateCell(sheet, rect.top + r, rect.left + c, (old) => ({ ...old, format }));
        }),
      );
    });
  }
  /** Value types: Empty, String, Double, Boolean, Error. */
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }
  /** Display text under each cell's number format. */
  get text(): string[][] {
    return this.loaded('text');
  }
  /** The first cell's hyperlink, or null. */
  get hyperlink(): Hyperlink {
    return this.loaded('hyperlink');
  }
  set hyperlink(h: Hyperlink) {
    this.queueSet('hyperlink', h, () => {
      const { sheet, rect } = this.writable('hyperlink');
      if (!h || typeof h !== 'object') throw officeError('InvalidArgument', 'Range.hyperlink');
      const link = Object.fromEntries(Object.entries(h).filter(([, x]) => x !== undefined)) as Hyperlink;
      const target = h.address ?? h.documentReference;
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++)
          this.context.fake.state.updateCell(sheet, r, c, (old) => {
            // The cell shows textToDisplay; a blank cell without one shows the target.
            const shown = h.textToDisplay ?? (old.value === undefined && old.formula === undefined ? target : undefined);
            return shown === undefined ? { ...old, link } : { ...old, link, value: shown, formula: undefined, cached: undefined };
          });
    });
  }
  /** The range's formatting. */
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this));
  }
  /** The range's worksheet. */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.live<RangeTarget>().sheet);
  }

  protected child(prop: string): FakeObject | undefined {
    return prop === 'format' ? this.format : undefined;
  }
  protected scalarProps(): string[] {
    return SCALARS;
  }
  protected propVersions(): Record<string, string> {
    return { hyperlink: '1.7', isEntireColumn: '1.7', isEntireRow: '1.7' };
  }
  protected readProp(prop: string, t: unknown): unknown {
    const { sheet, rect } = t as RangeTarget;
    const wb = this.context.fake.state;
    switch (prop) {
      case 'address':
      case 'addressLocal':
        return sheetAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'cellCount':
        return area(rect) > 2 ** 31 - 1 ? -1 : area(rect);
      case 'isEntireColumn':
        return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
      case 'isEntireRow':
        return rect.left === 0 && rect.right === MAX_COLS - 1;
      case 'hyperlink':
        return wb.cell(sheet, rect.top, rect.left)?.link ?? null;
    }
    // Over 5,000,000 cells Excel throws RangeExceedsLimit or, as chosen per fake, reads as null.
    if (this.context.fake.checkReadCells(area(rect), `Range.${prop}`)) return null;
    const calc = wb.calc();
    const out: unknown[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = wb.cell(sheet, r, c);
        const value = () => calc.value(sheet, r, c);
        switch (prop) {
          case 'values':
            row.push(outward(value()));
            break;
          case 'valueTypes':
            row.push(valueType(value()));
            break;
          case 'formulas':
          case 'formulasLocal':
            row.push(cell?.formula ?? outward(cell?.value));
            break;
          case 'numberFormat':
            row.push(cell?.format ?? 'General');
            break;
          case 'text':
            row.push(formatValue(value(), cell?.format));
            break;
        }
      }
      out.push(row);
    }
    return out;
  }

  // ---- methods ----------------------------------------------------------------------------------

  /** The cell at (row, column) relative to the top-left cell; may lie outside the range. */
  getCell(row: number, column: number): FakeRange {
    return this.derive('getCell', ({ sheet, rect }) => ({ sheet, rect: cellRect(rect.top + row, rect.left + column) }));
  }
  /** One row of the range. */
  getRow(row: number): FakeRange {
    return this.derive('getRow', ({ sheet, rect }) => ({ sheet, rect: { ...rect, top: rect.top + row, bottom: rect.top + row } }));
  }
  /** One column of the range. */
  getColumn(column: number): FakeRange {
    return this.derive('getColumn', ({ sheet, rect }) => ({
      sheet,
      rect: { ...rect, left: rect.left + column, right: rect.left + column },
    }));
  }
  /** The same-sized range moved by rows and columns; fails at sync if it leaves the grid. */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive('getOffsetRange', ({ sheet, rect }) => ({
      sheet,
      rect: {
        top: rect.top + rowOffset,
        bottom: rect.bottom + rowOffset,
        left: rect.left + columnOffset,
        right: rect.right + columnOffset,
      },
    }));
  }
  /** The range grown or shrunk at its bottom-right corner (ExcelApi 1.2). */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    this.require('1.2', 'getResizedRange');
    return this.derive('getResizedRange', ({ sheet, rect }) => ({
      sheet,
      rect: { ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns },
    }));
  }
  /** The overlap with another range or address; a null object when there is none (ExcelApi 1.4). */
  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    this.require('1.4', 'getIntersectionOrNullObject');
    return this.derive('getIntersectionOrNullObject', (t) => this.overlap(t, anotherRange), true);
  }
  /** The overlap with another range or address; fails at sync when there is none. */
  getIntersection(anotherRange: FakeRange | string): FakeRange {
    return this.derive('getIntersection', (t) => {
      const o = this.overlap(t, anotherRange);
      if (!o) throw officeError('ItemNotFound', 'Range.getIntersection');
      return o;
    });
  }
  private overlap(t: RangeTarget, other: FakeRange | string): RangeTarget | null {
    let o: RangeTarget | null;
    if (typeof other === 'string') {
      const p = parseAddress(other);
      if (!p || (p.sheet && this.context.fake.state.sheet(p.sheet) !== t.sheet))
        throw officeError('InvalidArgument', 'Range.getIntersection', other);
      o = { sheet: t.sheet, rect: p.rect };
    } else o = other.live<RangeTarget>();
    if (o.sheet !== t.sheet) return null;
    const rect = intersect(t.rect, o.rect);
    return rect ? { sheet: t.sheet, rect } : null;
  }
  /** The used part of the range; fails at sync with ItemNotFound when the range holds no used cell. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derive('getUsedRange', (t) => {
      const used = this.usedPart(t, !!valuesOnly);
      if (!used) throw officeError('ItemNotFound', 'Range.getUsedRange', 'no used cells in the range');
      return used;
    });
  }
  /** The used part of the range, or a null object (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.require('1.4', 'getUsedRangeOrNullObject');
    return this.derive('getUsedRangeOrNullObject', (t) => this.usedPart(t, !!valuesOnly), true);
  }
  /** The bounding box of the used cells inside the range: none when the range holds no used cell. */
  private usedPart(t: RangeTarget, valuesOnly: boolean): RangeTarget | null {
    const rect = this.context.fake.state.usedRect(t.sheet, valuesOnly, t.rect);
    return rect ? { sheet: t.sheet, rect } : null;
  }
  /** The whole columns of the range. */
  getEntireColumn(): FakeRange {
    return this.derive('getEntireColumn', ({ sheet, rect }) => ({ sheet, rect: { ...rect, top: 0, bottom: MAX_ROWS - 1 } }));
  }
  /** The whole rows of the range. */
  getEntireRow(): FakeRange {
    return this.derive('getEntireRow', ({ sheet, rect }) => ({ sheet, rect: { ...rect, left: 0, right: MAX_COLS - 1 } }));
  }
  /**
   * The merged areas whose top-left cell lies in the range, whole (ExcelApi 1.13; office-js issue #3611); a null
   * object when there are none. Fails above 512 areas (the error code is undocumented: InvalidOperation here).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.require('1.13', 'getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this.target();
        if (!t) return null;
        const merges = this.context.fake.state.mergesAnchoredIn(t.sheet, t.rect);
        if (merges.length > MAX_MERGED_AREAS)
          throw officeError('InvalidOperation', 'Range.getMergedAreasOrNullObject', `more than ${MAX_MERGED_AREAS} merged areas`);
        return merges.length ? { sheet: t.sheet, rects: merges } : null;
      },
      true,
    );
  }
  /** Merges the range (or each of its rows, with across); values outside the top-left cell are cleared. */
  merge(across = false): void {
    this.queueCall('merge', { across }, () => {
      const { sheet, rect } = this.writable('merge');
      const wb = this.context.fake.state;
      const rects = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      const kept = sheet.merges.filter((m) => !intersect(m, rect));
      wb.change(sheet, 'merges', [...kept, ...rects.filter((r) => area(r) > 1)]);
      for (const m of rects) {
        const cells: [number, number][] = [];
        wb.eachCellIn(sheet, m, (r, c) => (r !== m.top || c !== m.left) && cells.push([r, c]));
        for (const [r, c] of cells)
          wb.updateCell(sheet, r, c, (old) => ({ ...old, value: undefined, formula: undefined, cached: undefined }));
      }
    });
  }
  /** Unmerges every merged area overlapping the range. */
  unmerge(): void {
    this.queueCall('unmerge', null, () => {
      const { sheet, rect } = this.writable('unmerge');
      this.context.fake.state.change(
        sheet,
        'merges',
        sheet.merges.filter((m) => !intersect(m, rect)),
      );
    });
  }
  /** Clears contents, formats, hyperlinks or all ("All" by default). */
  clear(applyTo: string = 'All'): void {
    this.queueCall('clear', { applyTo }, () => {
      const ops: ProtectedOp[] =
        applyTo === 'Contents' ? ['cells'] : applyTo === 'Formats' ? ['format'] : applyTo === 'All' ? ['cells', 'format'] : ['other'];
      const { sheet, rect } = this.writable('clear', ops);
      const wb = this.context.fake.state;
      const cells: [number, number][] = [];
      wb.eachCellIn(sheet, rect, (r, c) => cells.push([r, c]));
      const contents = applyTo === 'All' || applyTo === 'Contents';
      const formats = applyTo === 'All' || applyTo === 'Formats';
      const links = applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks';
      for (const [r, c] of cells)
        wb.updateCell(sheet, r, c, (old) => ({
          ...old,
          ...(contents ? { value: undefined, formula: undefined, cached: undefined } : {}),
          ...(formats ? { format: undefined, fill: undefined, font: undefined } : {}),
          ...(links ? { link: undefined } : {}),
        }));
    });
  }
  /** Selects the range; the fake records it in fake.selection (it does not activate the sheet). */
  select(): void {
    this.queueCall('select', null, () => {
      const t = this.live<RangeTarget>();
      if (t.sheet.visibility !== 'Visible') throw officeError('InvalidOperation', 'Range.select', 'the sheet is hidden');
      this.context.fake.state.change(this.context.fake.state, 'selection', t);
    });
  }
  /** Per-cell properties (ExcelApi 1.9): address, format.fill.*, format.font.*, format.columnWidth, hyperlink. */
  getCellProperties(cellPropertiesLoadOptions: Record<string, unknown>): FakeClientResult<any[][]> {
    this.require('1.9', 'getCellProperties');
    const opts = cellPropertiesLoadOptions ?? {};
    return clientResult(this.context, 'Range.getCellProperties', opts, () => {
      const { sheet, rect } = this.live<RangeTarget>();
      // Typed non-null like the real API, but null over 5,000,000 cells when the fake is set to read so.
      if (this.context.fake.checkReadCells(area(rect), 'Range.getCellProperties')) return null as never;
      const out: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++)
          row.push(cellProperties(opts, sheet, r, c, this.context.fake.state.cell(sheet, r, c)));
        out.push(row);
      }
      return out;
    });
  }

  /** The target of a write, after the protection check. */
  private writable(what: string, ops?: ProtectedOp[]): RangeTarget {
    const t = this.live<RangeTarget>();
    if (ops) {
      for (const op of ops) this.context.fake.guardWrite(t.sheet, `Range.${what}`, op, t.rect);
      return t;
    }
    const op =
      what === 'numberFormat'
        ? 'format'
        : what === 'hyperlink'
          ? 'hyperlinks'
          : what === 'values' || what === 'formulas'
            ? 'cells'
            : 'other';
    this.context.fake.guardWrite(t.sheet, `Range.${what}`, op, t.rect);
    return t;
  }

  /** Writes values or formulas the way Excel takes typed input (see interpretInput). */
  private writeContent(v: any[][], prop: string): void {
    const { sheet, rect } = this.writable(prop);
    checkShape(v, rect, `Range.${prop}`);
    writeCells(this.context.fake.state, sheet, rect, v, `Range.${prop}`);
  }
}
