import { BLOCK_NAMES, format, ROLE_NAMES, UI, UNREAD_NAMES, type FormExplanation, type Lang, type WeightExplained } from '../core';

/** One file as explain reports it: its forms, or why it could not be read. */
export interface ExplainedFile {
  file: string;
  error: string | null;
  forms: FormExplanation[];
}

/** `selfeval explain` as text: per form, the cells read for each role by block, the weights' origins, what was not read. */
export function explainText(files: readonly ExplainedFile[], lang: Lang): string {
  const t = (k: keyof typeof UI) => UI[k][lang];
  const lines: string[] = [];
  for (const f of files) {
    lines.push(f.file);
    if (f.error) lines.push(`  ${f.error}`);
    else if (f.forms.length === 0) lines.push(`  ${t('cliNoForms')}`);
    for (const form of f.forms) lines.push(...formLines(form, lang));
  }
  return lines.join('\n') + '\n';
}

function formLines(form: FormExplanation, lang: Lang): string[] {
  const t = (k: keyof typeof UI) => UI[k][lang];
  const out = [
    `  ${form.sheet}!${form.range}  ${UI[`explainKind_${form.kind}`][lang]} · ${form.project || '—'}  ${format(t('explainProfile'), { profile: form.profile })}`,
  ];
  out.push(`    ${t('explainRoles')}`);
  for (const block of Object.keys(BLOCK_NAMES) as (keyof typeof BLOCK_NAMES)[]) {
    const cells = form.roles.filter((r) => r.block === block);
    if (!cells.length) continue;
    const sep = lang === 'zh-CN' ? '；' : '; ';
    out.push(
      `      ${BLOCK_NAMES[block][lang]}: ${cells.map((r) => `${ROLE_NAMES[r.role][lang]} ${r.cell} “${oneLine(r.text)}”`).join(sep)}`,
    );
  }
  out.push(`    ${t('explainWeights')}`);
  for (const w of form.weights) out.push(`      ${weightName(w, lang)}: ${w.value ?? '—'}  ${origin(w, form.profile, lang)}`);
  out.push(`    ${t('explainUnread')}`);
  if (!form.unread.length) out.push(`      ${t('explainNothing')}`);
  for (const u of form.unread) out.push(`      ${u.cell}  ${UNREAD_NAMES[u.part][lang]}${u.text ? ` “${oneLine(u.text)}”` : ''}`);
  return out;
}

function weightName(w: WeightExplained, lang: Lang): string {
  if (w.part === 'budget') return UI.explainBudget[lang];
  if (w.part === 'indicators') return UI.explainIndicators[lang];
  if (w.part === 'total') return UI.explainTotal[lang];
  return w.part || UI.explainNoLevel[lang];
}

function origin(w: WeightExplained, profile: string, lang: Lang): string {
  return format(UI[`explainFrom_${w.from}`][lang], { cell: w.cell ?? '', profile });
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
