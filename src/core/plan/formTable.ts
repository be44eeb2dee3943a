import { dec, sum, type Dec } from '../calc';
import type { NumCell } from '../model';
import { numberOf } from '../parse/cellNumber';
import type { FormReport } from '../engine';
import { a1, colName } from '../grid/address';
import { format, gradeText, UI } from '../i18n/catalogue';
import type { Lang } from '../rules/finding';

/** One value of a summary table. Text is always written as text, never as a formula. */
export type SummaryValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: Dec; format: string }
  | { kind: 'link'; text: string; sheet: string; cell: string }
  | { kind: 'formula'; formula: string; value: Dec; format: string }
  | null;

/** A table of forms, one row a form, with its header and its totals row. */
export interface FormTable {
  header: string[];
  rows: SummaryValue[][];
  totals: SummaryValue[];
  /** The columns whose total is the plain sum of the column (amounts, counts): an Excel table can total them itself. */
  sums: number[];
  /** Column widths, in characters. */
  widths: number[];
}

/** Columns put before a form's own: the file it came from in a review. */
export interface LeadColumn {
  header: string;
  width: number;
  value: (index: number) => SummaryValue;
}

const AMOUNT = '#,##0.00';
const SCORE = '0.00';
const RATE = '0.00%';
const COUNT = '0';
const HEADER: readonly (keyof typeof UI)[] = [
  'colSheet',
  'colProject',
  'colDepartment',
  'colAgency',
  'colBudget',
  'colExecuted',
  'colRate',
  'colBudgetScore',
  'colOutputScore',
  'colOutputWeight',
  'colBenefitScore',
  'colBenefitWeight',
  'colSatisfactionScore',
  'colSatisfactionWeight',
  'colTotal',
  'colGrade',
  'colErrors',
  'colWarnings',
  'colStatus',
];
const WIDTHS = [18, 30, 22, 22, 16, 16, 10, 12, 10, 10, 10, 10, 10, 10, 10, 8, 8, 8, 10];
// Where the form's own columns are, counted from its sheet column.
const [BUDGET, SPENT, RATE_COL, ERRORS, WARNINGS, STATUS] = [4, 5, 6, 16, 17, 18];

/**
 * Lays out a table of forms whose header row is the sheet's row `top` (0-based): the lead columns, then each form's
 * sheet, names, amounts in 元, 执行率, scores, 等级, counts and status; the totals row sums what adds up.
 */
export function formTable(forms: readonly FormReport[], lang: Lang, top: number, lead: readonly LeadColumn[] = []): FormTable {
  const n = lead.length;
  const rows = forms.map((f, i) => [...lead.map((c) => c.value(i)), ...formRow(f, lang)]);
  const first = top + 1;
  const last = top + Math.max(rows.length, 1);
  const totalsRow = last + 1;
  const range = (i: number) => `${colName(i)}${first + 1}:${colName(i)}${last + 1}`;
  const numbers = (i: number) =>
    rows.map((r) => r[i]).filter((v): v is { kind: 'number'; value: Dec; format: string } => v?.kind === 'number');
  const sumOf = (i: number, format: string): SummaryValue => ({
    kind: 'formula',
    formula: `SUM(${range(i)})`,
    value: sum(numbers(i).map((v) => v.value)),
    format,
  });
  const [b, s] = [n + BUDGET, n + SPENT];
  const sums = [b, s, n + ERRORS, n + WARNINGS];
  const totals: SummaryValue[] = [...lead.map(() => null), ...HEADER.map(() => null)];
  totals[0] = text(UI.totalsLabel[lang]);
  for (const c of sums) totals[c] = sumOf(c, c === b || c === s ? AMOUNT : COUNT);
  // Σ 执行数 ÷ Σ 预算数 over the forms that have both: a form whose 执行数 cannot be read would otherwise count its whole
  // budget as unspent and pull the overall rate down.
  const both = rows.flatMap((r) => (r[b]?.kind === 'number' && r[s]?.kind === 'number' ? [[r[b].value, r[s].value]] : []));
  const budget = sum(both.map(([x]) => x));
  const spent = sum(both.map(([, x]) => x));
  if (!budget.isZero()) {
    const [tb, ts] = [a1(totalsRow, b), a1(totalsRow, s)];
    const [spentOfBoth, budgetOfBoth] = [`SUMIFS(${range(s)},${range(b)},"<>")`, `SUMIFS(${range(b)},${range(s)},"<>")`];
    const formula = both.length === rows.length ? `IF(${tb}=0,0,${ts}/${tb})` : `IF(${budgetOfBoth}=0,0,${spentOfBoth}/${budgetOfBoth})`;
    totals[n + RATE_COL] = { kind: 'formula', formula, value: spent.dividedBy(budget), format: RATE };
  }
  if (both.length < rows.length) totals[n + STATUS] = text(format(UI.totalsRatePartial[lang], { count: rows.length - both.length }));
  return {
    header: [...lead.map((c) => c.header), ...HEADER.map((k) => UI[k][lang])],
    rows,
    totals,
    sums,
    widths: [...lead.map((c) => c.width), ...WIDTHS],
  };
}

/** A text value. */
export function text(s: string): SummaryValue {
  return { kind: 'text', text: s };
}

type LevelKind = 'output' | 'benefit' | 'satisfaction';

/**
 * Which column a first level counts in: 产出指标, 项目产出 → output; 效益指标, 社会效益指标, 项目效益 → benefit (each of
 * several adds up); 满意度指标 → satisfaction. A level of none of them (项目决策, 项目管理) has no column; 总分 holds it.
 */
function levelKind(name: string): LevelKind | null {
  if (name.includes('满意')) return 'satisfaction';
  if (name.includes('效益')) return 'benefit';
  if (name.includes('产出')) return 'output';
  return null;
}

function formRow(report: FormReport, lang: Lang): SummaryValue[] {
  const r = report.result;
  const f = r.form;
  const yuan = (d: Dec | null) => (d && f.funds?.unit === '万元' ? d.times(10000) : d);
  const num = (d: Dec | null, format: string): SummaryValue => (d ? { kind: 'number', value: d, format } : null);
  const t = f.funds?.total;
  const read = (c: NumCell | null | undefined) => (c ? numberOf(c.read) : null);
  const errors = report.findings.filter((x) => x.severity === 'error').length;
  const warnings = report.findings.filter((x) => x.severity === 'warning').length;
  const l = (kind: LevelKind): [SummaryValue, SummaryValue] => {
    const of = r.levels.filter((lv) => levelKind(lv.name) === kind);
    if (!of.length) return [null, null];
    return [num(sum(of.map((lv) => lv.score)), SCORE), num(sum(of.map((lv) => lv.weight)), SCORE)];
  };
  return [
    { kind: 'link', text: f.sheet, sheet: f.sheet, cell: a1(f.rect.top, f.rect.left) },
    text(f.project),
    text(f.department),
    text(f.agency),
    num(yuan(read(t?.adjusted)), AMOUNT),
    num(yuan(read(t?.executed)), AMOUNT),
    num(r.rate, RATE),
    num(r.budgetScore, SCORE),
    ...l('output'),
    ...l('benefit'),
    ...l('satisfaction'),
    num(r.total, SCORE),
    r.grade ? text(gradeText(r.grade, lang)) : null,
    { kind: 'number', value: dec(errors), format: COUNT },
    { kind: 'number', value: dec(warnings), format: COUNT },
    text(errors ? UI.statusFix[lang] : UI.statusPass[lang]),
  ];
}
