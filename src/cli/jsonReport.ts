import { rateText, type Dec } from '../core/calc';
import { a1, messageOf, rectA1, type Finding, type FormReport, type Lang } from '../core';
import type { NumCell } from '../core/model';
import type { Rounding } from '../core/calc';
import type { FileOutcome } from './checkFile';

/** A finding as the JSON report shows it. */
export interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  expected: string | null;
  found: string | null;
  fill: string | null;
  /** Other cells the finding involves (funds.sources-sum: the source lines), when it names any. */
  also?: string[];
}

/** The JSON report, version 1 (design §4). Every number is a decimal string. */
export interface JsonReport {
  version: 1;
  /** The scoring profile the run used (mof-2020 unless --profile named another). */
  profile: string;
  files: {
    file: string;
    error: string | null;
    output: string | null;
    forms: JsonForm[];
    findings: JsonFinding[];
  }[];
  summary: { files: number; forms: number; errors: number; warnings: number; infos: number };
}

/** One form in the JSON report. */
export interface JsonForm {
  sheet: string;
  range: string;
  /** "project", "transfer" or "department" (部门整体). */
  kind: string;
  project: string;
  unit: string;
  budget: {
    initial: string | null;
    adjusted: string | null;
    executed: string | null;
    rate: string | null;
    /** null when the form does not score the budget (many transfer-payment forms). */
    weight: string | null;
    score: string | null;
  };
  levels: Record<string, { weight: string; score: string }>;
  total: { weight: string; score: string | null; recorded: string | null };
  grade: string | null;
  findings: JsonFinding[];
}

const str = (d: Dec | null | undefined): string | null => (d ? d.toFixed() : null);
const num = (c: NumCell | null | undefined): string | null => (c && c.read.kind === 'number' ? c.read.value.toFixed() : null);

/** Builds the version 1 JSON report of a run. */
export function jsonReport(outcomes: readonly FileOutcome[], lang: Lang, profile = 'mof-2020'): JsonReport {
  const files = outcomes.map((o) => ({
    file: o.file,
    error: o.error ? o.error.text(lang) : null,
    output: o.output,
    forms: (o.analysis?.forms ?? []).map((f) => jsonForm(f, lang, o.analysis!.profile.rounding)),
    findings: (o.analysis?.findings ?? []).map((f) => jsonFinding(f, lang)),
  }));
  const all = outcomes.flatMap((o) => (o.analysis ? [...o.analysis.forms.flatMap((f) => f.findings), ...o.analysis.findings] : []));
  const count = (s: Finding['severity']) => all.filter((f) => f.severity === s).length;
  return {
    version: 1,
    profile,
    files,
    summary: {
      files: outcomes.length,
      forms: files.reduce((n, f) => n + f.forms.length, 0),
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
  };
}

function jsonForm(report: FormReport, lang: Lang, rounding: Rounding): JsonForm {
  const r = report.result;
  const f = r.form;
  const t = f.funds?.total;
  const levels: JsonForm['levels'] = {};
  for (const l of r.levels) levels[l.name] = { weight: l.weight.toFixed(), score: l.score.toFixed() };
  return {
    sheet: f.sheet,
    range: rectA1(f.rect),
    kind: f.kind,
    project: f.project,
    unit: f.funds?.unit ?? '元',
    budget: {
      initial: num(t?.initial),
      adjusted: num(t?.adjusted),
      executed: num(t?.executed),
      rate: r.rate ? rateText(r.rate, rounding) : null,
      weight: r.budgetWeight ? r.budgetWeight.toFixed() : null,
      score: str(r.budgetScore),
    },
    levels,
    total: { weight: r.weightTotal.toFixed(), score: str(r.total), recorded: str(r.recordedTotal) },
    grade: r.grade,
    findings: report.findings.map((x) => jsonFinding(x, lang)),
  };
}

function jsonFinding(f: Finding, lang: Lang): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell || a1(f.row, f.col),
    message: messageOf(f, lang),
    expected: f.expected,
    found: f.found,
    fill: f.fill,
    ...(f.also ? { also: f.also.map((c) => c.cell) } : {}),
  };
}
