import ExcelJS from 'exceljs';
import { parseRange, type Rect } from '../core/grid/address';
import { toCell } from '../hosts/exceljs/toGrid';
import { absoluteAddress, parseAddress, quoteSheet, splitSheet } from './address';
import type { FakeExcel } from './fakeExcel';
import { DEFAULT_WIDTH } from './format';
import type { CellState, Fill, Font, SheetState, WorkbookState } from './state';
import { XlError, type Scalar } from './values';

const MERGE_TYPE = 1; // ExcelJS.ValueType.Merge

/** Marks a workbook description that carries the fake's settings across a save and a reopen. */
const SETTINGS_PREFIX = 'selfeval-fake-settings:';

/** Column width: Excel's characters (as exceljs stores them) to points, and back. */
export function charsToPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}
/** Column width in points to characters. */
export function pointsToChars(points: number): number {
  return (points / 0.75 - 5) / 7;
}

function argbToHex(argb: string | undefined): string | undefined {
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? '#' + argb.slice(2).toUpperCase() : undefined;
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/**
 * Seeds a fake's state from an exceljs workbook: sheets (order, visibility, protection), values, formulas with their
 * cached results, number formats, merges, solid fills, fonts, hyperlinks, notes, column widths, tables, defined names.
 */
export function seedFromWorkbook(fake: FakeExcel, wb: ExcelJS.Workbook): void {
  const st = fake.state;
  if (wb.description?.startsWith(SETTINGS_PREFIX)) {
    for (const [k, v] of Object.entries(JSON.parse(wb.description.slice(SETTINGS_PREFIX.length)) as Record<string, unknown>))
      st.settings.set(k, v);
  }
  for (const ws of wb.worksheets) {
    const sheet = st.newSheet(ws.name);
    sheet.visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
    sheet.protected = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
    st.sheets.push(sheet);
    for (let r = 1; r <= ws.rowCount; r++) {
      ws.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => seedCell(st, sheet, cell, r - 1, c - 1));
    }
    const merges = (ws as unknown as { _merges?: Record<string, Rect> })._merges ?? {};
    sheet.merges = Object.values(merges).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
    (ws.columns ?? []).forEach((col, i) => {
      if (col?.width) sheet.columnWidths.set(i, charsToPoints(col.width));
    });
    for (const t of ws.getTables() as unknown as {
      table: { name: string; ref: string; tableRef?: string; style?: { theme?: string }; totalsRow?: boolean };
    }[]) {
      const rect = parseRange(t.table.tableRef ?? t.table.ref);
      if (rect)
        st.tables.push({
          name: t.table.name,
          sheet,
          rect,
          style: t.table.style?.theme ?? 'TableStyleMedium2',
          showTotals: !!t.table.totalsRow,
        });
    }
  }
  for (const dn of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const { sheet, ref } = splitSheet(dn.ranges[0] ?? '');
    const s = sheet ? st.sheet(sheet) : undefined;
    const p = parseAddress(ref);
    if (s && p) st.names.set(dn.name.toLowerCase(), { name: dn.name, ref: { sheet: s, rect: p.rect }, comment: '' });
  }
  const active = wb.views?.[0]?.activeTab ?? 0;
  st.activeSheet = st.sheets[active] ?? st.sheets.find((s) => s.visibility === 'Visible') ?? null;
}

function seedCell(st: WorkbookState, sheet: SheetState, cell: ExcelJS.Cell, row: number, col: number): void {
  const c: CellState = {};
  if (cell.type !== MERGE_TYPE) {
    const v = toCell(cell.value, cell.numFmt);
    if (v?.f !== undefined) {
      c.formula = '=' + (cell.formula || v.f);
      const cached = v.e !== undefined ? new XlError(v.e) : v.v;
      if (cached !== null) c.cached = cached;
    } else if (v?.e !== undefined) c.value = new XlError(v.e);
    else if (v && v.v !== null) c.value = v.v;
    const link = (cell.value as { hyperlink?: string } | null)?.hyperlink;
    if (typeof link === 'string')
      c.link = link.startsWith('#')
        ? { documentReference: link.slice(1), textToDisplay: String(c.value ?? '') }
        : { address: link, textToDisplay: String(c.value ?? '') };
  }
  if (cell.numFmt && cell.numFmt !== 'General') c.format = cell.numFmt;
  if (cell.protection?.locked === false) c.unlocked = true;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const color = fill?.type === 'pattern' && fill.pattern === 'solid' ? argbToHex(fill.fgColor?.argb) : undefined;
  if (color) c.fill = { color, tintAndShade: 0 };
  const f = cell.font;
  if (f) {
    const font: Font = {};
    if (f.bold) font.bold = true;
    if (f.italic) font.italic = true;
    if (f.underline === true || f.underline === 'single') font.underline = 'Single';
    else if (f.underline === 'double') font.underline = 'Double';
    const fc = argbToHex(f.color?.argb);
    if (fc) font.color = fc;
    if (Object.keys(font).length) c.font = font;
  }
  if (Object.keys(c).length) st.updateCell(sheet, row, col, () => c);
  const note = noteText(cell.note);
  if (note !== undefined) sheet.notes.set(row * 16384 + col, { content: note, author: '' });
}

