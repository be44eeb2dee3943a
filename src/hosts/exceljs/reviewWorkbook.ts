import ExcelJS from 'exceljs';
import type { ReviewPlan, ValueTable } from '../../core/plan/review';
import type { SummaryValue } from '../../core';
import { REVIEW } from '../../core/i18n/reviewText';
import { REVIEW_MARKER } from '../reviewMarker';
import { cellValue, format, writeHeadedRows } from './summaryCell';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/**
 * A new workbook of a review: the forms (an Excel table with a totals row), every finding, and the files that could not
 * be read, each on a sheet of its own.
 */
export function reviewWorkbook(plan: ReviewPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SelfEval';
  writeForms(wb, plan);
  wb.definedNames.add(`'${plan.forms.sheetName}'!$A$1`, REVIEW_MARKER);
  writeList(wb.addWorksheet(plan.findings.sheetName), plan.findings);
  writeList(wb.addWorksheet(plan.unreadable.sheetName), plan.unreadable);
  return wb;
}

function writeForms(wb: ExcelJS.Workbook, plan: ReviewPlan): void {
  const t = plan.forms;
  const overallLabel = REVIEW.overallRate[plan.lang];
  const ws = wb.addWorksheet(t.sheetName, { views: [{ state: 'frozen', ySplit: 3, xSplit: 2 }] });
  ws.columns = t.widths.map((width) => ({ width }));
  ws.getCell(1, 1).value = plan.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = plan.note;
  // A table needs a row: a review without any form gets one blank row under its header.
  const rows = t.rows.length ? t.rows : [t.header.map(() => null)];
  const top = 3;
  // The totals row holds only what a table totals itself (SUBTOTAL of a column). A custom formula in a table's totals row
  // is what Excel "repairs" away in files from other writers, and exceljs does not write one: the overall 执行率 and
  // its note stand on the row under the table instead.
  ws.addTable({
    name: t.tableName,
    ref: `A${top}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: t.header.map((name, c) => totalsColumn(name, t.totals[c], c, t.sums.includes(c))),
    rows: rows.map((r) => r.map(cellValue)),
  });
  rows.forEach((r, i) => r.forEach((v, c) => format(ws.getCell(top + 1 + i, c + 1), v)));
  const totalsRow = ws.getRow(top + 1 + rows.length);
  const under = ws.getRow(top + 2 + rows.length);
  t.totals.forEach((v, c) => {
    if (t.sums.includes(c)) {
      format(totalsRow.getCell(c + 1), v);
      totalsRow.getCell(c + 1).font = { bold: true };
    } else if (c > 0 && v) {
      const cell = under.getCell(c + 1);
      cell.value = cellValue(v);
      format(cell, v);
      under.getCell(1).value = overallLabel;
    }
  });
  totalsRow.getCell(1).font = { bold: true };
  t.passes.forEach((ok, i) => {
    if (!ok) ws.getCell(top + 1 + i, t.header.length).font = { color: { argb: 'FFC00000' }, bold: true };
  });
}

/** A column of the forms table, with what its totals row shows: the label, the column's sum, or nothing. */
function totalsColumn(name: string, total: SummaryValue, c: number, sums: boolean): ExcelJS.TableColumnProperties {
  if (c === 0) return { name, filterButton: true, totalsRowLabel: total?.kind === 'text' ? total.text : '' };
  if (sums && total?.kind === 'formula') {
    return { name, filterButton: true, totalsRowFunction: 'sum', totalsRowResult: total.value.toNumber() } as ExcelJS.TableColumnProperties;
  }
  return { name, filterButton: true, totalsRowFunction: 'none' };
}

function writeList(ws: ExcelJS.Worksheet, t: ValueTable): void {
  ws.columns = t.widths.map((width) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const header = writeHeadedRows(ws, 1, t.header, t.rows);
  t.header.forEach((_h, c) => (header.getCell(c + 1).fill = HEADER_FILL));
  if (!t.rows.length) ws.getCell(2, 1).value = t.empty;
  else ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: t.rows.length + 1, column: t.header.length } };
}
