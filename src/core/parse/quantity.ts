import { dec, gt, type Dec } from '../calc';

/** A comparison a target asks for. ≥, > and = are positive (more is better); ≤ and < are negative. */
export type Op = '>=' | '>' | '=' | '<=' | '<';

/** One quantity of a target: "≥500份" or "活动：5次" or "5-10家". */
export interface TargetPart {
  op: Op;
  /** The number to meet; for a range "5-10", its lower bound. */
  value: Dec;
  /** The range's upper bound, for "5-10". */
  upper?: Dec;
  /** The measure word: "项", "%", "人次"; "" when none. */
  unit: string;
  /** The text before a colon, for compound targets ("活动"). */
  label?: string;
}

/** One number found in an actual value: "276项", "300余条", "大于90%". */
export interface ActualPart {
  value: Dec;
  unit: string;
  /** "more" for 300余条 or 大于90%; "less" for 不足5项 or 小于1%. */
  qualifier: 'more' | 'less' | null;
  /** Where the number starts in the text. */
  index: number;
  /** The actual text the number was found in. */
  text: string;
}

/** The few characters before an actual's number, to match a compound target's label ("签约"). */
export function textBefore(a: ActualPart): string {
  return a.text.slice(Math.max(0, a.index - 8), a.index);
}

// Measure words, longest first so that "人次" wins over "人" and "个月" over "个".
const UNITS = [
  '个工作日',
  '平方米',
  '万人次',
  '工作日',
  '人次',
  '个月',
  '万元',
  '亿元',
  '小时',
  '分钟',
  '课时',
  '学时',
  '人天',
  '篇次',
  '场次',
  '家次',
  '户次',
  '公里',
  '千瓦',
  '万',
  '%',
  '‰',
  '元',
  '项',
  '份',
  '个',
  '场',
  '次',
  '家',
  '人',
  '条',
  '篇',
  '套',
  '件',
  '批',
  '台',
  '期',
  '天',
  '日',
  '月',
  '年',
  '户',
  '所',
  '座',
  '米',
  '吨',
  '册',
  '本',
  '部',
  '张',
  '名',
  '位',
  '株',
  '亩',
  '节',
  '门',
  '类',
  '组',
  '轮',
  '支',
  '处',
  '间',
  '届',
  '集',
  '季',
  '周',
  '秒',
  'GB',
  'TB',
  'km',
];
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) UNITS_BY_FIRST.set(u.charCodeAt(0), [...(UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? []), u]);

// Word operators, longest first ("大于等于" before "大于").
const WORD_OPS: [string, Op][] = (
  [
    ['大于或等于', '>='],
    ['小于或等于', '<='],
    ['大于等于', '>='],
    ['小于等于', '<='],
    ['不低于', '>='],
    ['不少于', '>='],
    ['不小于', '>='],
    ['不高于', '<='],
    ['不超过', '<='],
    ['不多于', '<='],
    ['不大于', '<='],
    ['控制在', '<='],
    ['至少', '>='],
    ['达到', '>='],
    ['超过', '>'],
    ['高于', '>'],
    ['大于', '>'],
    ['多于', '>'],
    ['低于', '<'],
    ['少于', '<'],
    ['小于', '<'],
    ['不足', '<'],
    ['等于', '='],
  ] as [string, Op][]
).sort((a, b) => b[0].length - a[0].length);
const POSTFIX_OPS: [string, Op][] = [
  ['及以上', '>='],
  ['及以下', '<='],
  ['以上', '>='],
  ['以下', '<='],
  ['以内', '<='],
];
const RANGE_MARKS = new Set(['-', '~', '—', '–', '至', '到']);
const LABEL_STOPS = new Set([',', ';', ':', '、', '。', '，', '；', '：']);

/** The character code at i with full-width ASCII forms folded and the ideographic space as a space (no text is cut). */
function code(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c === 0x3000 ? 0x20 : c;
}

const isSpaceCode = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The character at i with full-width ASCII forms folded ("１" → "1", "＞" → ">", "：" → ":", "　" → " "); "\0" past the end. */
function ch(s: string, i: number): string {
  return String.fromCharCode(code(s, i));
}

