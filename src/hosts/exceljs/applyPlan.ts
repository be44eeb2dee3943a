import type ExcelJS from 'exceljs';
import { MARK_COLOURS, sheetRef, splitSheetRef, UI, type Plan, type SummaryPlan } from '../../core';
import { cellValue, format, writeHeadedRows } from './summaryCell';

/** Which parts of a plan to apply. */
export interface ApplyParts {
  fill: boolean;
  marks: boolean;
  summary: boolean;
}

// The workbook-level name that marks a summary sheet as written by this tool (shared with the direct reader).
import { SUMMARY_MARKER } from '../summaryMarker';
export { SUMMARY_MARKER };

/** Applies a plan to an exceljs workbook in memory: fills, marks, and the summary sheet. */
export function applyPlan(wb: ExcelJS.Workbook, plan: Plan, parts: ApplyParts): void {
  if (parts.fill) {
    for (const f of plan.fills) {
      const cell = sheet(wb, f.sheet).getCell(f.row + 1, f.col + 1);
      const value = f.value.toNumber();
      cell.value = f.formula ? ({ formula: f.formula, result: value } as ExcelJS.CellFormulaValue) : value;
      if (f.format) restyle(cell, { numFmt: f.format });
    }
  }
  if (parts.marks) {
    clearOwnMarks(wb);
    for (const m of plan.marks) {
      const cell = sheet(wb, m.sheet).getCell(m.row + 1, m.col + 1);
      restyle(cell, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + MARK_COLOURS[m.severity] } } });
      const before = runsOf(cell.note);
      setNote(cell, before.length ? [...before, { text: `\n\n${m.note}` }] : [{ text: m.note }]);
    }
  }
  if (parts.summary) writeSummary(wb, plan.summary);
}

/**
 * Changes part of one cell's style. exceljs gives every cell read with the same style one shared style object, so
 * setting `cell.fill` or `cell.numFmt` would change every cell of the workbook that shares it: the cell gets a copy.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

/**
 * Takes away what an earlier run left in a workbook it reads again (a copy it wrote): its blocks in notes, and the
 * mark colour of those cells, so that a problem since fixed loses its mark and a remaining one is not noted twice.
 */
function clearOwnMarks(wb: ExcelJS.Workbook): void {
  const colours = new Set(Object.values(MARK_COLOURS).map((c) => 'FF' + c));
  for (const ws of wb.worksheets)
    // Empty cells too: a blank 偏差原因 cell is the one most often marked.
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const runs = runsOf(cell.note);
        const at = ownBlockAt(runs.map((r) => r.text).join(''));
        if (at < 0) return;
        setNote(cell, cut(runs, at));
        const fill = cell.fill;
        if (fill?.type === 'pattern' && colours.has((fill.fgColor as { argb?: string } | undefined)?.argb ?? ''))
          restyle(cell, { fill: { type: 'pattern', pattern: 'none' } });
      }),
    );
}

/** Where this tool's block starts in a note (it is always last), or -1. */
function ownBlockAt(note: string): number {
  let at = -1;
  for (const prefix of Object.values(UI.notePrefix)) {
    const i = note.startsWith(prefix) ? 0 : note.indexOf(`\n\n${prefix}`);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} vanished between reading and writing`);
  return ws;
}

/** A note as runs of text, each with its font: a user's bold "审核意见：" stays bold when the tool adds its block. */
function runsOf(note: ExcelJS.Cell['note']): ExcelJS.RichText[] {
  if (!note) return [];
  if (typeof note === 'string') return [{ text: note }];
  return note.texts ?? [];
}

/** The runs before character `at`, without the line breaks that ended them. */
function cut(runs: readonly ExcelJS.RichText[], at: number): ExcelJS.RichText[] {
  const kept: ExcelJS.RichText[] = [];
  let start = 0;
  for (const r of runs) {
    if (start >= at) break;
    kept.push(start + r.text.length <= at ? r : { ...r, text: r.text.slice(0, at - start) });
    start += r.text.length;
  }
  while (kept.length) {
    const last = kept[kept.length - 1];
    const text = last.text.replace(/\n+$/, '');
    if (text) {
      kept[kept.length - 1] = { ...last, text };
      break;
    }
    kept.pop();
  }
  return kept;
}

/** Sets a note from runs: plain text when no run has a font of its own; no note at all when there is no text. */
function setNote(cell: ExcelJS.Cell, runs: ExcelJS.RichText[]): void {
  if (runs.length === 0) dropNote(cell);
  else if (runs.every((r) => !r.font)) cell.note = runs.map((r) => r.text).join('');
  else cell.note = { texts: runs } as ExcelJS.Comment;
}

/**
 * Removes a cell's note. exceljs has no way to but through private fields: the note itself, and the copy of it that a
 * cell read from a file keeps in its value's model, which is what gets written back unless the value is set anew.
 */
function dropNote(cell: ExcelJS.Cell): void {
  const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  delete c._comment;
  if (c._value?.model) delete c._value.model.comment;
}

/** The name of the summary sheet this tool wrote earlier, if any. */
export function ownSummarySheet(wb: ExcelJS.Workbook): string | null {
  const ranges = wb.definedNames.getRanges(SUMMARY_MARKER)?.ranges ?? [];
  for (const r of ranges) {
    const name = splitSheetRef(r)?.sheet;
    if (name && wb.getWorksheet(name)) return name;
  }
  return null;
}

function writeSummary(wb: ExcelJS.Workbook, s: SummaryPlan): void {
  const old = ownSummarySheet(wb);
  if (old) {
    wb.removeWorksheet((wb.getWorksheet(old) as ExcelJS.Worksheet).id);
    wb.definedNames.remove(sheetA1(old), SUMMARY_MARKER);
  }
  let name = s.sheetName;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${s.sheetName} (${i})`;
  const ws = wb.addWorksheet(name);
  wb.definedNames.add(sheetA1(name), SUMMARY_MARKER);
  ws.columns = s.widths.map((width) => ({ width }));
  ws.getCell(1, 1).value = s.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = s.note;

  const t = s.table;
  const rows = t.rows.length ? t.rows : [t.header.map(() => null)];
  ws.addTable({
    name: 'SelfEval_Summary',
    ref: `A${t.top + 1}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: t.header.map((h) => ({ name: h, filterButton: true })),
    rows: rows.map((r) => r.map(cellValue)),
  });
  rows.forEach((r, i) => r.forEach((v, c) => format(ws.getCell(t.top + 2 + i, c + 1), v)));
  const totalsRow = t.top + 1 + rows.length;
  t.totals.forEach((v, c) => {
    const cell = ws.getCell(totalsRow + 1, c + 1);
    cell.value = cellValue(v);
    format(cell, v);
    cell.font = { bold: true };
    cell.border = { top: { style: 'thin' } };
  });

  const f = s.findings;
  ws.getCell(f.top + 1, 1).value = f.title;
  ws.getCell(f.top + 1, 1).font = { bold: true };
  writeHeadedRows(ws, f.top + 2, f.header, f.rows);
}

function sheetA1(name: string): string {
  return sheetRef(name, '$A$1');
}
