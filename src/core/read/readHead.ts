import type { Sheet } from '../grid/grid';
import { cellText, isBlank } from '../grid/cell';
import { classify } from '../vocabulary/classify';
import type { Role } from '../vocabulary/vocabulary';
import type { Anchor, FormLocation } from '../locate/locateForms';
import { isLabel } from '../locate/locateForms';
import { textIn } from './cells';
import type { Reading } from './reading';

// Labels that end a header field's value: the next field's label, or a label of a block.
const FIELD_STOPS: ReadonlySet<Role> = new Set<Role>([
  'project',
  'department',
  'agency',
  'title',
  'year',
  'funds',
  'ignored',
  'after',
  'total',
  'goals',
]);

/** A header field's value: written after its label in the same cell, or the first text right of it on its row. */
export function fieldValue(sheet: Sheet, loc: FormLocation, role: Role, reading: Reading): string {
  const label = loc.anchors.find((a) => isLabel(a, role));
  if (!label) return '';
  reading.role('head', role, label, label.text);
  if (label.label.value !== null) return label.label.value;
  for (let c = sheet.spanRight(label.row, label.col) + 1; c <= loc.right; c++) {
    if (sheet.isCovered(label.row, c)) continue;
    const cell = sheet.at(label.row, c);
    if (isBlank(cell)) continue;
    const text = cellText(cell);
    if (classify(text)?.roles.some((r) => FIELD_STOPS.has(r))) return '';
    return text.trim();
  }
  return '';
}

/** The 预期目标 and 实际完成情况 texts under their labels near the goals label. */
export function readGoals(sheet: Sheet, loc: FormLocation, goals: Anchor, reading: Reading): { expected: string; actual: string } {
  reading.role('goals', 'goals', goals, goals.text);
  const near = (role: Role) => loc.anchors.find((a) => isLabel(a, role) && a.row >= goals.row - 1 && a.row <= goals.row + 2);
  const below = (a: Anchor | undefined, role: Role): string => {
    if (!a) return '';
    reading.role('goals', role, a, a.text);
    const span = { col: a.col, right: sheet.spanRight(a.row, a.col) };
    for (let r = a.row + 1; r <= Math.min(a.row + 4, loc.bottom); r++) {
      const t = textIn(sheet, r, span).text;
      if (t && !classify(t)) return t;
    }
    return '';
  };
  return { expected: below(near('expected'), 'expected'), actual: below(near('achieved'), 'achieved') };
}
