import type { Rect } from '../core/grid/address';
import { area, MAX_COLS } from './address';
import { officeError } from './errors';
import { FakeObject } from './proxy';
import type { FakeRange, RangeTarget } from './range';
import type { CellState, Fill, Font, SheetState, WorkbookState } from './state';

const NAMED: Record<string, string> = {
  white: '#FFFFFF',
  black: '#000000',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  pink: '#FFC0CB',
};

/** A colour as Excel stores it ("#RRGGBB", upper case) from "#rrggbb", "rrggbb" or an HTML colour name; throws InvalidArgument. */
export function normalizeColor(c: unknown, where: string): string {
  if (typeof c !== 'string') throw officeError('InvalidArgument', where, 'a colour must be a string');
  const named = NAMED[c.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(c.trim());
  if (!m) throw officeError('InvalidArgument', where, `not a colour: ${c}`);
  return '#' + m[1].toUpperCase();
}

/** A property of a range read the way Excel reads formats: the common value of every cell, or null when they differ. */
export function uniform<T>(wb: WorkbookState, sheet: SheetState, rect: Rect, read: (c: CellState | undefined) => T): T | null {
  let first = true;
  let value: T | null = null;
  let seen = 0;
  const take = (v: T) => {
    if (first) {
      value = v;
      first = false;
    } else if (JSON.stringify(v) !== JSON.stringify(value)) value = null;
  };
  wb.eachCellIn(sheet, rect, (_r, _c, cell) => {
    seen++;
    if (!first && value === null) return;
    take(read(cell));
  });
  if (seen < area(rect)) take(read(undefined));
  return value;
}

/** Applies a change to every cell of a range; a very large range (whole columns…) is refused as not modelled. */
export function eachCell(wb: WorkbookState, sheet: SheetState, rect: Rect, fn: (c: CellState) => CellState, where: string): void {
  if (area(rect) > 1_000_000) throw officeError('NotImplemented', where, 'the fake formats at most 1,000,000 cells at once');
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) wb.updateCell(sheet, r, c, fn);
}

/** The fake Excel.RangeFormat: fill, font, columnWidth. */
export class FakeRangeFormat extends FakeObject {
  private fillProxy?: FakeRangeFill;
  private fontProxy?: FakeRangeFont;

  constructor(readonly range: FakeRange) {
    super(range.context, 'RangeFormat');
  }
  target(): RangeTarget | null {
    return this.range.target();
  }
  /** The fill. */
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.range));
  }
  /** The font. */
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.range));
  }
  /** The width of the columns in points; null when they differ. */
  get columnWidth(): number {
    return this.loaded('columnWidth');
  }
  set columnWidth(w: number) {
    this.queueSet('columnWidth', w, () => {
      const { sheet, rect } = this.range.live<RangeTarget>();
      if (typeof w !== 'number' || !(w >= 0)) throw officeError('InvalidArgument', 'RangeFormat.columnWidth');
      this.context.fake.guardWrite(sheet, 'RangeFormat.columnWidth', 'columns');
      const wb = this.context.fake.state;
      for (let c = rect.left; c <= rect.right; c++) wb.mapSet(sheet.columnWidths, c, w);
    });
  }
  protected child(prop: string): FakeObject | undefined {
    return prop === 'fill' ? this.fill : prop === 'font' ? this.font : undefined;
  }
  protected scalarProps(): string[] {
    return ['columnWidth'];
  }
  protected readProp(_prop: string, t: unknown): unknown {
    const { sheet, rect } = t as RangeTarget;
    const widths = new Set<number>();
    for (let c = rect.left; c <= Math.min(rect.right, MAX_COLS - 1); c++) widths.add(sheet.columnWidths.get(c) ?? DEFAULT_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
  }
}

/** The default column width in points (8.43 characters). */
export const DEFAULT_WIDTH = 48;

