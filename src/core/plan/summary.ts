import { dec, sum, type Dec } from '../calc';
import type { NumCell } from '../model';
import { numberOf } from '../parse/cellNumber';
import type { FormReport } from '../engine';
import { a1, colName, sheetRef } from '../grid/address';
import { format, gradeText, messageOf, RULE_GUIDE, SEVERITY_NAMES, UI } from '../i18n/catalogue';
import type { Finding, Lang } from '../rules/finding';

/** One value on the summary sheet. Text is always written as text, never as a formula. */
export type SummaryValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: Dec; format: string }
  | { kind: 'link'; text: string; sheet: string; cell: string }
  | { kind: 'formula'; formula: string; value: Dec; format: string }
  | null;

/** The summary sheet's content and layout (design §5). Rows and columns are 0-based on the summary sheet. */
export interface SummaryPlan {
  sheetName: string;
  title: string;
  note: string;
  /** The Excel table: its header row at `top`, one row per form, then the totals row. */
  table: { name: string; top: number; header: string[]; rows: SummaryValue[][]; totals: SummaryValue[] };
  /** The list of findings below the table. */
  findings: { top: number; title: string; header: string[]; rows: SummaryValue[][] };
  /** Column widths, in characters. */
  widths: number[];
}

const AMOUNT = '#,##0.00';
const SCORE = '0.00';
const RATE = '0.00%';
const COUNT = '0';
const TABLE_TOP = 3;

/** Lays out the summary sheet for a workbook's forms and findings. */
export function planSummary(forms: readonly FormReport[], workbookFindings: readonly Finding[], lang: Lang): SummaryPlan {
  const t = (k: keyof typeof UI) => UI[k][lang];
  const header = [
    t('colSheet'),
    t('colProject'),
    t('colDepartment'),
    t('colAgency'),
    t('colBudget'),
    t('colExecuted'),
    t('colRate'),
    t('colBudgetScore'),
    t('colOutputScore'),
    t('colOutputWeight'),
    t('colBenefitScore'),
    t('colBenefitWeight'),
    t('colSatisfactionScore'),
    t('colSatisfactionWeight'),
    t('colTotal'),
    t('colGrade'),
    t('colErrors'),
    t('colWarnings'),
    t('colStatus'),
  ];
  const rows = forms.map((f) => formRow(f, lang));
  const first = TABLE_TOP + 1;
  const last = TABLE_TOP + Math.max(rows.length, 1);
  const totalsRow = last + 1;
  const column = (i: number) =>
    rows.map((r) => r[i]).filter((v): v is { kind: 'number'; value: Dec; format: string } => v?.kind === 'number');
  const sumOf = (i: number, format: string): SummaryValue => ({
    kind: 'formula',
    formula: `SUM(${colName(i)}${first + 1}:${colName(i)}${last + 1})`,
    value: sum(column(i).map((v) => v.value)),
    format,
  });
  const totals: SummaryValue[] = header.map(() => null);
  totals[0] = { kind: 'text', text: t('totalsLabel') };
  totals[4] = sumOf(4, AMOUNT);
  totals[5] = sumOf(5, AMOUNT);
  // Σ 执行数 ÷ Σ 预算数 over the forms that have both: a form whose 执行数 cannot be read would otherwise count its whole
  // budget as unspent and pull the overall rate down.
  const both = rows.flatMap(([, , , , b, s]) => (b?.kind === 'number' && s?.kind === 'number' ? [[b.value, s.value]] : []));
  const budget = sum(both.map(([b]) => b));
  const spent = sum(both.map(([, s]) => s));
  if (!budget.isZero()) {
    const [b, s] = [a1(totalsRow, 4), a1(totalsRow, 5)];
    const [e, f] = [4, 5].map((i) => `${colName(i)}${first + 1}:${colName(i)}${last + 1}`);
    const [spentOfBoth, budgetOfBoth] = [`SUMIFS(${f},${e},"<>")`, `SUMIFS(${e},${f},"<>")`];
    const formula = both.length === rows.length ? `IF(${b}=0,0,${s}/${b})` : `IF(${budgetOfBoth}=0,0,${spentOfBoth}/${budgetOfBoth})`;
    totals[6] = { kind: 'formula', formula, value: spent.dividedBy(budget), format: RATE };
  }
  totals[16] = sumOf(16, COUNT);
  totals[17] = sumOf(17, COUNT);
  if (both.length < rows.length) totals[18] = text(format(t('totalsRatePartial'), { count: rows.length - both.length }));

  const all = [...forms.flatMap((f) => f.findings), ...workbookFindings];
  const findingsTop = totalsRow + 2;
  return {
    sheetName: t('summarySheet'),
    title: t('summaryTitle'),
    note: t('summaryNote'),
    table: { name: 'SelfEvalSummary', top: TABLE_TOP, header, rows, totals },
    findings: {
      top: findingsTop,
      title: all.length ? t('findingsTitle') : t('noFindings'),
      header: [t('colSheet'), t('colCell'), t('colRule'), t('colSeverity'), t('colMessage'), t('colFix')],
      rows: all.map((f) => [
        text(f.sheet),
        { kind: 'link', text: f.cell, sheet: f.sheet, cell: f.cell },
        text(RULE_GUIDE[f.rule].name[lang]),
        text(SEVERITY_NAMES[f.severity][lang]),
        text(messageOf(f, lang)),
        text(RULE_GUIDE[f.rule].fix[lang]),
      ]),
    },
    widths: [18, 30, 22, 22, 16, 16, 10, 12, 10, 10, 10, 10, 10, 10, 10, 8, 8, 8, 10],
  };
}

