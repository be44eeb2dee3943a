import { a1 } from './grid/address';
import { Sheet, type Grid } from './grid/grid';
import { computeForm, totalsOf, type FormResult, type FormTotals } from './compute/computeForm';
import { planFills, type CellFill } from './plan/fills';
import { locateForms } from './locate/locateForms';
import { readForm } from './read/readForm';
import { isExampleSheet } from './vocabulary/classify';
import { DEFAULT_PROFILE, type Profile } from './profile';
import type { Finding, Params } from './rules/finding';
import { RULES, type Hit } from './rules/ruleTable';

/**
 * One form as an analysis keeps it: what was computed for it, its findings and the cells Fill in would write. Its
 * indicator rows are let go once they are checked: a workbook can hold a thousand forms of thirty rows.
 */
export interface FormReport {
  result: FormTotals;
  findings: Finding[];
  fills: CellFill[];
}

/** The engine's answer for a workbook. */
export interface Analysis {
  forms: FormReport[];
  /** Findings that belong to no form (e.g. a workbook without any form). */
  findings: Finding[];
  profile: Profile;
}

/** Options of an analysis. */
export interface AnalyseOptions {
  profile?: Profile;
  /** Sheets to pass over, such as the summary sheet the tool wrote itself. */
  skipSheets?: readonly string[];
}

/** How far an analysis has come: sheets read out of all. */
export interface AnalyseProgress {
  sheets: number;
  of: number;
}

/** Finds, reads, computes and checks every form in a workbook's grids. Never throws on cell content. */
export function analyse(grids: readonly Grid[], options: AnalyseOptions = {}): Analysis {
  const steps = analysing(grids, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** analyse, one sheet a step: yields the progress after each sheet, and returns the analysis; hosts pause between steps. */
export function* analysing(grids: readonly Grid[], options: AnalyseOptions = {}): Generator<AnalyseProgress, Analysis> {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const skip = new Set(options.skipSheets);
  const forms: FormReport[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < grids.length; i++) {
    if (isExampleSheet(grids[i].name)) {
      const found = locateForms(new Sheet(grids[i])).length;
      if (found)
        findings.push(
          finding('sheet.example', 'info', grids[i].name, { at: { row: 0, col: 0 }, params: { sheet: grids[i].name, n: String(found) } }),
        );
    } else if (!skip.has(grids[i].name)) {
      for (const result of sheetResults(grids[i], profile)) {
        forms.push({ result: totalsOf(result), findings: checkForm(result, profile), fills: planFills(result, profile.rounding) });
      }
    }
    yield { sheets: i + 1, of: grids.length };
  }
  const first = grids.find((g) => !skip.has(g.name));
  if (forms.length === 0 && first) {
    findings.push(finding('workbook.no-forms', 'warning', first.name, { at: { row: 0, col: 0 } }));
  }
  return { forms, findings, profile };
}

/** Every form in a workbook's grids with all that was computed for it, each indicator included. */
export function computeForms(grids: readonly Grid[], options: AnalyseOptions = {}): FormResult[] {
  const skip = new Set(options.skipSheets);
  const profile = options.profile ?? DEFAULT_PROFILE;
  return grids.filter((g) => !skip.has(g.name) && !isExampleSheet(g.name)).flatMap((g) => [...sheetResults(g, profile)]);
}

function* sheetResults(grid: Grid, profile: Profile): Generator<FormResult> {
  const sheet = new Sheet(grid);
  for (const loc of locateForms(sheet)) yield computeForm(readForm(sheet, loc), profile);
}

/** Runs the rule table on one computed form. */
export function checkForm(result: FormResult, profile: Profile): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    for (const hit of rule.check({ result, profile })) out.push(finding(rule.id, rule.severity, result.form.sheet, hit));
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

function finding(rule: Finding['rule'], severity: Finding['severity'], sheet: string, hit: Hit): Finding {
  return {
    rule,
    severity,
    sheet,
    cell: a1(hit.at.row, hit.at.col),
    row: hit.at.row,
    col: hit.at.col,
    params: hit.params ?? ({} as Params),
    expected: hit.expected ?? null,
    found: hit.found ?? null,
    fill: hit.fill ?? null,
    ...(hit.also?.length ? { also: hit.also.map((p) => ({ cell: a1(p.row, p.col), row: p.row, col: p.col })) } : {}),
  };
}