/** The digit value at i (ASCII or full-width), or -1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

const isDigit = (c: string) => c >= '0' && c <= '9';
const isDot = (s: string, i: number) => s.charCodeAt(i) === 0x2e || s.charCodeAt(i) === 0xff0e;

interface NumberSpan {
  start: number;
  end: number;
  text: string;
}

/** Where the number starting at i ends ("276", "0.01", ".5", full-width digits too), or -1 when none starts there. */
function numberEnd(s: string, i: number): number {
  const n = s.length;
  const leadingDot = isDot(s, i) && i + 1 < n && digitAt(s, i + 1) >= 0 && !(i > 0 && digitAt(s, i - 1) >= 0);
  if (digitAt(s, i) < 0 && !leadingDot) return -1;
  let j = i;
  while (j < n && digitAt(s, j) >= 0) j++;
  // Thousands separators grouped by three: "1,200人次", "12,000元" (a comma between other digits is a list's).
  if (j - i <= 3 && !leadingDot) while (thousands(s, j)) j += 4;
  if (j + 1 < n && isDot(s, j) && digitAt(s, j + 1) >= 0) {
    j++;
    while (j < n && digitAt(s, j) >= 0) j++;
  }
  return j;
}

/** Whether ",ddd" follows at j, and no further digit. */
function thousands(s: string, j: number): boolean {
  return s.charCodeAt(j) === 0x2c && digitAt(s, j + 1) >= 0 && digitAt(s, j + 2) >= 0 && digitAt(s, j + 3) >= 0 && digitAt(s, j + 4) < 0;
}

/** Every number in a text, in order. */
function numbers(s: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (let i = 0; i < s.length; i++) {
    const end = numberEnd(s, i);
    if (end < 0) continue;
    out.push({ start: i, end, text: digitsOf(s, i, end) });
    i = end - 1;
  }
  return out;
}

