import { dec } from '../calc';
import type { FormReport } from '../engine';
import { sheetRef } from '../grid/address';
import { messageOf, RULE_GUIDE, SEVERITY_NAMES, UI } from '../i18n/catalogue';
import type { Finding, Lang } from '../rules/finding';
import { formTable, text, type SummaryValue } from './formTable';

export type { SummaryValue } from './formTable';

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

const TABLE_TOP = 3;

/** Lays out the summary sheet for a workbook's forms and findings. */
export function planSummary(forms: readonly FormReport[], workbookFindings: readonly Finding[], lang: Lang): SummaryPlan {
  const t = (k: keyof typeof UI) => UI[k][lang];
  const { header, rows, totals, widths } = formTable(forms, lang, TABLE_TOP);
  const all = [...forms.flatMap((f) => f.findings), ...workbookFindings];
  const findingsTop = TABLE_TOP + Math.max(rows.length, 1) + 3;
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
    widths,
  };
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
