import type { Sheet } from '../grid/grid';
import { cellText } from '../grid/cell';
import { classify, endsField, opensField, type Label } from '../vocabulary/classify';
import type { Role } from '../vocabulary/vocabulary';
import { COLUMN_ROLES, HEADER_ROLES, headerKind, type HeaderKind } from './headerRows';

/** A label found on a sheet, or a header row found from its labels. */
export interface Anchor {
  /** A header row ('fundsHeader', 'tableHeader'), or a label whose roles are in `label`. */
  kind: HeaderKind | 'label';
  row: number;
  col: number;
  text: string;
  /** The label's roles and marks; for a header row, its first label's. */
  label: Label;
}

/** Where one form lies on a sheet: its labels, in reading order, from its first row to its last. */
export interface FormLocation {
  /** First row of the form (its title or first label). */
  top: number;
  /** Last row of the form: its total row, or the row before the next form. */
  bottom: number;
  /** Last column the form may use: the one before a form laid beside it, else the sheet's last. */
  right: number;
  /** Every label and header row inside the form, in reading order. */
  anchors: Anchor[];
}

/** The parts of a form in their order; an earlier part, or a part seen again away from its first sight, starts the next form. */
type Part = 'title' | 'project' | 'funds' | 'table' | 'total';
const RANK: Record<Part, number> = { title: 0, project: 1, funds: 2, table: 4, total: 5 };
// Two sights of one part this many rows apart or closer are one sight: a title over two rows, a funds label over its header.
const SAME_SIGHT = 3;

/** Finds every 绩效自评表 on a sheet by its labels; a sheet with no form gives an empty list. */
export function locateForms(sheet: Sheet): FormLocation[] {
  const anchors = scan(sheet);
  const bands = bandsOf(anchors, sheet.colCount - 1);
  // A sheet of one band (forms one under another, the usual case) reads its anchors as they are, without a copy.
  if (bands.length === 1) return formsIn(anchors, sheet, bands[0][1]);
  return bands.flatMap(([left, right]) =>
    formsIn(
      anchors.filter((a) => a.col >= left && a.col <= right),
      sheet,
      right,
    ),
  );
}

/** Whether an anchor is a label naming a role. */
export function isLabel(a: Anchor, role: Role): boolean {
  return a.kind === 'label' && a.label.roles.includes(role);
}

function partOf(a: Anchor, tableSeen: boolean): Part | null {
  if (a.kind === 'fundsHeader') return 'funds';
  if (a.kind === 'tableHeader') return 'table';
  const roles = a.label.roles;
  if (roles.includes('title')) return 'title';
  // The head's fields: 项目名称, or a 部门整体 form's 单位名称 / 主管部门 where it has no 项目名称.
  if (roles.includes('project') || roles.includes('agency') || roles.includes('department')) return 'project';
  if (roles.includes('funds')) return 'funds';
  // 合计 and 总分 close a form only under its table: above it, 合计 is the funds block's total line.
  if (tableSeen && roles.includes('total')) return 'total';
  return null;
}

// Forms laid side by side are told apart by their funds blocks and indicator headers: one of them a few rows from
// another of its kind further left. Forms one under another stand a whole form apart.
const NEAR_ROWS = 6;

/**
 * The column bands of forms laid side by side, left to right. A band ends before a funds block or an indicator header
 * that stands within a few rows of another of its kind further left, when each side holds a funds header and an
 * indicator header of its own. A sheet of forms one under another is one band.
 */
function bandsOf(anchors: readonly Anchor[], lastCol: number): [number, number][] {
  const cuts = new Set<number>();
  for (const kind of ['fundsLabel', 'fundsHeader', 'tableHeader'] as const) {
    const ofKind = anchors.filter((a) => sideBySideKind(a) === kind);
    // The same label in the next column is one label over two cells, not a second form.
    for (const b of ofKind) if (ofKind.some((a) => a.col < b.col - 1 && Math.abs(a.row - b.row) <= NEAR_ROWS)) cuts.add(b.col);
  }
  const bands: [number, number][] = [];
  let left = 0;
  for (const cut of [...cuts].sort((x, y) => x - y)) {
    if (holdsForm(anchors, left, cut - 1) && holdsForm(anchors, cut, lastCol)) {
      bands.push([left, cut - 1]);
      left = cut;
    }
  }
  bands.push([left, lastCol]);
  return bands;
}

function sideBySideKind(a: Anchor): 'fundsLabel' | HeaderKind | null {
  if (a.kind !== 'label') return a.kind;
  return isLabel(a, 'funds') ? 'fundsLabel' : null;
}

// A band holds a form when a funds header and an indicator header start in it: a funds label alone may stand a column or
// two left of its own form's headers.
function holdsForm(anchors: readonly Anchor[], left: number, right: number): boolean {
  const within = (kind: HeaderKind) => anchors.some((a) => a.kind === kind && a.col >= left && a.col <= right);
  return within('fundsHeader') && within('tableHeader');
}

