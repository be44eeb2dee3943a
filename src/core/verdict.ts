import type { Analysis, FormReport } from './engine';
import type { Finding, Severity } from './rules/finding';

/** The answer to "can this workbook be submitted?": no form found, some error to fix, or fit to submit. */
export interface Verdict {
  kind: 'no-forms' | 'fix' | 'submit';
  errors: number;
  warnings: number;
  infos: number;
}

function count(findings: readonly Finding[], severity: Severity): number {
  let n = 0;
  for (const f of findings) if (f.severity === severity) n++;
  return n;
}

/** Whether a form may be submitted as it is: it has no error (warnings and infos do not stop it). */
export function formPasses(report: FormReport): boolean {
  return count(report.findings, 'error') === 0;
}

/** The workbook's verdict, from every form's findings and the workbook's own. */
export function verdictOf(a: Analysis): Verdict {
  const all = [...a.forms.flatMap((f) => f.findings), ...a.findings];
  const errors = count(all, 'error');
  const kind = a.forms.length === 0 ? 'no-forms' : errors ? 'fix' : 'submit';
  return { kind, errors, warnings: count(all, 'warning'), infos: count(all, 'info') };
}

/** The forms with errors first, then the rest, each group in the workbook's order. */
export function errorsFirst(forms: readonly FormReport[]): FormReport[] {
  return [...forms.filter((f) => !formPasses(f)), ...forms.filter(formPasses)];
}