/** The ASCII text of a number span, without thousands separators, folding full-width digits and dots only when there are any. */
function digitsOf(s: string, from: number, to: number): string {
  const raw = s.slice(from, to);
  return /[^\d.]/.test(raw)
    ? raw.replace(/,/g, '').replace(/[\uff10-\uff19\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    : raw;
}

function skipSpacesBack(s: string, i: number): number {
  while (i >= 0 && isSpaceCode(code(s, i))) i--;
  return i;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpaceCode(code(s, i))) i++;
  return i;
}

/** The operator written right before position `at`, with where it starts. */
function opBefore(s: string, at: number): { op: Op; start: number } | null {
  const j = skipSpacesBack(s, at - 1);
  if (j < 0) return null;
  const c = code(s, j);
  const prev = j > 0 ? code(s, j - 1) : -1;
  if (c === 0x2265 || c === 0x2267) return { op: '>=', start: j }; // ≥ ≧
  if (c === 0x2264 || c === 0x2266) return { op: '<=', start: j }; // ≤ ≦
  if (c === EQ) {
    if (prev === GT) return { op: '>=', start: j - 1 };
    if (prev === LT) return { op: '<=', start: j - 1 };
    return { op: '=', start: j };
  }
  if (c === GT) return prev === EQ ? { op: '>=', start: j - 1 } : { op: '>', start: j };
  if (c === LT) return prev === EQ ? { op: '<=', start: j - 1 } : { op: '<', start: j };
  if (!WORD_OP_ENDS.has(c)) return null;
  for (const [word, op] of WORD_OPS) {
    if (s.startsWith(word, j + 1 - word.length)) return { op, start: j + 1 - word.length };
  }
  return null;
}

const [EQ, GT, LT] = [0x3d, 0x3e, 0x3c];
const WORD_OP_ENDS = new Set(WORD_OPS.map(([w]) => w.charCodeAt(w.length - 1)));

/** The measure word at position `at` (after spaces), or "" when none. */
function unitAt(s: string, at: number): string {
  const i = skipSpaces(s, at);
  const list = UNITS_BY_FIRST.get(code(s, i));
  if (list) for (const u of list) if (u.length === 1 || s.startsWith(u, i)) return u;
  return '';
}

/** Where a measure word found by unitAt(s, at) ends. */
function unitEnd(s: string, at: number, unit: string): number {
  return unit ? skipSpaces(s, at) + unit.length : at;
}

/** The label of a compound part: the phrase before the colon that precedes position `at`, if any. */
function labelBefore(s: string, at: number): { label: string; start: number } | null {
  const colon = skipSpacesBack(s, at - 1);
  if (colon < 0 || ch(s, colon) !== ':') return null;
  let i = colon - 1;
  while (i >= 0 && colon - i <= 12 && !LABEL_STOPS.has(ch(s, i)) && !isDigit(ch(s, i))) i--;
  const label = s.slice(i + 1, colon).trim();
  return label ? { label, start: colon } : null;
}

// Targets repeat across forms ("≥90%", "=100%", "=1项"): their parts are immutable, so each text is parsed once.
const targets = new Map<string, readonly TargetPart[]>();

/** Parses a 年度指标值 into the quantities it asks for; an empty list means the target is qualitative. */
export function parseTarget(s: string): readonly TargetPart[] {
  let parts = targets.get(s);
  if (!parts) {
    parts = Object.freeze(scanTarget(s));
    if (targets.size >= 20000) targets.clear();
    targets.set(s, parts);
  }
  return parts;
}

function scanTarget(s: string): TargetPart[] {
  const parts: TargetPart[] = [];
  const nums = numbers(s);
  for (let k = 0; k < nums.length; k++) {
    const num = nums[k];
    const part: TargetPart = { op: '=', value: dec(num.text), unit: '' };
    let end = skipSpaces(s, num.end);
    if (RANGE_MARKS.has(ch(s, end)) && k + 1 < nums.length && nums[k + 1].start === skipSpaces(s, end + 1)) {
      const upper = dec(nums[k + 1].text);
      if (gt(upper, part.value)) part.upper = upper;
      end = nums[++k].end;
    }
    part.unit = unitAt(s, end);
    const prefix = opBefore(s, num.start);
    const after = skipSpaces(s, unitEnd(s, end, part.unit));
    const postfix = POSTFIX_OPS.find(([w]) => s.startsWith(w, after));
    const label = labelBefore(s, num.start);
    if (prefix) part.op = prefix.op;
    else if (postfix) part.op = postfix[1];
    else if (!label) continue;
    if (label && !prefix) part.label = label.label;
    parts.push(part);
  }
  return parts;
}

/**
 * Finds the numbers of a 实际完成值 with their units: "征集…276项入库" → 276 项.
 * With `units`, only numbers in those units are returned (a long text holds many numbers of no interest);
 * with `limit`, at most that many.
 */
export function parseActual(s: string, units?: ReadonlySet<string>, limit = Infinity): ActualPart[] {
  const out: ActualPart[] = [];
  for (let i = 0; i < s.length && out.length < limit; i++) {
    const numEnd = numberEnd(s, i);
    if (numEnd < 0) continue;
    const start = i;
    i = numEnd - 1;
    let end = skipSpaces(s, numEnd);
    const approx = s.charCodeAt(end) === 0x4f59 || s.charCodeAt(end) === 0x591a; // 余, 多
    if (approx) end++;
    const unit = unitAt(s, end);
    if (units && !units.has(unit)) continue;
    const qualifier = approx ? 'more' : qualifierOf(s, start, unitEnd(s, end, unit));
    const found: ActualPart = { value: numberValue(s, start, numEnd), unit, qualifier, index: start, text: s };
    if (limit === 1) return [found];
    out.push(found);
  }
  return out;
}

// Words that end right before an actual's number and say it fell short of it ("不到95%", "未达到95%", "近95%", and so
// "接近95%" and "将近95%") or went past it.
const LESS_BEFORE = ['没有达到', '未达到', '没达到', '未能达到', '不到', '未满', '不满', '近'];
const MORE_BEFORE = ['超出'];

/** Whether an actual's number is more or less than the number itself: "超过95%", "不足95%", "300人以上", "95%以下". */
function qualifierOf(s: string, start: number, after: number): 'more' | 'less' | null {
  const j = skipSpacesBack(s, start - 1) + 1;
  if (LESS_BEFORE.some((w) => s.startsWith(w, j - w.length))) return 'less';
  if (MORE_BEFORE.some((w) => s.startsWith(w, j - w.length))) return 'more';
  const op = opBefore(s, start)?.op;
  if (op === '>') return 'more';
  if (op === '<') return 'less';
  const k = skipSpaces(s, after);
  if (s.startsWith('以下', k) || s.startsWith('以内', k)) return 'less';
  if (s.startsWith('以上', k)) return 'more';
  return null;
}

/** The value of the number between `from` and `to`; a whole number of ASCII digits is read without cutting text. */
function numberValue(s: string, from: number, to: number): Dec {
  if (to - from <= 9) {
    let n = 0;
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x30 || c > 0x39) return dec(digitsOf(s, from, to));
      n = n * 10 + (c - 0x30);
    }
    return dec(n);
  }
  return dec(digitsOf(s, from, to));
}

/** Tells whether an operator is positive (more is better). */
export function isPositive(op: Op): boolean {
  return op === '>=' || op === '>' || op === '=';
}
