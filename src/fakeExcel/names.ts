import { absoluteAddress, parseAddress, quoteSheet, splitSheet } from './address';
import { FakeCollection } from './collection';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { evaluate } from './evaluate';
import { isSupported, parseFormula } from './formula';
import { FakeItem } from './proxy';
import { FakeRange, type RangeTarget } from './range';
import type { NameState } from './state';
import { outward, XlError } from './values';

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

/** The formula of a name, as NamedItem.formula returns it ("=Sheet1!$A$1"; "=#REF!$A$1" once the sheet is gone). */
export function nameFormula(n: NameState): string {
  if (!n.ref) return n.formula ?? '=#REF!';
  const prefix = n.ref.sheet.deleted ? '#REF!' : `${quoteSheet(n.ref.sheet.name)}!`;
  return `=${prefix}${absoluteAddress(n.ref.rect)}`;
}

/** The fake Excel.NamedItem: name, formula (1.7), value, type, visible, comment; delete() (1.4); getRange(). */
export class FakeNamedItem extends FakeItem<NameState> {
  constructor(context: FakeContext, locate: () => NameState | null, nullable = false) {
    super(context, 'NamedItem', locate, nullable);
  }
  protected gone(t: NameState): string | null {
    return this.context.fake.state.names.get(t.name.toLowerCase()) === t ? null : 'the name was deleted';
  }
  /** The name. */
  get name(): string {
    return this.loaded('name');
  }
  /** The formula, starting with "=" (ExcelApi 1.7). */
  get formula(): string {
    return this.loaded('formula');
  }
  /** For a range, its sheet-qualified address; otherwise the formula's value. */
  get value(): unknown {
    return this.loaded('value');
  }
  /** "Range", "String", "Double", "Boolean" or "Error". */
  get type(): string {
    return this.loaded('type');
  }
  /** Whether the Name Manager shows the name (read/write, ExcelApi 1.1). */
  get visible(): boolean {
    return this.loaded('visible');
  }
  set visible(v: boolean) {
    this.queueSet('visible', v, () => this.context.fake.state.change(this.live<NameState>(), 'visible', v === true));
  }
  /** The name's comment (ExcelApi 1.4). */
  get comment(): string {
    return this.loaded('comment');
  }
  set comment(c: string) {
    this.queueSet('comment', c, () => this.context.fake.state.change(this.live<NameState>(), 'comment', String(c)));
  }
  /** Deletes the name (ExcelApi 1.4). */
  delete(): void {
    this.require('1.4', 'delete');
    this.queueCall('delete', null, () => {
      const n = this.live<NameState>();
      this.context.fake.state.mapSet(this.context.fake.state.names, n.name.toLowerCase(), undefined);
    });
  }
  /** The range the name refers to; InvalidOperation at sync when it is not a range. */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const r = this.rangeOf(this.live<NameState>());
      if (!r) throw officeError('InvalidOperation', 'NamedItem.getRange', 'the name is not a range');
      return r;
    });
  }
  /** The range the name refers to, or a null object (ExcelApi 1.4). */
  getRangeOrNullObject(): FakeRange {
    this.require('1.4', 'getRangeOrNullObject');
    return new FakeRange(this.context, () => this.rangeOf(this.live<NameState>()), true);
  }
  private rangeOf(n: NameState): RangeTarget | null {
    return n.ref && !n.ref.sheet.deleted ? { sheet: n.ref.sheet, rect: n.ref.rect } : null;
  }
  protected propVersions(): Record<string, string> {
    return { formula: '1.7', comment: '1.4' };
  }
  protected scalarProps(): string[] {
    return ['name', 'formula', 'value', 'type', 'visible', 'comment'];
  }
  protected readProp(prop: string, t: unknown): unknown {
    const n = t as NameState;
    switch (prop) {
      case 'name':
        return n.name;
      case 'formula':
        return nameFormula(n);
      case 'visible':
        return n.visible ?? true;
      case 'comment':
        return n.comment;
    }
    const v = this.valueOf(n);
    if (prop === 'value') return v;
    if (n.ref) return n.ref.sheet.deleted ? 'Error' : 'Range';
    return typeof v === 'number'
      ? 'Double'
      : typeof v === 'boolean'
        ? 'Boolean'
        : typeof v === 'string' && v.startsWith('#')
          ? 'Error'
          : 'String';
  }
  private valueOf(n: NameState): unknown {
    if (n.ref) return n.ref.sheet.deleted ? '#REF!' : `${quoteSheet(n.ref.sheet.name)}!${absoluteAddress(n.ref.rect)}`;
    try {
      const ast = parseFormula(n.formula ?? '');
      if (!isSupported(ast) || ast.t === 'ref') return n.formula;
      // A constant formula (="text", =1): references to cells are not modelled in names.
      return outward(evaluate(ast, { cell: () => new XlError('#REF!'), cells: () => new XlError('#REF!') }));
    } catch {
      return n.formula;
    }
  }
}

/** The fake Excel.NamedItemCollection (workbook scope). */
export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem, NameState> {
  constructor(context: FakeContext) {
    super(context, 'NamedItemCollection');
  }
  protected list(): NameState[] {
    return [...this.context.fake.state.names.values()];
  }
  protected make(locate: () => NameState | null, nullable = false): FakeNamedItem {
    return new FakeNamedItem(this.context, locate, nullable);
  }
  /** A name; ItemNotFound at sync. */
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const n = this.context.fake.state.names.get(name.toLowerCase());
      if (!n) throw officeError('ItemNotFound', 'NamedItemCollection.getItem', name);
      return n;
    });
  }
  /** A name, or a null object (ExcelApi 1.4). */
  getItemOrNullObject(name: string): FakeNamedItem {
    this.require('1.4', 'getItemOrNullObject');
    return new FakeNamedItem(this.context, () => this.context.fake.state.names.get(name.toLowerCase()) ?? null, true);
  }
  /**
   * Adds a name (ExcelApi 1.4) for a Range, or a formula string starting with "=" ("=Sheet1!$A$1" becomes a range
   * reference). A string without "=" is stored as a text constant, as Excel was reported to do (office-js #2283).
   */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.require('1.4', 'add');
    let created: NameState | null = null;
    this.queueCall('add', { name, reference: typeof reference === 'string' ? reference : '[Range]', comment: comment ?? null }, () => {
      const wb = this.context.fake.state;
      if (typeof name !== 'string' || !NAME.test(name) || parseAddress(name))
        throw officeError('InvalidArgument', 'NamedItemCollection.add', String(name));
      if (wb.names.has(name.toLowerCase())) throw officeError('ItemAlreadyExists', 'NamedItemCollection.add', name);
      const n: NameState = { name, comment: comment ?? '' };
      if (typeof reference !== 'string') {
        const t = reference.live<RangeTarget>();
        n.ref = { sheet: t.sheet, rect: t.rect };
      } else if (reference.startsWith('=')) {
        const { sheet, ref } = splitSheet(reference.slice(1));
        const p = sheet ? parseAddress(ref) : null;
        const s = sheet ? wb.sheet(sheet) : undefined;
        if (p && s) n.ref = { sheet: s, rect: p.rect };
        else n.formula = reference;
      } else n.formula = `="${reference.replace(/"/g, '""')}"`;
      wb.mapSet(wb.names, name.toLowerCase(), n);
      created = n;
    });
    return new FakeNamedItem(this.context, () => {
      if (!created) throw officeError('ItemNotFound', 'NamedItemCollection.add');
      return created;
    });
  }
}
