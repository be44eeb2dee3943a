import DecimalLib from 'decimal.js';
import type { Dec } from '../core/calc';
import { format, SEVERITY_NAMES, UI } from '../core/i18n/catalogue';
import { REVIEW } from '../core/i18n/reviewText';
import type { SummaryValue } from '../core/plan/formTable';
import type { ReviewPlan, Tally } from '../core/plan/review';
import type { Lang, RuleId, Severity } from '../core/rules/finding';

/** A cell of the report's forms table: its text, or its text and the number it sorts by; '' is a blank. */
export type ReportCell = string | [string, number];

/** One form of the report: its cells and whether it can be submitted. */
export interface ReportRow {
  cells: ReportCell[];
  passes: boolean;
}

/** A rule as the report shows it. */
export interface ReportRule {
  rule: RuleId;
  name: string;
  severity: Severity;
  severityText: string;
  count: number;
  forms: number;
}

/** One overview figure. */
export interface ReportFigure {
  key: keyof ReviewPlan['counts'];
  label: string;
  value: number;
}

/** A review as display strings, ready to embed in the report page as JSON: every number formatted as the workbook shows it. */
export interface ReportData {
  lang: Lang;
  title: string;
  note: string;
  generated: string;
  /** The words the page script writes. */
  text: Record<'noForms' | 'noFindings' | 'noUnreadable' | 'axisForms' | 'axisFindings', string>;
  figures: ReportFigure[];
  grades: Tally[];
  rates: Tally[];
  rules: { header: string[]; rows: ReportRule[] };
  forms: {
    header: string[];
    numeric: boolean[];
    widths: number[];
    rows: ReportRow[];
    totals: string[];
    errorCol: number;
    statusCol: number;
  };
  findings: { header: string[]; widths: number[]; rows: string[][]; errors: boolean[]; severityCol: number };
  unreadable: { header: string[]; rows: string[][] };
}

const FIGURES: ReportFigure['key'][] = ['files', 'unreadable', 'forms', 'submittable', 'toFix', 'errors', 'warnings', 'infos'];

/** Lays a review out as the report's display strings (amounts #,##0.00, rates 0.00%, scores 0.00, counts) and sort keys. */
export function reportData(plan: ReviewPlan, generated: string): ReportData {
  const lang = plan.lang;
  const header = plan.forms.header;
  const gradeCol = header.indexOf(UI.colGrade[lang]);
  const gradeLabels = plan.grades.map((g) => g.label);
  // A 等级 sorts by its rank in the profile, the best highest: 差 < 中 < 良 < 优, as the 总分 beside it does.
  const cell = (v: SummaryValue, col: number): ReportCell => {
    const t = valueText(v);
    if (v && (v.kind === 'number' || v.kind === 'formula')) return [t, v.value.toNumber()];
    const rank = col === gradeCol ? gradeLabels.indexOf(t) : -1;
    return rank >= 0 ? [t, gradeLabels.length - rank] : t;
  };
  const isNumber = (v: SummaryValue) => v?.kind === 'number' || v?.kind === 'formula';
  const errorSeverity = SEVERITY_NAMES.error[lang];
  const severityCol = plan.findings.header.indexOf(UI.colSeverity[lang]);
  const findings = plan.findings.rows.map((r) => r.map(valueText));
  return {
    lang,
    title: plan.title,
    note: plan.note,
    generated: format(REVIEW.generatedAt[lang], { at: generated }),
    text: {
      noForms: REVIEW.noForms[lang],
      noFindings: REVIEW.noFindings[lang],
      noUnreadable: REVIEW.noUnreadable[lang],
      axisForms: REVIEW.axisForms[lang],
      axisFindings: REVIEW.axisFindings[lang],
    },
    figures: FIGURES.map((key) => ({ key, label: REVIEW[key][lang], value: plan.counts[key] })),
    grades: plan.grades,
    rates: plan.rates,
    rules: {
      header: [UI.colRule[lang], REVIEW.colRuleId[lang], UI.colSeverity[lang], REVIEW.colFindings[lang], REVIEW.colFormsHit[lang]],
      rows: plan.rules.map((r) => ({ ...r, severityText: SEVERITY_NAMES[r.severity][lang] })),
    },
    forms: {
      header,
      numeric: header.map((_, i) => plan.forms.rows.some((r) => isNumber(r[i])) || isNumber(plan.forms.totals[i])),
      widths: plan.forms.widths,
      rows: plan.forms.rows.map((r, i) => ({ cells: r.map(cell), passes: plan.forms.passes[i] })),
      totals: plan.forms.totals.map(valueText),
      errorCol: header.indexOf(UI.colErrors[lang]),
      statusCol: header.indexOf(UI.colStatus[lang]),
    },
    findings: {
      header: plan.findings.header,
      widths: plan.findings.widths,
      rows: findings,
      errors: findings.map((r) => r[severityCol] === errorSeverity),
      severityCol,
    },
    unreadable: { header: plan.unreadable.header, rows: plan.unreadable.rows.map((r) => r.map(valueText)) },
  };
}

/** A summary value as the workbook shows it: text as it is, a number in its number format, a blank as ''. */
export function valueText(v: SummaryValue): string {
  if (!v) return '';
  if (v.kind === 'text' || v.kind === 'link') return v.text;
  return formatDec(v.value, v.format);
}

/**
 * A decimal in an Excel number format of the forms tables: '0', '0.00', '#,##0.00', '0.00%' (any count of decimals),
 * rounded half away from zero as Excel does; another format shows the plain decimal.
 */
export function formatDec(d: Dec, numFmt: string): string {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(numFmt);
  if (!m) return d.toFixed();
  const places = m[2]?.length ?? 0;
  const scaled = m[3] ? d.times(100) : d;
  let s = scaled.toFixed(places, DecimalLib.ROUND_HALF_UP);
  if (/^-[0.]+$/.test(s)) s = s.slice(1); // -0.001 shows as 0.00, not -0.00
  if (m[1]) {
    const [int, frac] = s.split('.');
    s = int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac === undefined ? '' : `.${frac}`);
  }
  return m[3] ? `${s}%` : s;
}

/** A moment as the report's timestamp, in the machine's local time: "2026-12-06 05:33". */
export function reportTimestamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
