import { gte, lt, roundRate, dec, type Dec } from '../calc';
import type { Analysis, FormReport } from '../engine';
import { format, gradeText, messageOf, RULE_GUIDE, SEVERITY_NAMES, UI } from '../i18n/catalogue';
import { REVIEW } from '../i18n/reviewText';
import type { Profile } from '../profile';
import type { Finding, Lang, Localised, RuleId, Severity } from '../rules/finding';
import { formPasses } from '../verdict';
import { formTable, text, type FormTable, type SummaryValue } from './formTable';

/** One file of a review: what its analysis found, or why it could not be read. */
export interface ReviewedFile {
  /** The file's path as the reviewer gave it (or as found in a folder). */
  file: string;
  analysis: Analysis | null;
  /** Why the file could not be read, in each language; null when it was. */
  error: Localised | null;
}

/** The review's overview figures. */
export interface ReviewCounts {
  files: number;
  unreadable: number;
  forms: number;
  submittable: number;
  toFix: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** A plain table: a header and rows of values. */
export interface ValueTable {
  header: string[];
  rows: SummaryValue[][];
  widths: number[];
  /** What to say where there is no row. */
  empty: string;
}

/** How many forms fall in one group of a chart (a 等级, a band of 执行率). */
export interface Tally {
  label: string;
  count: number;
}

/** How often one rule fired across the review. */
export interface RuleTally {
  rule: RuleId;
  name: string;
  severity: Severity;
  /** Its findings. */
  count: number;
  /** The forms (or files, for a workbook's own findings) it fired on. */
  forms: number;
}

/** A review of many files in one language: the consolidated workbook's sheets and the report's figures. */
export interface ReviewPlan {
  lang: Lang;
  title: string;
  note: string;
  counts: ReviewCounts;
  /** One row a form, errors counted and status given; the file in the first column. */
  forms: FormTable & { sheetName: string; tableName: string; passes: boolean[] };
  findings: ValueTable & { sheetName: string };
  unreadable: ValueTable & { sheetName: string };
  grades: Tally[];
  rates: Tally[];
  /** The rules that fired, most often first. */
  rules: RuleTally[];
}

// The bands of 执行率 a reviewer reads: the profile's threshold for rate.low and the usual 60 %, 80 %, 100 %.
const RATE_EDGES = ['0.6', '0.8', '0.9', '1'].map(dec);

/** Consolidates the analyses of many files into one review, in the order the files are given. */
export function planReview(files: readonly ReviewedFile[], profile: Profile, lang: Lang): ReviewPlan {
  const read = files.filter((f) => f.analysis);
  const formFiles = read.flatMap((f) => f.analysis!.forms.map(() => f.file));
  const forms = read.flatMap((f) => f.analysis!.forms);
  const table = formTable(forms, lang, 2, [{ header: REVIEW.colFile[lang], width: 28, value: (i) => text(formFiles[i]) }]);
  // A form's sheet is a link within its own workbook: in the review it is the sheet's name.
  const rows = table.rows.map((r) => r.map((v) => (v?.kind === 'link' ? text(v.text) : v)));
  const findings = read.flatMap((f) =>
    [...f.analysis!.forms.flatMap((x) => x.findings), ...f.analysis!.findings].map((x) => [f.file, x] as const),
  );
  const unreadable = files.filter((f) => !f.analysis && f.error);
  const count = (s: Severity) => findings.filter(([, x]) => x.severity === s).length;
  const passes = forms.map(formPasses);
  return {
    lang,
    title: REVIEW.title[lang],
    note: REVIEW.note[lang],
    counts: {
      files: files.length,
      unreadable: unreadable.length,
      forms: forms.length,
      submittable: passes.filter(Boolean).length,
      toFix: passes.filter((p) => !p).length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
    forms: { ...table, rows, sheetName: REVIEW.formsSheet[lang], tableName: 'SelfEvalReview', passes },
    findings: {
      sheetName: REVIEW.findingsSheet[lang],
      header: [
        REVIEW.colFile[lang],
        UI.colSheet[lang],
        UI.colCell[lang],
        UI.colRule[lang],
        REVIEW.colRuleId[lang],
        UI.colSeverity[lang],
        UI.colMessage[lang],
        UI.colFix[lang],
      ],
      rows: findings.map(([file, f]) => findingRow(file, f, lang)),
      widths: [28, 18, 8, 18, 24, 8, 60, 40],
      empty: UI.noFindings[lang],
    },
    unreadable: {
      sheetName: REVIEW.unreadableSheet[lang],
      header: [REVIEW.colFile[lang], REVIEW.colReason[lang]],
      rows: unreadable.map((f) => [text(f.file), text(f.error![lang])]),
      widths: [40, 80],
      empty: REVIEW.noUnreadable[lang],
    },
    grades: gradeTallies(forms, profile, lang),
    rates: rateTallies(forms, profile, lang),
    rules: ruleTallies(files, lang),
  };
}

function findingRow(file: string, f: Finding, lang: Lang): SummaryValue[] {
  return [
    text(file),
    text(f.sheet),
    text(f.cell),
    text(RULE_GUIDE[f.rule].name[lang]),
    text(f.rule),
    text(SEVERITY_NAMES[f.severity][lang]),
    text(messageOf(f, lang)),
    text(RULE_GUIDE[f.rule].fix[lang]),
  ];
}

/** The forms of each 等级, in the profile's order, then those without one. */
function gradeTallies(forms: readonly FormReport[], profile: Profile, lang: Lang): Tally[] {
  const of = (g: string | null) => forms.filter((f) => f.result.grade === g).length;
  return [
    ...profile.grades.map((g) => ({ label: gradeText(g.grade, lang), count: of(g.grade) })),
    { label: REVIEW.noGrade[lang], count: of(null) },
  ];
}

/** The forms in each band of 执行率 (as rounded for display), from the lowest; those without a rate last. */
function rateTallies(forms: readonly FormReport[], profile: Profile, lang: Lang): Tally[] {
  const pct = (d: Dec) => `${d.times(100).toFixed()}%`;
  const labels = [
    format(REVIEW.rateBelow[lang], { to: pct(RATE_EDGES[0]) }),
    ...RATE_EDGES.slice(1).map((to, i) => format(REVIEW.rateBetween[lang], { from: pct(RATE_EDGES[i]), to: pct(to) })),
    format(REVIEW.rateFull[lang], { at: pct(RATE_EDGES[RATE_EDGES.length - 1]) }),
    format(REVIEW.rateAbove[lang], { from: pct(RATE_EDGES[RATE_EDGES.length - 1]) }),
    REVIEW.noRate[lang],
  ];
  const counts = labels.map(() => 0);
  const one = RATE_EDGES[RATE_EDGES.length - 1];
  for (const f of forms) {
    const rate = f.result.rate === null ? null : roundRate(f.result.rate, profile.rounding);
    let band: number;
    if (rate === null) band = labels.length - 1;
    else if (rate.equals(one)) band = RATE_EDGES.length;
    else if (gte(rate, one)) band = RATE_EDGES.length + 1;
    else band = RATE_EDGES.findIndex((edge) => lt(rate, edge));
    counts[band]++;
  }
  return labels.map((label, i) => ({ label, count: counts[i] }));
}

/** Each rule that fired: its findings and the forms it fired on, most findings first (ties: the first seen first). */
function ruleTallies(files: readonly ReviewedFile[], lang: Lang): RuleTally[] {
  const tallies = new Map<RuleId, RuleTally>();
  const groups = files.flatMap((f) => (f.analysis ? [...f.analysis.forms.map((x) => x.findings), f.analysis.findings] : []));
  for (const group of groups) {
    const seen = new Set<RuleId>();
    for (const f of group) {
      let t = tallies.get(f.rule);
      if (!t) tallies.set(f.rule, (t = { rule: f.rule, name: RULE_GUIDE[f.rule].name[lang], severity: f.severity, count: 0, forms: 0 }));
      t.count++;
      if (!seen.has(f.rule)) t.forms++;
      seen.add(f.rule);
    }
  }
  return [...tallies.values()].sort((a, b) => b.count - a.count);
}
