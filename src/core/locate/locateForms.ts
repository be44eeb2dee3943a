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
        if (cur) forms.push(close(cur, a.row - 1));
        cur = { anchors: [], last: -1, top: a.row, hasTotal: false };
      }
      if (cur && rank > cur.last) cur.last = rank;
      if (cur && a.kind === 'total') cur.hasTotal = true;
    }
    if (cur) cur.anchors.push(a);
  }
  if (cur) forms.push(close(cur, sheet.rowCount - 1));
  return forms.filter((f) => f.anchors.some((a) => STRONG.has(a.kind) && isStrong(a, f)));
}

// 一级指标 only counts as a form's label when 二级指标 or 三级指标 stands on the same row.
function isStrong(a: Anchor, f: FormLocation): boolean {
  if (a.kind !== 'level1') return true;
  return f.anchors.some((b) => b.row === a.row && (b.kind === 'level2' || b.kind === 'level3'));
}

function close(cur: { anchors: Anchor[]; top: number; hasTotal: boolean }, lastRow: number): FormLocation {
  let bottom = lastRow;
  if (cur.hasTotal) {
    const totals = cur.anchors.filter((a) => a.kind === 'total');
    bottom = totals[totals.length - 1].row;
    cur.anchors = cur.anchors.filter((a) => a.row <= bottom);
  }
  return { top: cur.top, bottom: Math.max(bottom, cur.top), anchors: cur.anchors };
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
