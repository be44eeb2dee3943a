import { decOrNull, type Dec } from '../calc';
import { fold } from './text';

/** A comparison a target asks for. ≥, > and = are positive (more is better); ≤ and < are negative. */
export type Op = '>=' | '>' | '=' | '<=' | '<';

/** One quantity of a target: "≥500份" or "活动：5次" or "5-10家". */
export interface TargetPart {
  op: Op;
  /** The number to meet; for a range "5-10", its lower bound. */
  value: Dec;
  /** The range's upper bound, for "5-10". */
  upper?: Dec;
  /** The measure word, folded: "项", "%", "人次"; "" when none. */
  unit: string;
  /** The text before a colon, for compound targets ("活动"). */
  label?: string;
}

/** One number found in an actual value: "276项", "300余条", "大于90%". */
export interface ActualPart {
  value: Dec;
  unit: string;
  /** "more" for 300余条 or 大于90%; "less" for 不足5项 or 小于1%. */
  qualifier?: 'more' | 'less';
  /** Where it starts in the folded text. */
  index: number;
  /** The few characters before it, to match a compound target's label ("签约"). */
  before: string;
}

// Longest first, so "人次" wins over "人" and "个月" over "个".
const UNITS = [
  '个工作日', '平方米', '万人次', '人次', '个月', '万元', '亿元', '小时', '分钟', '工作日', '课时', '学时', '人天', '篇次', '场次', '家次', '户次',
  '公里', '千瓦', '万',
  '%', '‰', '元', '项', '份', '个', '场', '次', '家', '人', '条', '篇', '套', '件', '批', '台', '期', '天', '日', '月', '年',
  '户', '所', '座', '米', '吨', '册', '本', '部', '张', '名', '位', '株', '亩', '节', '门', '类', '组', '轮', '支', '处', '间',
  '届', '集', '季', '周', '秒', 'GB', 'TB', 'km',
];
const UNIT_RE = UNITS.map((u) => u.replace(/[%‰]/g, '\\$&')).join('|');

const WORD_OPS: [string, Op][] = [
  ['大于等于', '>='], ['大于或等于', '>='], ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='],
  ['达到', '>='], ['超过', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'],
  ['小于等于', '<='], ['小于或等于', '<='], ['不高于', '<='], ['不超过', '<='], ['不多于', '<='], ['不大于', '<='], ['控制在', '<='],
  ['低于', '<'], ['少于', '<'], ['小于', '<'], ['不足', '<'], ['等于', '='],
];
const SYMBOL_OPS: [string, Op][] = [
  ['>=', '>='], ['=>', '>='], ['≥', '>='], ['≧', '>='], ['<=', '<='], ['=<', '<='], ['≤', '<='], ['≦', '<='],
  ['>', '>'], ['<', '<'], ['=', '='],
];
const OP_OF = new Map<string, Op>([...WORD_OPS, ...SYMBOL_OPS]);
const OP_RE = [...WORD_OPS, ...SYMBOL_OPS]
  .map(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[<>=]/g, '\\$&'))
  .join('|');
const NUM = '(\\d+(?:\\.\\d+)?|\\.\\d+)';
const RANGE = `(?:\\s*(?:-|~|—|–|至|到)\\s*${NUM})?`;
const APPROX = '(?:余|多|以上|左右)?';

// "≥500份", "大于50", "=5-10家", "不低于250条", "活动:5次" (label before a colon), "1个月以内" (postfix).
const OP_PART = new RegExp(`(${OP_RE})\\s*${NUM}${RANGE}\\s*(${UNIT_RE})?`, 'g');
const COLON_PART = new RegExp(`([^,;:，；、。\\d]{1,12})\\s*:\\s*${NUM}${RANGE}\\s*(${UNIT_RE})?`, 'g');
const POSTFIX_PART = new RegExp(`${NUM}${RANGE}\\s*(${UNIT_RE})?\\s*(及以上|以上|及以下|以下|以内)`, 'g');
const ACTUAL_NUM = new RegExp(`(${OP_RE})?\\s*${NUM}\\s*(余|多)?\\s*(${UNIT_RE})?`, 'g');

/** Parses a 年度指标值 into the quantities it asks for; an empty list means the target is qualitative. */
export function parseTarget(raw: string): TargetPart[] {
  const s = fold(raw);
  if (!/\d/.test(s)) return [];
  const parts: { at: number; end: number; part: TargetPart }[] = [];
  const take = (at: number, end: number, part: TargetPart | null) => {
    if (!part) return;
    if (parts.some((p) => at < p.end && end > p.at)) return;
    parts.push({ at, end, part });
  };
  for (const m of s.matchAll(OP_PART)) {
    take(m.index, m.index + m[0].length, part(OP_OF.get(m[1]) as Op, m[2], m[3], m[4] ?? ''));
  }
  for (const m of s.matchAll(POSTFIX_PART)) {
    const op: Op = m[4] === '以上' || m[4] === '及以上' ? '>=' : '<=';
    take(m.index, m.index + m[0].length, part(op, m[1], m[2], m[3] ?? ''));
  }
  for (const m of s.matchAll(COLON_PART)) {
    const p = part('=', m[2], m[3], m[4] ?? '');
    if (p) p.label = m[1].trim();
    const at = m.index + m[1].length;
    take(at, m.index + m[0].length, p);
  }
  return parts.sort((a, b) => a.at - b.at).map((p) => p.part);
}

function part(op: Op, num: string, upper: string | undefined, unit: string): TargetPart | null {
  const value = decOrNull(num);
  if (!value) return null;
  const p: TargetPart = { op, value, unit };
  const u = upper ? decOrNull(upper) : null;
  if (u && u.greaterThan(value)) p.upper = u;
  return p;
}

/** Finds the numbers of a 实际完成值 with their units: "征集…276项入库" → 276 项. */
export function parseActual(raw: string): ActualPart[] {
  const s = fold(raw);
  if (!/\d/.test(s)) return [];
  const out: ActualPart[] = [];
  for (const m of s.matchAll(ACTUAL_NUM)) {
    const value = decOrNull(m[2]);
    if (!value) continue;
    const op = m[1] ? OP_OF.get(m[1]) : undefined;
    let qualifier: ActualPart['qualifier'];
    if (m[3] || op === '>') qualifier = 'more';
    else if (op === '<') qualifier = 'less';
    const index = m.index + (m[1] ? m[1].length : 0);
    const p: ActualPart = { value, unit: m[4] ?? '', index, before: s.slice(Math.max(0, m.index - 8), m.index) };
    if (qualifier) p.qualifier = qualifier;
    out.push(p);
  }
  return out;
}

/** Tells whether an operator is positive (more is better). */
export function isPositive(op: Op): boolean {
  return op === '>=' || op === '>' || op === '=';
}
