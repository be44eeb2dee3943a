import { a1, colName, reviveSummary, sheetRef, type SummaryPlan, type SummaryValue } from '../../core';
import { SUMMARY_KEY, SUMMARY_MARKER, TABLE_NAME } from './keys';
import type { WorkbookRead } from './readWorkbook';

/**
 * Queues the summary sheet. The add-in's own earlier one is cleared and written again in place (a sheet deleted,
 * renamed or hidden could not join the action's undo group); otherwise a new sheet is added, under a name no other
 * sheet has. Text from cells is written under the "@" format, so that "=…" stays text and never becomes a formula.
 * The table is added after its totals row is written: Excel would take a row written right below a table into it.
 * Returns the sheet's name and whether it is new.
 */
export function queueSummary(
  context: Excel.RequestContext,
  s: SummaryPlan,
  read: WorkbookRead,
): { name: string; created: boolean; markerWas: string | null } {
  // A summary sheet the add-in did not record (the CLI's) cannot be brought back once overwritten: it stays.
  const inPlace = read.summaryJson !== null ? read.summarySheet : null;
  let name = inPlace;
  let ws: Excel.Worksheet;
  if (name) {
    ws = context.workbook.worksheets.getItem(name);
    clearSheet(context, ws, read);
  } else {
    const taken = new Set(read.sheets.map((x) => x.name));
    name = s.sheetName;
    for (let i = 2; taken.has(name); i++) name = `${s.sheetName} (${i})`;
    ws = context.workbook.worksheets.add(name);
    if (read.hasMarker) context.workbook.names.getItem(SUMMARY_MARKER).delete();
    context.workbook.names.add(SUMMARY_MARKER, ws.getRange('A1'));
  }
  writeSummary(ws, s, tableName(read, !!inPlace));
  // A hidden summary sheet cannot be activated: the user hid it, and it stays so.
  if (!inPlace || read.sheets.find((x) => x.name === inPlace)?.visible) ws.activate();
  context.workbook.settings.add(SUMMARY_KEY, summaryJson(s));
  return { name, created: !inPlace, markerWas: inPlace ? null : read.summarySheet };
}

/** Clears the summary sheet for a new summary: every table on it (whatever its name now), then its cells. */
function clearSheet(context: Excel.RequestContext, ws: Excel.Worksheet, read: WorkbookRead): void {
  for (const t of read.summaryTables) context.workbook.tables.getItem(t).delete();
  ws.getUsedRange().clear();
}

/** The summary table's name: SelfEval_Summary, unless another sheet's table has it (the CLI's summary, say). */
function tableName(read: WorkbookRead, inPlace: boolean): string {
  const taken = new Set([...read.tableNames].filter((t) => !(inPlace && read.summaryTables.includes(t))));
  let name = TABLE_NAME;
  for (let i = 2; taken.has(name); i++) name = `${TABLE_NAME}_${i}`;
  return name;
}

/** Writes a summary plan on a blank sheet: title, note, the table and its totals, the findings, column widths. */
function writeSummary(ws: Excel.Worksheet, s: SummaryPlan, tableName: string): void {
  writeRow(ws, 0, [{ kind: 'text', text: s.title }]);
  ws.getRange('A1').format.font.bold = true;
  writeRow(ws, 1, [{ kind: 'text', text: s.note }]);
  const t = s.table;
  writeRow(
    ws,
    t.top,
    t.header.map((text) => ({ kind: 'text', text })),
  );
  const rows = t.rows.length ? t.rows : [t.header.map(() => null)];
  rows.forEach((r, i) => writeRow(ws, t.top + 1 + i, r));
  const last = t.top + rows.length;
  writeRow(ws, last + 1, t.totals);
  ws.getRange(`A${last + 2}:${colName(t.header.length - 1)}${last + 2}`).format.font.bold = true;
  const table = ws.tables.add(`A${t.top + 1}:${colName(t.header.length - 1)}${last + 1}`, true);
  table.name = tableName;
  table.style = 'TableStyleMedium2';

  const f = s.findings;
  writeRow(ws, f.top, [{ kind: 'text', text: f.title }]);
  writeRow(
    ws,
    f.top + 1,
    f.header.map((text) => ({ kind: 'text', text })),
  );
  f.rows.forEach((r, i) => writeRow(ws, f.top + 2 + i, r));
  s.widths.forEach((w, c) => (ws.getRange(`${colName(c)}:${colName(c)}`).format.columnWidth = w * 7));
}

/** Writes one row of summary values: formats first (text as "@"), then values or formulas, then links. */
function writeRow(ws: Excel.Worksheet, row: number, values: readonly SummaryValue[]): void {
  if (values.length === 0) return;
  const range = ws.getRange(`${a1(row, 0)}:${a1(row, values.length - 1)}`);
  range.numberFormat = [values.map(formatOf)];
  range.formulas = [values.map(contentOf)];
  values.forEach((v, c) => {
    if (v?.kind === 'link') ws.getRange(a1(row, c)).hyperlink = { documentReference: sheetRef(v.sheet, v.cell), textToDisplay: v.text };
  });
}

function formatOf(v: SummaryValue): string {
  if (!v) return 'General';
  return v.kind === 'number' || v.kind === 'formula' ? v.format : '@';
}

function contentOf(v: SummaryValue): string | number {
  if (!v) return '';
  switch (v.kind) {
    case 'text':
    case 'link':
      return v.text;
    case 'number':
      return v.value.toNumber();
    case 'formula':
      return `=${v.formula}`;
  }
}

/** A summary plan as stored in the workbook: JSON, with its decimals as strings. */
export function summaryJson(s: SummaryPlan): string {
  return JSON.stringify(s);
}

/** Queues putting back the summary an action replaced, or removing the sheet it created, and the setting with it. */
export function queueSummaryRevert(
  context: Excel.RequestContext,
  read: WorkbookRead,
  change: { created: boolean; previous: string | null },
): void {
  const sheet = read.summarySheet;
  if (change.created) {
    if (sheet) context.workbook.worksheets.getItem(sheet).delete();
    if (read.hasMarker) context.workbook.names.getItem(SUMMARY_MARKER).delete();
  } else if (sheet && change.previous) {
    const ws = context.workbook.worksheets.getItem(sheet);
    clearSheet(context, ws, read);
    writeSummary(ws, reviveSummary(change.previous), tableName(read, true));
  }
  if (change.previous) context.workbook.settings.add(SUMMARY_KEY, change.previous);
  else if (read.summaryJson !== null) context.workbook.settings.getItem(SUMMARY_KEY).delete();
}
