import { a1, colName, sheetRef, type SummaryPlan, type SummaryValue } from '../../core';
import { SUMMARY_MARKER, SUMMARY_PRINT_KEY, type WorkbookRead } from './readWorkbook';

/** The name the earlier summary sheet is kept under, hidden, until the next action (so Revert can bring it back). */
const KEPT_NAME = 'SelfEval previous summary';
/** The summary's Excel table, as the CLI names it too. */
export const TABLE_NAME = 'SelfEval_Summary';

/** An earlier summary sheet set aside: its hidden name, its own name, and the name its table was moved to. */
export interface KeptSummary {
  hidden: string;
  name: string;
  table: string | null;
}

/**
 * Queues the summary sheet: sets the add-in's own earlier one aside, hidden (never touching a user's sheet of the
 * same name), writes the table, its totals and the findings, with links, and marks the sheet as the add-in's.
 * Text from cells is written under the "@" format, so that "=…" stays text and never becomes a formula.
 */
export function queueSummary(
  context: Excel.RequestContext,
  s: SummaryPlan,
  read: WorkbookRead,
): { name: string; kept: KeptSummary | null } {
  const names = context.workbook.names;
  if (read.hasMarker) names.getItem(SUMMARY_MARKER).delete();
  const taken = new Set(read.sheets.map((x) => x.name).filter((n) => n !== read.summarySheet));
  let kept: KeptSummary | null = null;
  if (read.summarySheet) {
    let hidden = KEPT_NAME;
    for (let i = 2; taken.has(hidden); i++) hidden = `${KEPT_NAME} ${i}`;
    taken.add(hidden);
    const old = context.workbook.worksheets.getItem(read.summarySheet);
    old.name = hidden;
    old.visibility = 'VeryHidden';
    // Table names are unique in a workbook: the kept sheet's table steps aside for the new one.
    let table: string | null = null;
    if (read.tableNames.has(TABLE_NAME)) {
      table = TABLE_NAME;
      for (let i = 2; read.tableNames.has(table); i++) table = `SelfEval_Previous_${i}`;
      context.workbook.tables.getItem(TABLE_NAME).name = table;
    }
    kept = { hidden, name: read.summarySheet, table };
  }
  let name = s.sheetName;
  for (let i = 2; taken.has(name); i++) name = `${s.sheetName} (${i})`;
  const ws = context.workbook.worksheets.add(name);
  names.add(SUMMARY_MARKER, ws.getRange('A1'));

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
  const table = ws.tables.add(`A${t.top + 1}:${colName(t.header.length - 1)}${last + 1}`, true);
  table.name = TABLE_NAME;
  table.style = 'TableStyleMedium2';
  writeRow(ws, last + 1, t.totals);
  ws.getRange(`A${last + 2}:${colName(t.header.length - 1)}${last + 2}`).format.font.bold = true;

  const f = s.findings;
  writeRow(ws, f.top, [{ kind: 'text', text: f.title }]);
  writeRow(
    ws,
    f.top + 1,
    f.header.map((text) => ({ kind: 'text', text })),
  );
  f.rows.forEach((r, i) => writeRow(ws, f.top + 2 + i, r));
  s.widths.forEach((w, c) => (ws.getRange(`${colName(c)}:${colName(c)}`).format.columnWidth = w * 7));
  return { name, kept };
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

/** A fingerprint of a summary's content (FNV-1a of its JSON): the same workbook gives the same summary. */
export function summaryPrint(s: SummaryPlan): string {
  const text = JSON.stringify(s);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}:${h.toString(16)}`;
}

/** Queues remembering the fingerprint of the summary just written. */
export function queueSummaryPrint(context: Excel.RequestContext, s: SummaryPlan): void {
  context.workbook.settings.add(SUMMARY_PRINT_KEY, summaryPrint(s));
}
