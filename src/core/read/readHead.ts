import type { Sheet } from '../grid/grid';
import { cellText, isBlank } from '../grid/cell';
import { classify, endsField } from '../vocabulary/classify';
import type { Role } from '../vocabulary/vocabulary';
import type { Anchor, FormLocation } from '../locate/locateForms';
import { isLabel } from '../locate/locateForms';
import { textIn } from './cells';
import type { Reading } from './reading';

/**
 * A header field's value: the first text right of its label on its row, or written after the label in the same cell
 * ("单位名称：塘湖镇政府", a page's running head); a label with its value in a cell of its own comes first.
 */
export function fieldValue(sheet: Sheet, loc: FormLocation, role: Role, reading: Reading): string {
  const labels = loc.anchors.filter((a) => isLabel(a, role));
  if (!labels.length) return '';
  for (const label of labels) {
    const value = label.label.value === null ? valueRightOf(sheet, loc, label) : '';
    if (value) {
      reading.role('head', role, label, label.text);
      return value;
    }
  }
  const inline = labels.find((a) => a.label.value) ?? labels[0];
  reading.role('head', role, inline, inline.text);
  return inline.label.value ?? '';
}

function valueRightOf(sheet: Sheet, loc: FormLocation, label: Anchor): string {
  for (let c = sheet.spanRight(label.row, label.col) + 1; c <= loc.right; c++) {
    if (sheet.isCovered(label.row, c)) continue;
    const cell = sheet.at(label.row, c);
    if (isBlank(cell)) continue;
    const text = cellText(cell);
    return endsField(classify(text)) ? '' : text.trim();
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
