import pc from 'picocolors';
import { percentText } from '../core/calc';
import { format, gradeText, messageOf, SEVERITY_NAMES, UI, type Lang, type Severity } from '../core';
import type { FileOutcome } from './checkFile';
import type { JsonReport } from './jsonReport';

type Colours = Pick<typeof pc, 'red' | 'yellow' | 'green' | 'bold' | 'dim' | 'cyan'>;

const SEVERITY_COLOUR: Record<Severity, (c: Colours) => (s: string) => string> = {
  error: (c) => c.red,
  warning: (c) => c.yellow,
  info: (c) => c.cyan,
};

/** The readable report: one block per file, a line per form, a line per finding, and a closing count. */
export function textReport(outcomes: readonly FileOutcome[], summary: JsonReport['summary'], lang: Lang, colour: boolean): string {
  const c: Colours = colour ? pc : pc.createColors(false);
  const t = (k: keyof typeof UI) => UI[k][lang];
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(c.bold(o.file));
    if (o.error) {
      lines.push('  ' + c.red(o.error.text(lang)));
      continue;
    }
    const a = o.analysis!;
    if (a.forms.length === 0) lines.push('  ' + c.dim(t('cliNoForms')));
    for (const f of a.forms) {
      const r = f.result;
      const count = (s: Severity) => f.findings.filter((x) => x.severity === s).length;
      const errors = count('error');
      const infos = count('info');
      const counts = format(t('cliCounts'), { errors, warnings: count('warning') }) + (infos ? format(t('cliInfos'), { infos }) : '');
      const rate = r.rate ? percentText(r.rate, a.profile.rounding) : '—';
      const total = r.total ? r.total.toFixed(a.profile.rounding.scorePlaces) : '—';
      const status = errors ? c.red(counts) : f.findings.length > infos ? c.yellow(counts) : c.green(counts);
      lines.push(
        `  ${c.cyan(r.form.sheet)}  ${r.form.project || '—'}  ${t('cliRate')} ${rate}  ${t('cliTotal')} ${total}  ${t('cliGrade')} ${r.grade ? gradeText(r.grade, lang) : '—'}  ${status}`,
      );
      for (const x of f.findings) {
        const sev = SEVERITY_COLOUR[x.severity](c)(pad(SEVERITY_NAMES[x.severity][lang], 7));
        lines.push(`    ${sev} ${pad(x.cell, 6)} ${c.dim(pad(x.rule, 24))} ${messageOf(x, lang)}`);
      }
    }
    for (const x of a.findings)
      lines.push(
        `  ${SEVERITY_COLOUR[x.severity](c)(SEVERITY_NAMES[x.severity][lang])} ${x.sheet}!${x.cell} ${c.dim(x.rule)} ${messageOf(x, lang)}`,
      );
    if (o.output) lines.push('  ' + c.dim(format(t('cliWrote'), { path: o.output })));
  }
  lines.push('');
  lines.push(c.bold(format(t('cliSummary'), summary) + (summary.infos ? format(t('cliInfos'), summary) : '')));
  return lines.join('\n') + '\n';
}

function pad(s: string, n: number): string {
  let width = 0;
  for (const ch of s) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width >= n ? s : s + ' '.repeat(n - width);
}
