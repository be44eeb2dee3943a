import type { Sheet } from '../grid/grid';
import { isBlank } from '../grid/cell';
import type { Form } from '../model';
import { formKindOf, yearOf } from '../vocabulary/classify';
import type { Role } from '../vocabulary/vocabulary';
import type { Anchor, FormLocation } from '../locate/locateForms';
import { readFunds } from './readFunds';
import { fieldValue, readGoals } from './readHead';
import { readTable } from './readTable';
import { Reading } from './reading';

// Labels below a funds header that end its block.
const FUNDS_END: readonly Role[] = ['goals', 'expected', 'achieved', 'after', 'title', 'project'];

/** Reads one located form: its head, funds block, goals, indicator table and total row, and how each was found. */
export function readForm(sheet: Sheet, loc: FormLocation): Form {
  const reading = new Reading();
  const { tableAnchor, title, yearAnchor, goalsAnchor, fundsLabel, fundsHeader, unitCells, headTotal, headerRows, labelRows, left } =
    partsOf(loc);
  const rect = { top: loc.top, bottom: loc.bottom, left, right: rightEdge(sheet, loc) };
  if (title) reading.role('head', 'title', title, title.text);

  const project = fieldValue(sheet, loc, 'project', reading);
  const department = fieldValue(sheet, loc, 'department', reading);
  const agency = fieldValue(sheet, loc, 'agency', reading);
  const fundsEnd = fundsHeader ? endOfFunds(loc, fundsHeader, tableAnchor) : loc.bottom;
  const funds = readFunds(
    sheet,
    {
      label: fundsLabel,
      header: fundsHeader,
      unitCell: unitCells.find((a) => !fundsHeader || a.row <= fundsHeader.row),
      left: rect.left,
      right: loc.right,
      end: fundsEnd,
    },
    reading,
  );
  if (!fundsLabel && !fundsHeader && tableAnchor && numbersAbove(sheet, loc.top, tableAnchor.row, rect.left, loc.right)) {
    reading.unread('fundsBlock', loc.anchors[0], '');
  }
  const goals = goalsAnchor ? readGoals(sheet, loc, goalsAnchor, reading) : null;
  const table = tableAnchor
    ? readTable(
        sheet,
        {
          header: tableAnchor,
          left: rect.left,
          right: loc.right,
          bottom: loc.bottom,
          headerRows,
          labelRows,
          headTotal,
        },
        reading,
      )
    : null;
  const start = loc.anchors[0];
  // A form without a title is told by its funds line: 部门整体支出总额.
  const kind = formKindOf(`${title?.text ?? ''} ${funds.funds?.total?.name ?? ''}`);
  return {
    sheet: sheet.name,
    kind,
    rect,
    start: { row: start.row, col: start.col },
    year: (title && yearOf(title.text)) || (yearAnchor && yearOf(yearAnchor.text)) || null,
    // A 部门整体 form is the unit's own: its unit stands where a project's name would.
    project: project || (kind === 'department' ? agency || department : ''),
    department,
    agency,
    fundsLabel: fundsLabel ? { row: fundsLabel.row, col: fundsLabel.col } : null,
    funds: funds.funds,
    scoresBudget: funds.scores,
    budgetWeight: funds.weight,
    goals,
    indicatorsWeight: table ? table.weight : null,
    indicatorHeader: table ? table.header : null,
    indicators: table ? table.indicators : [],
    total: table ? table.total : null,
    layout: reading.layout,
  };
}

/** The anchors a form's parts are read from, found in one pass over its labels. */
function partsOf(loc: FormLocation) {
  const tableAnchor = loc.anchors.find((a) => a.kind === 'tableHeader');
  const tableRow = tableAnchor ? tableAnchor.row : Infinity;
  let title: Anchor | undefined;
  let yearAnchor: Anchor | undefined;
  let goalsAnchor: Anchor | undefined;
  let fundsLabel: Anchor | undefined;
  let headTotal: Anchor | undefined;
  const fundsHeaders: Anchor[] = [];
  const fundsTotals: number[] = [];
  const unitCells: Anchor[] = [];
  const headerRows = new Set<number>();
  const labelRows = new Set<number>();
  let left = Infinity;
  for (const a of loc.anchors) {
    if (a.col < left) left = a.col;
    if (a.kind === 'tableHeader') headerRows.add(a.row);
    if (a.kind === 'fundsHeader' && a.row < tableRow) fundsHeaders.push(a);
    if (a.kind !== 'label') continue;
    labelRows.add(a.row);
    const roles = a.label.roles;
    const before = a.row < tableRow;
    if (!title && roles.includes('title')) title = a;
    if (!yearAnchor && roles.includes('year')) yearAnchor = a;
    if (!goalsAnchor && before && roles.includes('goals')) goalsAnchor = a;
    if (!fundsLabel && before && roles.includes('funds')) fundsLabel = a;
    if (!headTotal && before && roles.includes('total') && !roles.includes('fundsTotal')) headTotal = a;
    if (roles.includes('fundsTotal')) fundsTotals.push(a.row);
    if (roles.includes('unit')) unitCells.push(a);
  }
  // Of several rows of amount headers (a 年度主要任务 block's 预算数 | 执行数 above the funds), the one over a total line.
  const candidates = fundsLabel ? fundsHeaders.filter((a) => a.row >= fundsLabel.row - 1) : fundsHeaders;
  const overTotal = (h: Anchor) => fundsTotals.some((r) => r > h.row && r <= h.row + 2);
  const fundsHeader = candidates.length > 1 ? (candidates.find(overTotal) ?? candidates[0]) : candidates[0];
  return { tableAnchor, title, yearAnchor, goalsAnchor, fundsLabel, fundsHeader, unitCells, headTotal, headerRows, labelRows, left };
}

/** The last row of the funds block: the row before the next part of the form below its header. */
function endOfFunds(loc: FormLocation, header: Anchor, table: Anchor | undefined): number {
  const next = loc.anchors.find(
    (a) => a.row > header.row + 1 && (a.kind === 'tableHeader' || (a.kind === 'label' && a.label.roles.some((r) => FUNDS_END.includes(r)))),
  );
  return Math.min(next ? next.row - 1 : loc.bottom, table ? table.row - 1 : loc.bottom);
}

/** Whether any number stands between two rows: where a funds block would be, had its labels been understood. */
function numbersAbove(sheet: Sheet, top: number, end: number, left: number, right: number): boolean {
  for (let r = top; r < end; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = left; c <= Math.min(right, row.length - 1); c++) if (typeof row[c]?.v === 'number') return true;
  }
  return false;
}

/** The form's last column: its rightmost non-blank cell or merge, within the columns it may use. */
function rightEdge(sheet: Sheet, loc: FormLocation): number {
  let right = 0;
  for (let r = loc.top; r <= loc.bottom; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = Math.min(row.length - 1, loc.right); c > right; c--) {
      if (!isBlank(row[c])) {
        right = sheet.spanRight(r, c);
        break;
      }
    }
  }
  for (const m of sheet.merges) if (m.top >= loc.top && m.top <= loc.bottom && m.right > right && m.left <= loc.right) right = m.right;
  return right;
}