/** The fake Excel.RangeFill. No fill reads as color "#FFFFFF" with tintAndShade null, as Excel reports it. */
export class FakeRangeFill extends FakeObject {
  constructor(private readonly range: FakeRange) {
    super(range.context, 'RangeFill');
  }
  target(): RangeTarget | null {
    return this.range.target();
  }
  /** "#RRGGBB"; "#FFFFFF" for no fill. */
  get color(): string {
    return this.loaded('color');
  }
  set color(c: string) {
    this.write('color', c, (f) => ({ ...f, color: normalizeColor(c, 'RangeFill.color'), tintAndShade: f?.tintAndShade ?? 0 }));
  }
  /** The pattern; null for no fill and for solid fills (as reported for Excel), else the pattern set. */
  get pattern(): string | null {
    return this.loaded('pattern');
  }
  set pattern(p: string | null) {
    this.write('pattern', p, (f) => ({ color: '#FFFFFF', ...f, pattern: String(p) }));
  }
  /** The pattern's colour. */
  get patternColor(): string {
    return this.loaded('patternColor');
  }
  set patternColor(c: string) {
    this.write('patternColor', c, (f) => ({ color: '#FFFFFF', ...f, patternColor: normalizeColor(c, 'RangeFill.patternColor') }));
  }
  /** null for no fill, a number (0 unless set) for any fill: the documented way to tell no fill from white. */
  get tintAndShade(): number | null {
    return this.loaded('tintAndShade');
  }
  set tintAndShade(t: number | null) {
    this.write('tintAndShade', t, (f) => {
      if (typeof t !== 'number' || t < -1 || t > 1) throw officeError('InvalidArgument', 'RangeFill.tintAndShade');
      return { color: '#FFFFFF', ...f, tintAndShade: t };
    });
  }
  /** Resets the range to no fill. */
  clear(): void {
    this.queueCall('clear', null, () => {
      const { sheet, rect } = this.range.live<RangeTarget>();
      this.context.fake.guardWrite(sheet, 'RangeFill.clear', 'format');
      const wb = this.context.fake.state;
      const cells: [number, number][] = [];
      wb.eachCellIn(sheet, rect, (r, c, cell) => cell.fill && cells.push([r, c]));
      for (const [r, c] of cells) wb.updateCell(sheet, r, c, ({ fill: _drop, ...rest }) => rest);
    });
  }
  protected propVersions(): Record<string, string> {
    return { pattern: '1.9', patternColor: '1.9', tintAndShade: '1.9' };
  }
  protected scalarProps(): string[] {
    return ['color', 'pattern', 'patternColor', 'tintAndShade'];
  }
  protected readProp(prop: string, t: unknown): unknown {
    const { sheet, rect } = t as RangeTarget;
    return uniform(this.context.fake.state, sheet, rect, (c) => fillProp(c?.fill, prop));
  }
  private write(prop: string, v: unknown, fn: (f: Fill | undefined) => Fill): void {
    this.queueSet(prop, v, () => {
      const { sheet, rect } = this.range.live<RangeTarget>();
      this.context.fake.guardWrite(sheet, `RangeFill.${prop}`, 'format');
      eachCell(this.context.fake.state, sheet, rect, (c) => ({ ...c, fill: fn(c.fill) }), `RangeFill.${prop}`);
    });
  }
}

/** One fill property of a cell as Excel reports it. */
export function fillProp(f: Fill | undefined, prop: string): unknown {
  switch (prop) {
    case 'color':
      return f?.color ?? '#FFFFFF';
    case 'pattern':
      return f?.pattern && f.pattern !== 'Solid' ? f.pattern : null;
    case 'patternColor':
      return f?.patternColor ?? '#000000';
    case 'tintAndShade':
      return f ? (f.tintAndShade ?? 0) : null;
  }
  return undefined;
}

const FONT_DEFAULTS: Required<Font> = { bold: false, italic: false, color: '#000000', underline: 'None' };

/** The fake Excel.RangeFont: bold, italic, color, underline. */
export class FakeRangeFont extends FakeObject {
  constructor(private readonly range: FakeRange) {
    super(range.context, 'RangeFont');
  }
  target(): RangeTarget | null {
    return this.range.target();
  }
  /** Bold; null when mixed. */
  get bold(): boolean {
    return this.loaded('bold');
  }
  set bold(b: boolean) {
    this.write('bold', !!b);
  }
  /** Italic; null when mixed. */
  get italic(): boolean {
    return this.loaded('italic');
  }
  set italic(b: boolean) {
    this.write('italic', !!b);
  }
  /** "#RRGGBB". */
  get color(): string {
    return this.loaded('color');
  }
  set color(c: string) {
    this.write('color', normalizeColor(c, 'RangeFont.color'));
  }
  /** "None", "Single", "Double"… */
  get underline(): string {
    return this.loaded('underline');
  }
  set underline(u: string) {
    this.write('underline', u);
  }
  protected scalarProps(): string[] {
    return Object.keys(FONT_DEFAULTS);
  }
  protected readProp(prop: string, t: unknown): unknown {
    const { sheet, rect } = t as RangeTarget;
    return uniform(this.context.fake.state, sheet, rect, (c) => fontProp(c?.font, prop));
  }
  private write<K extends keyof Font>(prop: K, v: Font[K]): void {
    this.queueSet(prop, v, () => {
      const { sheet, rect } = this.range.live<RangeTarget>();
      this.context.fake.guardWrite(sheet, `RangeFont.${prop}`, 'format');
      eachCell(this.context.fake.state, sheet, rect, (c) => ({ ...c, font: { ...c.font, [prop]: v } }), `RangeFont.${prop}`);
    });
  }
}

/** One font property of a cell, with Excel's defaults. */
export function fontProp(f: Font | undefined, prop: string): unknown {
  return f?.[prop as keyof Font] ?? FONT_DEFAULTS[prop as keyof Font];
}
