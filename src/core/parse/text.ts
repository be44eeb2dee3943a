// Characters NFKC leaves as they are: ASCII, CJK ideographs and the CJK punctuation forms use (、。《》【】—‘’“”≤≥).
const STABLE = /^[\x00-\x7f\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u2014\u2018-\u201d\u2264\u2265]*$/;

/** Folds full-width forms to ASCII (NFKC): "１２３" → "123", "（元）" → "(元)", "＝" → "=". */
export function fold(s: string): string {
  return STABLE.test(s) ? s : s.normalize('NFKC');
}

/** A label as the locator compares it: folded, without any white space. */
export function labelKey(s: string): string {
  return fold(s).replace(/\s+/g, '');
}

const NOT_APPLICABLE = new Set(['—', '–', '-', '——', '/', '\\', '无', '空', '(空)', '（空）', 'N/A', 'n/a', 'NA', '／', '－']);

/** Tells whether a text means "not applicable" (a dash, a slash, 无), which counts as blank. */
export function isNotApplicable(s: string): boolean {
  return NOT_APPLICABLE.has(s.trim());
}