function text(s: string): SummaryValue {
  return { kind: 'text', text: s };
}

function formRow(report: FormReport, lang: Lang): SummaryValue[] {
  const r = report.result;
  const f = r.form;
  const yuan = (d: Dec | null) => (d && f.funds?.unit === '万元' ? d.times(10000) : d);
  const num = (d: Dec | null, format: string): SummaryValue => (d ? { kind: 'number', value: d, format } : null);
  const t = f.funds?.total;
  const read = (c: NumCell | null | undefined) => (c ? numberOf(c.read) : null);
  const level = (name: string) => r.levels.find((l) => l.name === name);
  const errors = report.findings.filter((x) => x.severity === 'error').length;
  const warnings = report.findings.filter((x) => x.severity === 'warning').length;
  const l = (name: string): [SummaryValue, SummaryValue] => {
    const lv = level(name);
    return [num(lv?.score ?? null, SCORE), num(lv?.weight ?? null, SCORE)];
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
    ...l('产出指标'),
    ...l('效益指标'),
    ...l('满意度指标'),
    num(r.total, SCORE),
    r.grade ? text(gradeText(r.grade, lang)) : null,
    { kind: 'number', value: dec(errors), format: COUNT },
    { kind: 'number', value: dec(warnings), format: COUNT },
    text(errors ? UI.statusFix[lang] : UI.statusPass[lang]),
  ];
}

/** A HYPERLINK formula (without "=") to a cell of the workbook; sheet names and text are quoted, never evaluated. */
export function hyperlinkFormula(sheet: string, cell: string, text: string): string {
  const target = `#${sheetRef(sheet, cell)}`;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${q(target)},${q(text)})`;
}

/** A summary plan back from its JSON (as a host stored it), its numbers decimals again. */
export function reviveSummary(json: string): SummaryPlan {
  return JSON.parse(json, (_key, v: unknown) => {
    const x = v as { kind?: string; value?: unknown } | null;
    return x && (x.kind === 'number' || x.kind === 'formula') && typeof x.value === 'string' ? { ...x, value: dec(x.value) } : v;
  }) as SummaryPlan;
}

/** The summary's findings as tab-separated text (header first), to paste into Excel, WeChat or an e-mail. */
export function findingsText(s: SummaryPlan): string {
  const cell = (v: SummaryValue) => (v && (v.kind === 'text' || v.kind === 'link') ? v.text : v ? v.value.toFixed() : '');
  const clean = (x: string) => x.replace(/[\t\r\n]+/g, ' ');
  return [s.findings.header, ...s.findings.rows.map((r) => r.map(cell))].map((r) => r.map(clean).join('\t')).join('\n');
}
