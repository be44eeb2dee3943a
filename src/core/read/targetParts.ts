import { labelKey } from '../parse/text';
import { OPERATORS } from '../vocabulary/vocabulary';

const SYMBOL = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' } as const;
// A bare number: "95", "72890", "1,000.5", "95%".
const BARE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
// A value that starts with its number, and so has no comparison of its own: "95%", "100万元", "２６次".
const DIGIT_START = /^[\d０-９.]/;
// Units a measure column spells in words.
const MEASURES: Readonly<Record<string, string>> = { 百分比: '%', 百分率: '%', '%': '%' };

/**
 * A target or actual written across columns of its own (指标性质 | 指标值 | 度量单位: "≥" | "95" | "%") as one text the
 * quantity parser reads ("≥95%"). The unit is added to a bare number only, the operator to a value that starts with its
 * number; a target whose operator column says 定性 or names no comparison is kept as it is.
 */
export function withOperator(value: string, op: string, unit: string): string {
  if (!value) return value;
  let out = value;
  if (unit && BARE.test(value)) {
    const u = MEASURES[labelKey(unit)] ?? unit.trim();
    if (!value.endsWith(u) && !(u === '%' && value.endsWith('%'))) out = value + u;
  }
  const o = op ? OPERATORS[labelKey(op)] : undefined;
  if (o && o !== 'qualitative' && DIGIT_START.test(out)) out = SYMBOL[o] + out;
  return out;
}
