import { labelKey } from '../parse/text';

/** What a label cell names. */
export type LabelKind =
  | 'title'
  | 'year'
  | 'project'
  | 'department'
  | 'agency'
  | 'funds'
  | 'initial'
  | 'adjusted'
  | 'executed'
  | 'weight'
  | 'rate'
  | 'score'
  | 'fundsTotal'
  | 'fundsCurrent'
  | 'fundsCarryover'
  | 'fundsOther'
  | 'goals'
  | 'expected'
  | 'achieved'
  | 'indicators'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'actual'
  | 'reason'
  | 'total'
  | 'unit';

const EXACT: Record<string, LabelKind> = {};
function add(kind: LabelKind, ...keys: string[]) {
  for (const k of keys) EXACT[k] = kind;
}
add('project', '项目名称');
add('department', '主管部门', '主管部门及代码');
add('agency', '实施单位', '项目实施单位');
add('initial', '年初预算数', '年初预算');
add('adjusted', '全年预算数', '全年预算', '调整后预算数', '全年预算数(A)');
add('executed', '全年执行数', '全年执行', '全年实际执行数', '全年执行数(B)');
add('weight', '分值', '权重', '分值(分)');
add('rate', '执行率', '预算执行率', '执行率(B/A)');
add('score', '得分', '得分(分)', '自评得分');
add('fundsTotal', '年度资金总额', '资金总额', '年度资金总额:');
add('fundsCurrent', '其中:当年财政拨款', '当年财政拨款', '其中:财政拨款', '财政拨款', '其中:当年财政拨款资金');
add('fundsCarryover', '上年结转资金', '上年结转', '其中:上年结转资金');
add('fundsOther', '其他资金', '其他资金:', '其中:其他资金');
add('goals', '年度总体目标', '总体目标', '年度目标');
add('expected', '预期目标', '年度预期目标');
add('achieved', '实际完成情况', '年度实际完成情况', '实际完成');
add('indicators', '绩效指标');
add('level1', '一级指标');
add('level2', '二级指标');
add('level3', '三级指标');
add('target', '年度指标值', '指标值', '年度目标值', '目标值', '预期指标值', '年度指标值(A)', '指标值(A)');
add('actual', '实际完成值', '全年实际值', '实际值', '全年实际完成值', '实际完成值(B)', '全年实际值(B)');
add('total', '总分');

const memo = new Map<string, LabelKind | null>();

// The first two characters of every label, as one number: any other text is rejected before it is folded or looked up.
const PREFIXES = new Set<number>();
for (const k of [...Object.keys(EXACT), '财政', '项目', '单位', '金额', '偏差', '未完', '原因'])
  PREFIXES.add(pair(k.charCodeAt(0), k.charCodeAt(1)));

// A 32-bit integer, so that V8 keeps it a small integer: a * 0x10000 + b overflows that for most CJK characters and
// would be boxed on every lookup.
function pair(a: number, b: number): number {
  return (a << 16) | b;
}

/** A character code with full-width ASCII folded; -1 for white space. */
function folded(c: number): number {
  if (c === 0x20 || c === 0x3000 || (c >= 0x09 && c <= 0x0d)) return -1;
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Tells whether a text may be a label, from its first two non-blank characters. */
function mayBeLabel(text: string): boolean {
  let a = -1;
  for (let i = 0; i < text.length; i++) {
    const c = folded(text.charCodeAt(i));
    if (c < 0) continue;
    if (a < 0) {
      a = c;
      continue;
    }
    // Titles and years may start with a year: "2023年度财政…", "(2022 年度)".
    return PREFIXES.has(pair(a, c)) || isDigit(a) || (a === 0x28 && isDigit(c));
  }
  return false;
}

/** Classifies a short text as a form label, or null. Long texts are never labels. */
export function classify(text: string): LabelKind | null {
  if (text.length > 40 || !mayBeLabel(text)) return null;
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const kind = classifyKey(labelKey(text));
  if (memo.size < 50000) memo.set(text, kind);
  return kind;
}

function classifyKey(k: string): LabelKind | null {
  const exact = EXACT[k];
  if (exact) return exact;
  if (/^(\d{4}年度?)?(财政)?项目支出绩效自评表(\(\d{4}年度?\))?$/.test(k)) return 'title';
  if (/^\(?\d{4}年度\)?$/.test(k)) return 'year';
  if (/^项目资金(\((万元|元)\))?$/.test(k) || /^项目资金(万元|元)$/.test(k)) return 'funds';
  if (/^(金额)?单位:(万元|元)$/.test(k)) return 'unit';
  if (/^偏差原因/.test(k) || /^(未完成|偏差)?原因分析(及改进措施)?$/.test(k)) return 'reason';
  return null;
}

/** The unit named by a funds label or a "单位：万元" cell; null when it names none. */
export function unitOf(text: string): '元' | '万元' | null {
  const k = labelKey(text);
  if (k.includes('万元')) return '万元';
  if (k.includes('元')) return '元';
  return null;
}

/** The year named in a title or "(2022 年度)" cell. */
export function yearOf(text: string): number | null {
  const m = /(\d{4})\s*年/.exec(labelKey(text));
  return m ? Number(m[1]) : null;
}