interface Open {
  anchors: Anchor[];
  last: number;
  top: number;
  /** The row each part was last seen on. */
  seen: Partial<Record<Part, number>>;
  hasTotal: boolean;
}

function formsIn(anchors: readonly Anchor[], sheet: Sheet, right: number): FormLocation[] {
  const forms: FormLocation[] = [];
  let cur: Open | null = null;
  for (const a of anchors) {
    const part = partOf(a, cur?.seen.table !== undefined);
    if (part) {
      const rank = RANK[part];
      const lastSeen = cur?.seen[part];
      // A part seen again close to where it was is the same part (a label repeated along its row, a funds label over its
      // header). Otherwise a title, 项目名称 or funds block seen again, or one of them after a later part, starts the
      // next form, and so does anything after a total row; an indicator header repeated inside a table (a page-break
      // header row) does not.
      const again = lastSeen !== undefined && a.row - lastSeen > (part === 'total' ? 0 : SAME_SIGHT);
      const starts = !cur || (cur.hasTotal && part !== 'total') || (rank <= 2 && (again || rank < cur.last));
      if (starts) {
        if (cur) forms.push(close(cur, a.row - 1, right));
        cur = { anchors: [], last: -1, top: a.row, seen: {}, hasTotal: false };
      }
      const open = cur as Open;
      if (rank > open.last) open.last = rank;
      open.seen[part] = a.row;
      if (part === 'total') open.hasTotal = true;
    }
    if (cur) cur.anchors.push(a);
  }
  if (cur) forms.push(close(cur, sheet.rowCount - 1, right));
  return forms.filter(isForm);
}

/**
 * A form is recognised by what no other kind of sheet is likely to hold: an indicator header, or a funds block with its
 * label, or a title with another part of a form (a lone title is a heading in a notes sheet).
 */
function isForm(f: FormLocation): boolean {
  const has = (p: (a: Anchor) => boolean) => f.anchors.some(p);
  if (has((a) => a.kind === 'tableHeader')) return true;
  if (has((a) => isLabel(a, 'funds'))) return true;
  return has((a) => isLabel(a, 'title')) && has((a) => a.kind === 'fundsHeader' || isLabel(a, 'project'));
}

function close(cur: Open, lastRow: number, right: number): FormLocation {
  let bottom = lastRow;
  if (cur.hasTotal && cur.seen.total !== undefined) {
    bottom = cur.seen.total;
    cur.anchors = cur.anchors.filter((a) => a.row <= bottom);
  }
  return { top: cur.top, bottom: Math.max(bottom, cur.top), right, anchors: cur.anchors };
}

function scan(sheet: Sheet): Anchor[] {
  const out: Anchor[] = [];
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const start = out.length;
    let field = false;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.v === null || cell.v === '') continue;
      // The cell after 项目名称, 主管部门 or 实施单位 is its value ("…绩效自评表" as a project's name), unless it is the
      // next field's label.
      const isValue = field;
      field = false;
      if (typeof cell.v !== 'string') continue;
      const label = classify(cell.v);
      if (!label || (isValue && !endsField(label))) continue;
      out.push({ kind: 'label', row: r, col: c, text: cellText(cell), label });
      field = opensField(label);
    }
    if (out.length - start >= 2 && columnLabels(out, start) >= 2) out.splice(start, 0, ...headersOn(out.slice(start)));
  }
  return out;
}

/** How many of the labels from `start` on name a column of a funds block or an indicator table. */
function columnLabels(labels: readonly Anchor[], start: number): number {
  let n = 0;
  for (let i = start; i < labels.length; i++) if (labels[i].label.roles.some((r) => COLUMN_ROLES.has(r))) n++;
  return n;
}

/**
 * The header rows among one row's labels, each as an anchor at its first label. Forms laid side by side share rows, so
 * the labels are cut where a role comes again (a second 一级指标 is the next form's).
 */
function headersOn(labels: readonly Anchor[]): Anchor[] {
  const out: Anchor[] = [];
  let from = 0;
  // The header roles seen since the last cut: a row holds a handful of labels, so a list does.
  const seen: Role[] = [];
  const flush = (to: number) => {
    const run = labels.slice(from, to);
    const header = run.length >= 2 ? headerKind(run.map((a) => a.label)) : null;
    if (!header) return;
    const a = run[header.first];
    out.push({ kind: header.kind, row: a.row, col: a.col, text: a.text, label: a.label });
  };
  for (let i = 0; i < labels.length; i++) {
    const roles = labels[i].label.roles;
    if (roles.some((r) => seen.includes(r))) {
      flush(i);
      from = i;
      seen.length = 0;
    }
    for (const r of roles) if (HEADER_ROLES.has(r)) seen.push(r);
  }
  flush(labels.length);
  return out;
}