/** The exceljs value of a stored cell: constant, error, formula with its calculated result, or hyperlink. */
function cellValue(c: CellState, shown: Scalar | undefined): ExcelJS.CellValue {
  const out = (v: Scalar | undefined) => (v instanceof XlError ? ({ error: v.code } as ExcelJS.CellErrorValue) : (v ?? null));
  if (c.formula) return { formula: c.formula.slice(1), result: out(shown) } as ExcelJS.CellFormulaValue;
  if (c.link && c.value !== undefined && !(c.value instanceof XlError)) {
    const hyperlink = c.link.address ?? `#${c.link.documentReference ?? ''}`;
    return { text: String(c.value), hyperlink } as ExcelJS.CellHyperlinkValue;
  }
  return out(c.value) as ExcelJS.CellValue;
}

/**
 * A new exceljs workbook of the fake's state: values, formulas with calculated results, number formats, merges,
 * fills, fonts, notes, hyperlinks, hidden sheets, protection, column widths, defined names (ranges only), tables.
 * Threaded comments are left out. Settings, which Excel keeps in the add-in's web-extension part (exceljs has none),
 * travel in the workbook's description property, so that a save and a reopen keep them as Excel does.
 */
export function buildWorkbook(fake: FakeExcel): ExcelJS.Workbook {
  const st = fake.state;
  const calc = st.calc();
  const wb = new ExcelJS.Workbook();
  if (st.settings.size) wb.description = SETTINGS_PREFIX + JSON.stringify(Object.fromEntries(st.settings));
  for (const s of st.sheets) {
    const state = s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible';
    const ws = wb.addWorksheet(s.name, { state });
    for (const [col, w] of s.columnWidths) if (w !== DEFAULT_WIDTH) ws.getColumn(col + 1).width = pointsToChars(w);
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const t of st.tables.filter((x) => x.sheet === s)) {
      const header: string[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) header.push(String(calc.value(s, t.rect.top, c) ?? `Column${c - t.rect.left + 1}`));
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = t.rect.top + 1; r <= t.rect.bottom; r++) {
        const row: ExcelJS.CellValue[] = [];
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const cell = st.cell(s, r, c);
          row.push(cell ? cellValue(cell, calc.value(s, r, c)) : null);
        }
        rows.push(row);
      }
      ws.addTable({
        name: t.name,
        ref: absoluteAddress({ ...t.rect, bottom: t.rect.top, right: t.rect.left }).replace(/\$/g, ''),
        headerRow: true,
        totalsRow: t.showTotals,
        style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
        columns: header.map((name) => ({ name, filterButton: true })),
        rows,
      });
    }
    const isSlave = (row: number, col: number) =>
      s.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
    for (const [key, c] of s.cells) {
      const row = Math.floor(key / 16384);
      const col = key % 16384;
      const cell = ws.getCell(row + 1, col + 1);
      if (!isSlave(row, col)) cell.value = cellValue(c, calc.value(s, row, col));
      if (c.format) cell.numFmt = c.format;
      if (c.fill) cell.fill = fillOf(c.fill);
      if (c.font) cell.font = fontOf(c.font);
      if (c.unlocked) cell.protection = { locked: false };
    }
    for (const [key, n] of s.notes) ws.getCell(Math.floor(key / 16384) + 1, (key % 16384) + 1).note = n.content;
    if (s.protected) (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true };
  }
  for (const n of st.names.values()) {
    if (n.ref && !n.ref.sheet.deleted) wb.definedNames.add(`${quoteSheet(n.ref.sheet.name)}!${absoluteAddress(n.ref.rect)}`, n.name);
  }
  const active = st.activeSheet ? st.sheets.indexOf(st.activeSheet) : 0;
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
  return wb;
}

function fillOf(f: Fill): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + f.color.slice(1) } };
}

function fontOf(f: Font): Partial<ExcelJS.Font> {
  const out: Partial<ExcelJS.Font> = {};
  if (f.bold) out.bold = true;
  if (f.italic) out.italic = true;
  if (f.underline && f.underline !== 'None') out.underline = f.underline === 'Double' ? 'double' : true;
  if (f.color) out.color = { argb: 'FF' + f.color.slice(1) };
  return out;
}
