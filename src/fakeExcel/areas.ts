import type { Rect } from '../core/grid/address';
import { area, sheetAddress } from './address';
import { FakeCollection } from './collection';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { FakeItem, FakeObject } from './proxy';
import { FakeRange, type RangeTarget } from './range';
import type { SheetState } from './state';

/** What a RangeAreas proxy resolves to: rectangles of one sheet. */
export interface AreasTarget {
  sheet: SheetState;
  rects: Rect[];
}

/** The fake Excel.RangeAreas: address ("Sheet1!A1:B2, Sheet1!C3:D4"), areaCount, cellCount, areas. */
export class FakeRangeAreas extends FakeItem<AreasTarget> {
  private areasProxy?: FakeRangeCollection;

  constructor(context: FakeContext, locate: () => AreasTarget | null, nullable = false) {
    super(context, 'RangeAreas', locate, nullable);
  }
  protected gone(): string | null {
    return null; // its ranges' sheets are checked when the ranges are used
  }
  /** Each area sheet-qualified, joined by fake.areasSeparator (", " as the typings document). */
  get address(): string {
    return this.loaded('address');
  }
  /** The number of areas. */
  get areaCount(): number {
    return this.loaded('areaCount');
  }
  /** The number of cells in all areas. */
  get cellCount(): number {
    return this.loaded('cellCount');
  }
  /** The areas as ranges: load('areas/items/address'). */
  get areas(): FakeRangeCollection {
    return (this.areasProxy ??= new FakeRangeCollection(this.context, () => {
      const t = this.target();
      return t ? t.rects.map((rect) => ({ sheet: t.sheet, rect })) : [];
    }));
  }
  protected child(prop: string): FakeObject | undefined {
    return prop === 'areas' ? this.areas : undefined;
  }
  protected scalarProps(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  protected readProp(prop: string, t: unknown): unknown {
    const { sheet, rects } = t as AreasTarget;
    if (prop === 'address') return rects.map((r) => sheetAddress(sheet.name, r)).join(this.context.fake.areasSeparator);
    if (prop === 'areaCount') return rects.length;
    return rects.reduce((n, r) => n + area(r), 0);
  }
}

/** The fake Excel.RangeCollection. */
export class FakeRangeCollection extends FakeCollection<FakeRange, RangeTarget> {
  constructor(
    context: FakeContext,
    private readonly ranges: () => RangeTarget[],
  ) {
    super(context, 'RangeCollection');
  }
  protected list(): RangeTarget[] {
    return this.ranges();
  }
  protected make(locate: () => RangeTarget | null, nullable = false): FakeRange {
    return new FakeRange(this.context, locate, nullable);
  }
  /** The range at an index. */
  getItemAt(index: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.ranges()[index];
      if (!t) throw officeError('ItemNotFound', 'RangeCollection.getItemAt');
      return t;
    });
  }
}
