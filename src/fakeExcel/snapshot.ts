import { a1, colName } from '../core/grid/address';
import { rectAddress } from './address';
import { DEFAULT_WIDTH } from './format';
import { nameFormula } from './names';
import { keyCell, type Calc, type Font, type Hyperlink, type SheetState, type WorkbookState } from './state';
import { outward } from './values';

/** One cell in a snapshot: what Range.values shows, the formula, and what differs from a fresh cell. */
export interface CellSnapshot {
  value?: number | string | boolean;
  formula?: string;
  format?: string;
  /** "#RRGGBB"; a non-solid pattern or a tint is appended: "#RRGGBB/Gray50/0.2". */
  fill?: string;
  font?: Font;
  link?: Hyperlink;
  note?: string;
  comment?: string;
}

/** One sheet in a snapshot. */
export interface SheetSnapshot {
  name: string;
  visibility: string;
  protected: boolean;
  /** By A1 address, row by row. */
  cells: Record<string, CellSnapshot>;
  merges: string[];
  tables: { name: string; range: string; style: string; showTotals: boolean }[];
  /** Column widths in points (2 decimals) that differ from the default, by column letters. */
  columnWidths: Record<string, number>;
}

/** The whole workbook as plain, sorted JSON data, for equality assertions. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Defined names and their formulas, sorted by name. */
  names: Record<string, string>;
  /** Settings sorted by key. */
  settings: Record<string, unknown>;
  activeSheet: string | null;
}

/** Takes a stable, sorted snapshot of a workbook state; formula cells show their calculated values. */
export function takeSnapshot(wb: WorkbookState): WorkbookSnapshot {
  const calc = wb.calc();
  const sheets = wb.sheets.map((s) => sheetSnapshot(wb, s, calc));
  const names: Record<string, string> = {};
  for (const n of [...wb.names.values()].sort((x, y) => x.name.localeCompare(y.name))) names[n.name] = nameFormula(n);
  const settings: Record<string, unknown> = {};
  for (const k of [...wb.settings.keys()].sort()) settings[k] = wb.settings.get(k);
  return { sheets, names, settings, activeSheet: wb.activeSheet?.name ?? null };
}

/** The sheets' names and visibility, and one sheet's snapshot. */
export interface SheetView {
  sheets: { name: string; visibility: string }[];
  shown: SheetSnapshot | null;
}

/** What a view of one sheet needs (the first sheet when `name` is none), at one sheet's cost. */
export function takeSheetView(wb: WorkbookState, name: string): SheetView {
  const sheet = wb.sheets.find((s) => s.name === name) ?? wb.sheets[0];
  return {
    sheets: wb.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    shown: sheet ? sheetSnapshot(wb, sheet, wb.calc()) : null,
  };
}

function sheetSnapshot(wb: WorkbookState, s: SheetState, calc: Calc): SheetSnapshot {
  const keys = new Set([...s.cells.keys(), ...s.notes.keys(), ...s.comments.keys()]);
  const cells: Record<string, CellSnapshot> = {};
  for (const key of [...keys].sort((x, y) => x - y)) {
    const { row, col } = keyCell(key);
    const c = s.cells.get(key);
    const out: CellSnapshot = {};
    const v = calc.value(s, row, col);
    if (v !== undefined && v !== '') out.value = outward(v);
    if (c?.formula) out.formula = c.formula;
    if (c?.format) out.format = c.format;
    if (c?.fill) {
      const extra = [
        c.fill.pattern && c.fill.pattern !== 'Solid' ? c.fill.pattern : '',
        c.fill.tintAndShade ? String(c.fill.tintAndShade) : '',
      ];
      out.fill = [c.fill.color, ...extra].join('/').replace(/\/+$/, '');
    }
    if (c?.font && Object.keys(c.font).length) out.font = sortKeys(c.font);
    if (c?.link) out.link = sortKeys(c.link);
    const note = s.notes.get(key);
    if (note) out.note = note.content;
    const comment = s.comments.get(key);
    if (comment) out.comment = comment.content;
    if (Object.keys(out).length) cells[a1(row, col)] = out;
  }
  const widths: Record<string, number> = {};
  for (const col of [...s.columnWidths.keys()].sort((x, y) => x - y)) {
    const w = s.columnWidths.get(col) as number;
    if (w !== DEFAULT_WIDTH) widths[colName(col)] = Math.round(w * 100) / 100;
  }
  return {
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    cells,
    merges: [...s.merges].sort((x, y) => x.top - y.top || x.left - y.left).map(rectAddress),
    tables: wb.tables
      .filter((t) => t.sheet === s)
      .map((t) => ({ name: t.name, range: rectAddress(t.rect), style: t.style, showTotals: t.showTotals }))
      .sort((x, y) => x.name.localeCompare(y.name)),
    columnWidths: widths,
  };
}

function sortKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))) as T;
}
