import { messageOf } from '../i18n/catalogue';
import type { CellRef, Finding, Lang, RuleId, Severity } from '../rules/finding';
import { UI } from '../i18n/catalogue';

/** One cell the add-in or the CLI highlights, with the note it attaches. */
export interface CellMark {
  sheet: string;
  row: number;
  col: number;
  cell: string;
  /** The worst severity of the findings on the cell. */
  severity: MarkSeverity;
  rules: RuleId[];
  /** The note text: every finding's message on this cell. */
  note: string;
}

/** The severities that mark a cell: an info finding (a part not read) leaves the sheet as it is. */
export type MarkSeverity = Exclude<Severity, 'info'>;

/** The fill colour of each severity (ARGB without alpha), shared by every host. */
export const MARK_COLOURS: Record<MarkSeverity, string> = { error: 'FFC7CE', warning: 'FFEB9C' };

// A workbook without a form has no cell to fix: the verdict says so, and nothing is written into it.
const UNMARKED: ReadonlySet<RuleId> = new Set<RuleId>(['workbook.no-forms']);

/** Groups findings by cell into marks, one per cell. */
export function planMarks(findings: readonly Finding[], lang: Lang): CellMark[] {
  // Keyed by sheet, then by cell as one number (Excel has 16,384 columns): no key text a finding.
  const bySheet = new Map<string, Map<number, Finding[]>>();
  const groups: Finding[][] = [];
  const places: CellRef[] = [];
  for (const f of findings) {
    if (f.severity === 'info' || UNMARKED.has(f.rule)) continue;
    let cells = bySheet.get(f.sheet);
    if (!cells) bySheet.set(f.sheet, (cells = new Map()));
    for (const at of f.also ? [f, ...f.also] : [f]) {
      const key = at.row * 16384 + at.col;
      const list = cells.get(key);
      if (list) list.push(f);
      else {
        const created = [f];
        cells.set(key, created);
        groups.push(created);
        places.push(at);
      }
    }
  }
  return groups.map((list, i) => {
    const f = list[0];
    const at = places[i];
    return {
      sheet: f.sheet,
      row: at.row,
      col: at.col,
      cell: at.cell,
      severity: list.some((x) => x.severity === 'error') ? 'error' : 'warning',
      rules: list.map((x) => x.rule),
      note: [UI.notePrefix[lang], ...list.map((x) => `• ${messageOf(x, lang)} [${x.rule}]`)].join('\n'),
    };
  });
}
