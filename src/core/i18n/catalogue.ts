import type { Finding, Lang, Localised, Params, Severity } from '../rules/finding';
import { RULE_MESSAGES } from './messages';
import { TERMS } from './terms';

export { RULE_MESSAGES } from './messages';
export { TERMS } from './terms';
export { UI } from './ui';
export { RULE_GUIDE, type RuleGuide } from './ruleGuide';

/** The name of each severity. */
export const SEVERITY_NAMES: Record<Severity, Localised> = {
  error: { 'zh-CN': '错误', 'en-US': 'error' },
  warning: { 'zh-CN': '警告', 'en-US': 'warning' },
  info: { 'zh-CN': '提示', 'en-US': 'info' },
};

/** The parts of a workbook that a copy written by exceljs cannot keep, by name. */
export const UNKEPT_NAMES = {
  macros: { 'zh-CN': '宏', 'en-US': 'macros' },
  charts: { 'zh-CN': '图表', 'en-US': 'charts' },
  'pivot-tables': { 'zh-CN': '数据透视表', 'en-US': 'pivot tables' },
  slicers: { 'zh-CN': '切片器', 'en-US': 'slicers' },
  'threaded-comments': { 'zh-CN': '批注（新版讨论式批注）', 'en-US': 'threaded comments' },
  'embedded-objects': { 'zh-CN': '嵌入的对象', 'en-US': 'embedded objects' },
  'form-controls': { 'zh-CN': '表单控件', 'en-US': 'form controls' },
  // Pictures are kept; a drawing part may also hold text boxes and shapes, which are not (the bytes cannot tell which).
  drawings: { 'zh-CN': '文本框、形状等绘图对象（如有）', 'en-US': 'any text boxes and shapes' },
} satisfies Record<string, Localised>;

/** A part of a workbook that a copy written by exceljs cannot keep. */
export type UnkeptPart = keyof typeof UNKEPT_NAMES;

const GRADE_NAMES: Record<string, Localised> = {
  优: { 'zh-CN': '优', 'en-US': '优 (excellent)' },
  良: { 'zh-CN': '良', 'en-US': '良 (good)' },
  中: { 'zh-CN': '中', 'en-US': '中 (fair)' },
  差: { 'zh-CN': '差', 'en-US': '差 (poor)' },
};

/** A 等级 as shown in a language: the official name, glossed in English; a profile's own grade names as they are. */
export function gradeText(grade: string, lang: Lang): string {
  return GRADE_NAMES[grade]?.[lang] ?? grade;
}

/** Resolves message parameters into one language. */
export function resolve(params: Params, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in params) {
    const v = params[k];
    out[k] = typeof v === 'string' ? v : v[lang];
  }
  return out;
}

const messages: Record<Lang, WeakMap<Finding, string>> = { 'zh-CN': new WeakMap(), 'en-US': new WeakMap() };

/** The message of a finding in a language (built once per finding: the notes, the summary and the report share it). */
export function messageOf(f: Finding, lang: Lang): string {
  let m = messages[lang].get(f);
  if (m === undefined) {
    const p = resolve(f.params, lang);
    p.expected = f.expected ?? p.expected ?? '';
    p.found = f.found ?? p.found ?? TERMS.blank[lang];
    // "填写为 94.23%", or "未填写" for a blank cell.
    p.recorded = f.found !== null ? format(TERMS.recordedAs[lang], { found: f.found }) : TERMS.notFilled[lang];
    m = RULE_MESSAGES[lang][f.rule](p);
    messages[lang].set(f, m);
  }
  return m;
}

/** The parts a copy cannot keep, named as one list in a language ("图表、宏"); '' for none. */
export function unkeptText(parts: readonly UnkeptPart[], lang: Lang): string {
  return joinTerms(parts.map((p) => UNKEPT_NAMES[p]))[lang];
}

/** Joins localised terms into one localised list. */
export function joinTerms(terms: Localised[]): Localised {
  return {
    'zh-CN': terms.map((t) => t['zh-CN']).join(TERMS.list['zh-CN']),
    'en-US': terms.map((t) => t['en-US']).join(TERMS.list['en-US']),
  };
}

/**
 * Fills "{name}" placeholders in a text; "{name|one|many}" gives `one` when the value is 1 and `many` otherwise, for
 * English plurals ("{count} {count|cell|cells}").
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (m, k: string, one?: string, many?: string) => {
    if (!(k in values)) return m;
    if (one === undefined) return String(values[k]);
    return Number(values[k]) === 1 ? one : (many as string);
  });
}

/** Fills "{name}" placeholders in both languages of a localised template. */
export function fillTerm(t: Localised, values: Record<string, string | Localised>): Localised {
  const inLang = (lang: Lang) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : v[lang]]));
  return { 'zh-CN': format(t['zh-CN'], inLang('zh-CN')), 'en-US': format(t['en-US'], inLang('en-US')) };
}
