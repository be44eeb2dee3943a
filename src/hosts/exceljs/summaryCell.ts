import type ExcelJS from 'exceljs';
import type { SummaryValue } from '../../core';
import { hyperlinkFormula } from '../../core/plan/summary';

/** A summary value as exceljs writes it: text, a number, a formula with its result, or a HYPERLINK formula. */
export function cellValue(v: SummaryValue): ExcelJS.CellValue {
  if (!v) return null;
  switch (v.kind) {
    case 'text':
      return v.text;
    case 'number':
      return v.value.toNumber();
    case 'formula':
      return { formula: v.formula, result: v.value.toNumber() } as ExcelJS.CellFormulaValue;
    case 'link':
      return { formula: hyperlinkFormula(v.sheet, v.cell, v.text), result: v.text } as ExcelJS.CellFormulaValue;
  }
}

/** Gives a cell the number format of its summary value, and a link its look. */
export function format(cell: ExcelJS.Cell, v: SummaryValue): void {
  if (v && (v.kind === 'number' || v.kind === 'formula')) cell.numFmt = v.format;
  if (v?.kind === 'link') cell.font = { color: { argb: 'FF0563C1' }, underline: true };
}

/** Writes a header row (bold) at a 1-based row and the rows of values under it, each with its format; returns the header row. */
export function writeHeadedRows(
  ws: ExcelJS.Worksheet,
  headerRow: number,
  header: readonly string[],
  rows: readonly SummaryValue[][],
): ExcelJS.Row {
  const head = ws.getRow(headerRow);
  header.forEach((h, c) => {
    const cell = head.getCell(c + 1);
    cell.value = h;
    cell.font = { bold: true };
  });
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      const cell = ws.getCell(headerRow + 1 + i, c + 1);
      cell.value = cellValue(v);
      format(cell, v);
    }),
  );
  return head;
}
