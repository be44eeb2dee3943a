import type { Sheet } from '../grid/grid';
import { cellText } from '../grid/cell';
import { classify, type LabelKind } from './labels';

/** A label found on a sheet. */
export interface Anchor {
  kind: LabelKind;
  row: number;
  col: number;
  text: string;
}

/** Where one form lies on a sheet: its labels, in reading order, from its first row to its last. */
export interface FormLocation {
  /** First row of the form (its title or first label). */
  top: number;
  /** Last row of the form: its 总分 row, or the row before the next form. */
  bottom: number;
  /** Last column the form may use: the one before a form laid beside it, else the sheet's last. */
  right: number;
  /** Every label inside the form, in reading order. */
  anchors: Anchor[];
}

// The parts of a form in order; a part seen again, or an earlier one, starts the next form.
const RANK: Partial<Record<LabelKind, number>> = { title: 0, project: 1, funds: 2, goals: 3, level1: 4, total: 5 };
// A form is only recognised by a label that no other kind of sheet is likely to hold.
const STRONG: ReadonlySet<LabelKind> = new Set<LabelKind>(['title', 'funds', 'level1']);

/** Finds every 绩效自评表 on a sheet by its labels; a sheet with no form gives an empty list. */
export function locateForms(sheet: Sheet): FormLocation[] {
  const anchors = scan(sheet);
  return bandsOf(anchors, sheet.colCount - 1).flatMap(([left, right]) =>
    formsIn(
      anchors.filter((a) => a.col >= left && a.col <= right),
      sheet,
      right,
    ),
  );
}

// Forms laid side by side are told apart by their funds labels and indicator headers: one of them a few rows from
// another of its kind further left. Forms one under another stand a whole form apart.
const SIDE_BY_SIDE: readonly LabelKind[] = ['funds', 'level1'];
const NEAR_ROWS = 6;

/**
 * The column bands of forms laid side by side, left to right. A band ends before a funds label or an indicator header
 * that stands within a few rows of another of its kind further left, when each side holds a funds label and an
 * indicator header of its own. A sheet of forms one under another is one band.
 */
function bandsOf(anchors: readonly Anchor[], lastCol: number): [number, number][] {
  const cuts = new Set<number>();
  for (const kind of SIDE_BY_SIDE) {
    const ofKind = anchors.filter((a) => a.kind === kind);
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

function holdsForm(anchors: readonly Anchor[], left: number, right: number): boolean {
  return SIDE_BY_SIDE.every((kind) => anchors.some((a) => a.kind === kind && a.col >= left && a.col <= right));
}

function formsIn(anchors: readonly Anchor[], sheet: Sheet, right: number): FormLocation[] {
  const forms: FormLocation[] = [];
  let cur: { anchors: Anchor[]; last: number; top: number; hasTotal: boolean } | null = null;
  for (const a of anchors) {
    const rank = RANK[a.kind];
    if (rank !== undefined) {
      // The same label repeated along one row is one label. Otherwise a title, 项目名称 or funds label seen again
      // starts the next form, and so does any part after a 总分 row; a repeated 一级指标 header inside a table
      // (a page-break header row) does not.
      const sameRow = !!cur && cur.anchors.some((b) => b.kind === a.kind && b.row === a.row);
      const starts = !cur || (!sameRow && (cur.hasTotal || (rank <= 2 && rank <= cur.last)));
      if (starts) {
        if (cur) forms.push(close(cur, a.row - 1, right));
        cur = { anchors: [], last: -1, top: a.row, hasTotal: false };
      }
      if (cur && rank > cur.last) cur.last = rank;
      if (cur && a.kind === 'total') cur.hasTotal = true;
    }
    if (cur) cur.anchors.push(a);
  }
  if (cur) forms.push(close(cur, sheet.rowCount - 1, right));
  return forms.filter((f) => f.anchors.some((a) => STRONG.has(a.kind) && isStrong(a, f)));
}

// 一级指标 only counts as a form's label when 二级指标 or 三级指标 stands on the same row.
function isStrong(a: Anchor, f: FormLocation): boolean {
  if (a.kind !== 'level1') return true;
  return f.anchors.some((b) => b.row === a.row && (b.kind === 'level2' || b.kind === 'level3'));
}

function close(cur: { anchors: Anchor[]; top: number; hasTotal: boolean }, lastRow: number, right: number): FormLocation {
  let bottom = lastRow;
  if (cur.hasTotal) {
    const totals = cur.anchors.filter((a) => a.kind === 'total');
    bottom = totals[totals.length - 1].row;
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
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || typeof cell.v !== 'string') continue;
      const kind = classify(cell.v);
      if (kind) out.push({ kind, row: r, col: c, text: cellText(cell) });
    }
  }
  return out;
}
