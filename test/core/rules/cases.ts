/**
 * The case table of the rule tests: for each rule id, forms where it must fire and close forms where it must not.
 *
 * Every case starts from the clean seed form 07-party-building.json (it raises no finding) and changes the few cells
 * that matter. Laid out with the default layout (title at A1, levels merged), the form's cells are:
 *
 *   A1  财政项目支出绩效自评表                       (the form's first cell)
 *   row 5   funds header: C 年初预算数, D 全年预算数, E 全年执行数, F 分值, G 执行率, H 得分
 *   row 6   年度资金总额   C6 15000, D6 15000, E6 "15,000", F6 10, G6 "100.00%", H6 10
 *   row 7   其中：当年财政拨款 (C7 15000, D7 15000, E7 15000); row 8 上年结转资金; row 9 其他资金
 *   row 10-11 年度总体目标
 *   row 12  indicator header: A 绩效指标, B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因
 *   row 13  产出/数量  组织开展科技社会组织党建培训   =1次    1次    G13 20  H13 20
 *   row 14  产出/质量  培训合格率                     =100%   100%   G14 20  H14 20
 *   row 15  产出/时效  时效性                         (qualitative)  G15 10  H15 10
 *   row 16  效益/社会  覆盖率                         (qualitative)  G16 30  H16 30
 *   row 17  满意度     社会组织工作人员、参培人员满意度 =90%  100%   G17 10  H17 10
 *   row 18  总分                                                       G18 100 H18 100
 *
 * (The indicator header is on row 12 and the indicators start on row 13: the form has two title rows, two header
 * rows, the funds header, four funds rows and two goal rows above it. The addresses below were checked by running.)
 */
import type { Grid } from '../../../src/core';
import type { Lang, RuleId, Severity } from '../../../src/core/rules/finding';
import type { FormSpec, IndicatorSpec } from '../../../scripts/fixtures/formSpec';
import type { Layout } from '../../../scripts/fixtures/layoutForm';
import { gridOf, gridsOfSpec, seeds } from '../../helpers/grids';

/** The severity of each rule, as design §3 gives it. */
export const DESIGN_SEVERITY: Record<RuleId, Severity> = {
  'form.incomplete': 'error',
  // A part of a form that could not be read: said once, never an error (issue 10).
  'form.unread': 'info',
  'value.unparseable': 'error',
  // Not in design §3's table: an uncached formula is a number that cannot be read, like value.unparseable.
  'value.uncalculated': 'error',
  'funds.sources-sum': 'error',
  'funds.budget-zero': 'error',
  'funds.overspent': 'warning',
  'rate.mismatch': 'warning',
  'rate.score-mismatch': 'error',
  'rate.low': 'warning',
  'score.missing': 'error',
  'score.exceeds-weight': 'error',
  // Not in design §3's table: 得分 ≠ 权重 × 得分系数 on a form that states a completion coefficient (部门整体 forms).
  'score.coefficient-mismatch': 'error',
  'score.above-completion': 'warning',
  'score.band': 'warning',
  'deviation.unexplained': 'error',
  'deviation.overachieved': 'warning',
  'weights.sum': 'error',
  'weights.level1': 'warning',
  'total.mismatch': 'error',
  // Not in design §3's table: a workbook without any form is worth a look, not necessarily wrong.
  'workbook.no-forms': 'warning',
  // Not in design §3's table: a form on a sheet of instructions or examples (填表说明, 填报示例) is not checked.
  'sheet.example': 'info',
};

/** One place a rule must fire, and what the finding must say. */
export interface Hit {
  /** Defaults to the sheet of gridsOfSpec: "Sheet1". */
  sheet?: string;
  /** A1 address. */
  cell: string;
  expected: string | null;
  found: string | null;
  /** The value Fill in would write; checked only when given. */
  fill?: string | null;
  /** Further texts each message must contain (besides expected and found). */
  messages?: Partial<Record<Lang, string[]>>;
}

/** One case: a workbook, and where the rule fires in it (or that it does not). */
export interface RuleCase {
  rule: RuleId;
  name: string;
  grids: () => Grid[];
  /** Every finding of the rule, in report order; an empty list means the rule must not fire. */
  hits: Hit[];
  /** Other rules that must stay silent in this case. */
  silent?: RuleId[];
  /** The workbook must raise no finding at all (of any rule). */
  clean?: boolean;
  /** How many forms the engine must find (checked when given). */
  forms?: number;
}

const BASE: FormSpec = (() => {
  const spec = seeds().find((s) => s.id === 'party-building');
  if (!spec) throw new Error('seed 07-party-building.json is missing');
  return spec;
})();

/** A deep copy of the clean seed form. */
export function cleanSpec(): FormSpec {
  return structuredClone(BASE);
}

/** The grids of the clean seed form after an edit (on a deep copy). */
export function party(edit: (s: FormSpec) => void = () => {}, layout: Partial<Layout> = {}): Grid[] {
  const spec = cleanSpec();
  edit(spec);
  return gridsOfSpec(spec, layout);
}

// The seed's indicators by position (see the header comment).
const TRAINING = 0; // =1次 / 1次, 20 of 20, row 13
const PASS_RATE = 1; // =100% / 100%, 20 of 20, row 14
const TIMELY = 2; // qualitative, 10 of 10, row 15
const COVERAGE = 3; // qualitative, 30 of 30, row 16 (first 效益 row)

/** Edits one indicator of a spec. */
function ind(s: FormSpec, i: number, patch: Partial<IndicatorSpec>): void {
  Object.assign(s.indicators[i], patch);
}

/** A notes sheet whose sentences mention 总分 and 项目名称 (and a small list with those words as headers). */
export function notesSheet(name = '填报说明'): Grid {
  return gridOf(name, [
    ['填报说明'],
    ['1. 每个项目填写一张财政项目支出绩效自评表，总分为 100 分。'],
    ['2. 项目名称应与预算批复一致；偏差原因分析及改进措施须逐项填写。'],
    ['3. 总分低于 60 分的项目，项目名称后请加注“需整改”。'],
    [],
    ['项目名称', '主管部门', '备注'],
    ['加强科技类社会组织党建工作', '上海市科学技术委员会', ''],
    ['总分', 100, ''],
  ]);
}

/**
 * A small flat 部门整体 form after Chongqing's (test/fixtures/real/SOURCES.md): no levels, 指标权重 and 得分系数 per
 * indicator, the budget scored by 执行率权重, and the total in the head. Row 8 is the second indicator.
 */
export function departmentForm(second: { coefficient: string; score: number }): Grid {
  const total = 10 + 80 + second.score;
  return gridOf('部门整体', [
    ['部门整体绩效自评表'],
    ['主管部门', '某区文化中心', null, null, '自评总分(分)', total],
    ['部门预算执行情况(万元)', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
    [null, 1000, 1000, '100%', 10, 10],
    ['当年绩效目标', '全年(调整)绩效目标', null, null, '全年目标实际完成情况'],
    [null, '保障中心正常运转', null, null, '完成'],
    ['绩效指标', '指标名称', '调整指标值', '全年完成值', '得分系数(%)', '指标权重(分)', '指标得分(分)'],
    [null, '业务保障能力提升', '≥90%', '80%', second.coefficient, 10, second.score],
    [null, '公共服务满意度', '≥90%', '95%', '100%', 80, 80],
  ]);
}

/**
 * The grids with the 偏差原因 column split in two, as some provinces print it: I12 偏差原因 and J12 改进措施, with the
 * 覆盖率 row (16) given the reason and remedy.
 */
function splitReason(grids: Grid[], [reason, remedy]: [string, string]): Grid[] {
  const rows = grids[0].rows;
  rows[11][8] = { v: '偏差原因' };
  rows[11][9] = { v: '改进措施' };
  rows[15][8] = reason ? { v: reason } : undefined;
  rows[15][9] = remedy ? { v: remedy } : undefined;
  return grids;
}

const blank = { 'zh-CN': ['未填写'], 'en-US': ['not filled in'] };

export const CASES: RuleCase[] = [
  // ---- form.incomplete ---------------------------------------------------------------------------------
  {
    rule: 'form.incomplete',
    name: 'a sheet with only the title and 项目名称 rows',
    grids: () => [gridOf('表1', [['财政项目支出绩效自评表'], ['(2022 年度)'], ['项目名称', '加强科技类社会组织党建工作']])],
    hits: [
      {
        sheet: '表1',
        cell: 'A1',
        expected: null,
        found: null,
        messages: {
          'zh-CN': ['项目资金', '绩效指标表头'],
          'en-US': ['the funds block', 'the indicator table header'],
        },
      },
    ],
    forms: 1,
  },
  {
    rule: 'form.incomplete',
    name: 'the same title-only form starting at C4 points at C4',
    grids: () => [gridOf('表1', [[], [], [], [null, null, '财政项目支出绩效自评表'], [null, null, '项目名称', '党建']])],
    hits: [{ sheet: '表1', cell: 'C4', expected: null, found: null }],
    forms: 1,
  },
  { rule: 'form.incomplete', name: 'the clean form', grids: () => party(), hits: [], clean: true, forms: 1 },
  {
    rule: 'form.incomplete',
    name: 'a notes sheet mentioning 总分 and 项目名称 next to the clean form gives no form and no finding',
    grids: () => [...party(), notesSheet()],
    hits: [],
    clean: true,
    forms: 1,
  },

  // ---- value.unparseable ---------------------------------------------------------------------------------
  {
    rule: 'value.unparseable',
    name: 'score "十" (text)',
    grids: () => party((s) => ind(s, TRAINING, { score: '十' })),
    hits: [{ cell: 'H13', expected: null, found: '十', messages: { 'zh-CN': ['组织开展科技社会组织党建培训'] } }],
    silent: ['score.missing'],
  },
  {
    rule: 'value.unparseable',
    name: 'an Excel error #DIV/0! in 全年执行数',
    grids: () => party((s) => (s.funds.total.executed = { err: '#DIV/0!' })),
    hits: [{ cell: 'E6', expected: null, found: '#DIV/0!', messages: { 'zh-CN': ['全年执行数'], 'en-US': ['spending'] } }],
  },
  {
    rule: 'value.unparseable',
    name: 'an Excel error #VALUE! in the 总分 得分',
    grids: () => party((s) => (s.total.score = { err: '#VALUE!' })),
    hits: [{ cell: 'H18', expected: null, found: '#VALUE!', messages: { 'zh-CN': ['总分得分'], 'en-US': ['Total score'] } }],
    silent: ['total.mismatch'],
  },
  {
    rule: 'value.unparseable',
    name: 'not for "1,000.00" text (上年结转资金 年初预算数, total adjusted to match)',
    grids: () =>
      party((s) => {
        s.funds.carryover.initial = '1,000.00';
        s.funds.total.initial = 16000;
      }),
    hits: [],
    clean: true,
  },

  // ---- value.uncalculated --------------------------------------------------------------------------------
  {
    rule: 'value.uncalculated',
    name: 'a formula without a cached value in 年初预算数',
    grids: () => party((s) => (s.funds.total.initial = { f: 'SUM(C7:C9)' })),
    hits: [{ cell: 'C6', expected: null, found: null, messages: { 'zh-CN': ['=SUM(C7:C9)', '年初预算数'], 'en-US': ['=SUM(C7:C9)'] } }],
    silent: ['value.unparseable'],
  },
  {
    rule: 'value.uncalculated',
    name: 'not for the same formula with its cached value',
    grids: () => party((s) => (s.funds.total.initial = { f: 'SUM(C7:C9)', n: 15000 })),
    hits: [],
    clean: true,
  },

  // ---- funds.sources-sum ---------------------------------------------------------------------------------
  {
    rule: 'funds.sources-sum',
    name: 'current 15000 + carry-over 100 vs total 15000 in 全年预算数: only D6',
    grids: () => party((s) => (s.funds.carryover.adjusted = 100)),
    hits: [{ cell: 'D6', expected: '15,100.00', found: '15,000.00', messages: { 'zh-CN': ['全年预算数'] } }],
  },
  {
    rule: 'funds.sources-sum',
    name: 'blank sources count as 0: a blank 当年财政拨款 全年执行数 under a total of 15,000',
    grids: () => party((s) => delete s.funds.current.executed),
    hits: [{ cell: 'E6', expected: '0.00', found: '15,000.00' }],
  },
  {
    rule: 'funds.sources-sum',
    name: 'not when 上年结转资金 and 其他资金 are blank in every column',
    grids: () =>
      party((s) => {
        s.funds.carryover = { weight: '—' };
        s.funds.other = { weight: '—' };
      }),
    hits: [],
    clean: true,
  },

  // ---- funds.budget-zero ---------------------------------------------------------------------------------
  {
    rule: 'funds.budget-zero',
    name: '全年预算数 0',
    grids: () =>
      party((s) => {
        s.funds.total.adjusted = 0;
        s.funds.current.adjusted = 0;
      }),
    hits: [{ cell: 'D6', expected: null, found: '0' }],
    silent: ['rate.mismatch', 'rate.low'],
  },
  {
    rule: 'funds.budget-zero',
    name: '全年预算数 blank',
    grids: () => party((s) => delete s.funds.total.adjusted),
    hits: [{ cell: 'D6', expected: null, found: null, messages: blank }],
  },
  {
    rule: 'funds.budget-zero',
    name: '全年预算数 ".00" text, as real forms write a zero',
    grids: () =>
      party((s) => {
        s.funds.total.adjusted = '.00';
        s.funds.current.adjusted = '.00';
      }),
    hits: [{ cell: 'D6', expected: null, found: '0' }],
  },
  { rule: 'funds.budget-zero', name: 'not for the clean form', grids: () => party(), hits: [] },

  // ---- funds.overspent -----------------------------------------------------------------------------------
  {
    rule: 'funds.overspent',
    name: '全年执行数 15,001 > 全年预算数 15,000',
    grids: () =>
      party((s) => {
        s.funds.total.executed = 15001;
        s.funds.current.executed = 15001;
        s.funds.total.rate = '100.01%';
      }),
    hits: [{ cell: 'E6', expected: '15,000.00', found: '15,001.00' }],
    silent: ['rate.mismatch', 'rate.score-mismatch', 'total.mismatch'],
  },
  { rule: 'funds.overspent', name: 'not when 全年执行数 equals 全年预算数', grids: () => party(), hits: [] },

  // ---- rate.mismatch -------------------------------------------------------------------------------------
  {
    rule: 'rate.mismatch',
    name: 'recorded 99.99% vs computed 100.00%',
    grids: () => party((s) => (s.funds.total.rate = { n: 0.9999, fmt: '0.00%' })),
    hits: [{ cell: 'G6', expected: '100.00%', found: '99.99%', fill: '100.00%' }],
  },
  {
    rule: 'rate.mismatch',
    name: 'recorded "99.99%" text',
    grids: () => party((s) => (s.funds.total.rate = '99.99%')),
    hits: [{ cell: 'G6', expected: '100.00%', found: '99.99%', fill: '100.00%' }],
  },
  {
    rule: 'rate.mismatch',
    name: 'a blank recorded rate: found null',
    grids: () => party((s) => delete s.funds.total.rate),
    hits: [{ cell: 'G6', expected: '100.00%', found: null, fill: '100.00%', messages: blank }],
  },
  {
    rule: 'rate.mismatch',
    name: 'not for "100.00%" text',
    grids: () => party((s) => (s.funds.total.rate = '100.00%')),
    hits: [],
    clean: true,
  },
  {
    rule: 'rate.mismatch',
    name: 'not for 1 with the 0.00% format',
    grids: () => party((s) => (s.funds.total.rate = { n: 1, fmt: '0.00%' })),
    hits: [],
    clean: true,
  },
  {
    rule: 'rate.mismatch',
    name: 'not for 99.995%, equal to 100.00% at 0.01%',
    grids: () => party((s) => (s.funds.total.rate = { n: 0.99995, fmt: '0.000%' })),
    hits: [],
    clean: true,
  },

  // ---- rate.score-mismatch -------------------------------------------------------------------------------
  {
    rule: 'rate.score-mismatch',
    name: 'recorded 9 vs computed 10',
    grids: () =>
      party((s) => {
        s.funds.total.score = 9;
        s.total.score = 99;
      }),
    hits: [{ cell: 'H6', expected: '10.00', found: '9.00', fill: '10.00' }],
    silent: ['total.mismatch'],
  },
  {
    rule: 'rate.score-mismatch',
    name: 'not for "10.00" text',
    grids: () => party((s) => (s.funds.total.score = '10.00')),
    hits: [],
    clean: true,
  },

  // ---- rate.low ------------------------------------------------------------------------------------------
  {
    rule: 'rate.low',
    name: '执行率 85%',
    grids: () =>
      party((s) => {
        s.funds.total.executed = 12750;
        s.funds.current.executed = 12750;
        s.funds.total.rate = '85.00%';
        s.funds.total.score = 8.5;
        s.total.score = 98.5;
      }),
    hits: [{ cell: 'G6', expected: '90.00%', found: '85.00%' }],
    silent: ['rate.mismatch', 'rate.score-mismatch', 'total.mismatch', 'funds.sources-sum'],
  },
  {
    rule: 'rate.low',
    name: 'not at exactly 90%',
    grids: () =>
      party((s) => {
        s.funds.total.executed = 13500;
        s.funds.current.executed = 13500;
        s.funds.total.rate = '90.00%';
        s.funds.total.score = 9;
        s.total.score = 99;
      }),
    hits: [],
    clean: true,
  },
  {
    rule: 'rate.low',
    // Regression (review F7): "执行率 90.00% 低于 90.00%". The rate is compared as the form shows it.
    name: 'not at 89.996%, which shows as 90.00%',
    grids: () =>
      party((s) => {
        s.funds.total.executed = 13499.4;
        s.funds.current.executed = 13499.4;
        s.funds.total.rate = '90.00%';
      }),
    hits: [],
    silent: ['rate.mismatch'],
  },
  {
    rule: 'rate.low',
    name: 'at 89.99%',
    grids: () =>
      party((s) => {
        s.funds.total.executed = 13498.5;
        s.funds.current.executed = 13498.5;
        s.funds.total.rate = '89.99%';
      }),
    hits: [{ cell: 'G6', expected: '90.00%', found: '89.99%' }],
    silent: ['rate.mismatch'],
  },

  // ---- score.missing -------------------------------------------------------------------------------------
  {
    rule: 'score.missing',
    name: 'a blank score with a weight (qualitative: nothing to fill)',
    grids: () => party((s) => ind(s, TIMELY, { score: null })),
    hits: [
      { cell: 'H15', expected: null, found: null, fill: null, messages: { 'zh-CN': ['时效性', '10.00'], 'en-US': ['时效性', '10.00'] } },
    ],
  },
  {
    rule: 'score.missing',
    name: 'a blank score of a quantitative indicator, "=1次" vs "1次": fill 20.00',
    grids: () => party((s) => ind(s, TRAINING, { score: null })),
    hits: [{ cell: 'H13', expected: null, found: null, fill: '20.00', messages: { 'zh-CN': ['20.00'], 'en-US': ['20.00'] } }],
    // The computed 20.00 meets the weight, so there is no deviation to explain.
    silent: ['deviation.unexplained'],
  },
  {
    rule: 'score.missing',
    name: 'not for a row with neither weight nor score',
    grids: () => party((s) => ind(s, TIMELY, { weight: null, score: null })),
    hits: [],
  },

  // ---- score.exceeds-weight ------------------------------------------------------------------------------
  {
    rule: 'score.exceeds-weight',
    name: '21 for weight 20',
    grids: () => party((s) => ind(s, TRAINING, { score: 21 })),
    hits: [{ cell: 'H13', expected: '20', found: '21' }],
  },
  {
    rule: 'score.exceeds-weight',
    name: '-1',
    grids: () => party((s) => ind(s, TRAINING, { score: -1, reason: '培训推迟至下年度' })),
    hits: [{ cell: 'H13', expected: '20', found: '-1' }],
  },
  { rule: 'score.exceeds-weight', name: 'not for 20 of 20', grids: () => party(), hits: [] },
  {
    rule: 'score.exceeds-weight',
    name: 'not for 0 of 20',
    grids: () => party((s) => ind(s, TRAINING, { score: 0, reason: '培训推迟至下年度' })),
    hits: [],
  },

  // ---- score.above-completion ----------------------------------------------------------------------------
  {
    rule: 'score.above-completion',
    name: '"=100%" vs "90%", 20 of 20, with a 偏差原因',
    grids: () => party((s) => ind(s, PASS_RATE, { actual: '90%', score: 20, reason: '部分学员未参加考核' })),
    hits: [
      { cell: 'H14', expected: '18.00', found: '20.00', messages: { 'zh-CN': ['（100%，实际 90%）'], 'en-US': ['(100%, actual 90%)'] } },
    ],
    silent: ['deviation.unexplained', 'total.mismatch'],
  },
  {
    rule: 'score.above-completion',
    // Regression (review F6): a percentage typed in Excel (0.9 under "0%") was never compared with its target.
    name: '"=100%" vs the number 0.9 formatted 0%, 20 of 20',
    grids: () => party((s) => ind(s, PASS_RATE, { actual: { n: 0.9, fmt: '0%' }, score: 20, reason: '部分学员未参加考核' })),
    hits: [
      { cell: 'H14', expected: '18.00', found: '20.00', messages: { 'zh-CN': ['（100%，实际 90%）'], 'en-US': ['(100%, actual 90%)'] } },
    ],
    silent: ['deviation.unexplained', 'total.mismatch'],
  },
  {
    rule: 'score.above-completion',
    name: 'not when the score is the computed 18',
    grids: () =>
      party((s) => {
        ind(s, PASS_RATE, { actual: '90%', score: 18, reason: '部分学员未参加考核' });
        s.total.score = 98;
      }),
    hits: [],
    clean: true,
  },

  // ---- score.band ----------------------------------------------------------------------------------------
  {
    rule: 'score.band',
    name: '部分达成 with 30 of 30',
    grids: () => party((s) => ind(s, COVERAGE, { actual: '部分达成', score: 30 })),
    hits: [{ cell: 'H16', expected: '18.00–24.00', found: '30.00', messages: { 'zh-CN': ['部分达成'], 'en-US': ['partly achieved'] } }],
  },
  {
    rule: 'score.band',
    name: 'not for 部分达成 with 20 of 30',
    grids: () =>
      party((s) => {
        ind(s, COVERAGE, { actual: '部分达成', score: 20, reason: '部分社会组织尚未建立党组织' });
        s.total.score = 90;
      }),
    hits: [],
    clean: true,
  },

  // ---- deviation.unexplained -----------------------------------------------------------------------------
  {
    rule: 'deviation.unexplained',
    name: 'a score below its weight with an empty 偏差原因',
    grids: () =>
      party((s) => {
        ind(s, COVERAGE, { score: 28 });
        s.total.score = 98;
      }),
    hits: [{ cell: 'I16', expected: '30.00', found: '28.00', messages: { 'zh-CN': ['覆盖率', '低于分值'], 'en-US': ['覆盖率'] } }],
  },
  ...(['—', '/', '无', '-'] as const).map((reason): RuleCase => ({
    rule: 'deviation.unexplained',
    name: `regression: a score below its weight whose 偏差原因 is only "${reason}"`,
    grids: () =>
      party((s) => {
        ind(s, COVERAGE, { score: 28, reason });
        s.total.score = 98;
      }),
    hits: [{ cell: 'I16', expected: '30.00', found: '28.00' }],
  })),
  {
    rule: 'deviation.unexplained',
    name: 'not for the same score with a 偏差原因',
    grids: () =>
      party((s) => {
        ind(s, COVERAGE, { score: 28, reason: '个别社会组织尚未覆盖' });
        s.total.score = 98;
      }),
    hits: [],
    clean: true,
  },
  {
    rule: 'deviation.unexplained',
    name: 'split reason columns (偏差原因 | 改进措施): a remedy alone does not explain a score below its weight',
    grids: () =>
      splitReason(
        party((s) => (ind(s, COVERAGE, { score: 28 }), (s.total.score = 98))),
        ['', '加强宣传，扩大覆盖面'],
      ),
    hits: [{ cell: 'I16', expected: '30.00', found: '28.00' }],
  },
  {
    rule: 'deviation.unexplained',
    name: 'not with split reason columns where the 偏差原因 column explains it',
    grids: () =>
      splitReason(
        party((s) => (ind(s, COVERAGE, { score: 28 }), (s.total.score = 98))),
        ['个别社会组织尚未覆盖', ''],
      ),
    hits: [],
    clean: true,
  },
  {
    rule: 'deviation.unexplained',
    name: 'a quantitative miss ("=100%" vs "90%") with full score and an empty 偏差原因',
    grids: () => party((s) => ind(s, PASS_RATE, { actual: '90%', score: 20 })),
    // Regression: the message once stated neither the target nor the actual.
    hits: [
      { cell: 'I14', expected: '100%', found: '90%', messages: { 'zh-CN': ['培训合格率', '未达到目标'], 'en-US': ['missed its target'] } },
    ],
  },

  // ---- deviation.overachieved ----------------------------------------------------------------------------
  {
    rule: 'deviation.overachieved',
    name: '"=1次" vs "2次" (200%) with an empty 偏差原因',
    grids: () => party((s) => ind(s, TRAINING, { actual: '2次' })),
    hits: [
      {
        cell: 'I13',
        expected: '130.00%',
        found: '200.00%',
        messages: { 'zh-CN': ['实际完成 2次，为目标（1次）的 200.00%'], 'en-US': ['2次', '1次'] },
      },
    ],
    silent: ['deviation.unexplained'],
  },
  {
    rule: 'deviation.overachieved',
    name: 'at exactly 130% ("=100人" vs "130人")',
    grids: () => party((s) => ind(s, TRAINING, { target: '=100人', actual: '130人' })),
    hits: [{ cell: 'I13', expected: '130.00%', found: '130.00%' }],
  },
  {
    rule: 'deviation.overachieved',
    name: 'regression: 200% whose 偏差原因 is only "/"',
    grids: () => party((s) => ind(s, TRAINING, { actual: '2次', reason: '/' })),
    hits: [{ cell: 'I13', expected: '130.00%', found: '200.00%' }],
    silent: ['deviation.unexplained'],
  },
  {
    rule: 'deviation.overachieved',
    name: 'not for 200% with a 偏差原因',
    grids: () => party((s) => ind(s, TRAINING, { actual: '2次', reason: '应学员要求加开一次' })),
    hits: [],
    clean: true,
  },
  {
    rule: 'deviation.overachieved',
    name: 'not at 129% ("=100人" vs "129人")',
    grids: () => party((s) => ind(s, TRAINING, { target: '=100人', actual: '129人' })),
    hits: [],
    clean: true,
  },

  // ---- weights.sum ---------------------------------------------------------------------------------------
  {
    rule: 'weights.sum',
    name: 'one indicator weight 9 instead of 10: total 99',
    grids: () =>
      party((s) => {
        ind(s, TIMELY, { weight: 9, score: 9 });
        s.total.score = 99;
      }),
    hits: [
      {
        cell: 'G18',
        expected: '100',
        found: '99',
        messages: { 'zh-CN': ['预算执行率 10', '指标 89'], 'en-US': ['budget 10', 'indicators 89'] },
      },
    ],
    silent: ['total.mismatch', 'score.exceeds-weight'],
  },
  {
    rule: 'weights.sum',
    name: 'the budget weight 9 instead of 10: total 99, no level warning',
    grids: () =>
      party((s) => {
        s.funds.total.weight = 9;
        s.funds.total.score = 9;
        s.total.score = 99;
      }),
    hits: [{ cell: 'G18', expected: '100', found: '99' }],
    silent: ['weights.level1', 'rate.score-mismatch', 'total.mismatch'],
  },
  { rule: 'weights.sum', name: 'not for the clean form', grids: () => party(), hits: [] },

  // ---- weights.level1 ------------------------------------------------------------------------------------
  {
    rule: 'weights.level1',
    name: '10 points moved from 产出 to 效益 (total still 100)',
    grids: () =>
      party((s) => {
        ind(s, TRAINING, { weight: 10, score: 10 });
        ind(s, COVERAGE, { weight: 40, score: 40 });
      }),
    hits: [
      { cell: 'B13', expected: '50', found: '40', messages: { 'zh-CN': ['产出指标'], 'en-US': ['Output indicators'] } },
      { cell: 'B16', expected: '30', found: '40', messages: { 'zh-CN': ['效益指标'], 'en-US': ['Benefit indicators'] } },
    ],
    silent: ['weights.sum', 'total.mismatch'],
  },
  {
    rule: 'weights.level1',
    name: 'the same with 一级 repeated on each row: still the first cell of each group',
    grids: () =>
      party(
        (s) => {
          ind(s, TRAINING, { weight: 10, score: 10 });
          ind(s, COVERAGE, { weight: 40, score: 40 });
        },
        { levels: 'repeated' },
      ),
    hits: [
      { cell: 'B13', expected: '50', found: '40' },
      { cell: 'B16', expected: '30', found: '40' },
    ],
    silent: ['weights.sum'],
  },
  {
    rule: 'weights.level1',
    name: 'not when points move between indicators of one level',
    grids: () =>
      party((s) => {
        ind(s, TRAINING, { weight: 25, score: 25 });
        ind(s, PASS_RATE, { weight: 15, score: 15 });
      }),
    hits: [],
    clean: true,
  },

  // ---- total.mismatch ------------------------------------------------------------------------------------
  {
    rule: 'total.mismatch',
    name: 'recorded 总分 99 vs 100',
    grids: () => party((s) => (s.total.score = 99)),
    hits: [{ cell: 'H18', expected: '100.00', found: '99.00', fill: '100.00' }],
  },
  {
    rule: 'total.mismatch',
    name: 'a blank 总分: found null',
    grids: () => party((s) => (s.total.score = null)),
    hits: [{ cell: 'H18', expected: '100.00', found: null, fill: '100.00', messages: blank }],
  },
  { rule: 'total.mismatch', name: 'not for "100.00" text', grids: () => party((s) => (s.total.score = '100.00')), hits: [], clean: true },

  // ---- form.unread ---------------------------------------------------------------------------------------
  {
    rule: 'form.unread',
    name: 'a form without its 总分 row: said once, at the indicator header (B12, over the levels)',
    grids: () => party(undefined, { noTotal: true }),
    hits: [{ cell: 'B12', expected: null, found: null, messages: { 'zh-CN': ['总分行'], 'en-US': ['the total row'] } }],
    silent: ['form.incomplete', 'weights.sum', 'total.mismatch'],
    forms: 1,
  },
  {
    rule: 'form.unread',
    name: 'a funds line whose label names no role: the sum is not checked',
    grids: () => {
      const grids = party();
      grids[0].rows[8][1] = { v: '待分配数' }; // B9, where 其他资金 stood
      return grids;
    },
    hits: [{ cell: 'B9', expected: null, found: null, messages: { 'zh-CN': ['待分配数', '资金来源合计未核对'] } }],
    silent: ['funds.sources-sum'],
    forms: 1,
  },
  { rule: 'form.unread', name: 'not on the clean form', grids: () => party(), hits: [], clean: true, forms: 1 },

  // ---- score.coefficient-mismatch ------------------------------------------------------------------------
  {
    rule: 'score.coefficient-mismatch',
    name: '得分 5 where 权重 10 × 得分系数 80% is 8',
    grids: () => [departmentForm({ coefficient: '80%', score: 5 })],
    hits: [{ sheet: '部门整体', cell: 'G8', expected: '8.00', found: '5.00', fill: '8.00' }],
    forms: 1,
  },
  {
    rule: 'score.coefficient-mismatch',
    name: 'not where 得分 is 权重 × 得分系数',
    grids: () => [departmentForm({ coefficient: '80%', score: 8 })],
    hits: [],
    clean: true,
    forms: 1,
  },

  // ---- workbook.no-forms ---------------------------------------------------------------------------------
  {
    rule: 'workbook.no-forms',
    name: 'a workbook of only a notes sheet',
    grids: () => [notesSheet()],
    hits: [{ sheet: '填报说明', cell: 'A1', expected: null, found: null }],
    forms: 0,
  },
  {
    rule: 'workbook.no-forms',
    name: 'not for a workbook with a form and a notes sheet',
    grids: () => [notesSheet(), ...party()],
    hits: [],
    clean: true,
    forms: 1,
  },

  // ---- sheet.example -------------------------------------------------------------------------------------
  {
    rule: 'sheet.example',
    name: 'a 填表示例 sheet holding the template’s example form, beside the real one',
    grids: () => [...party(), named('填表示例', party((s) => (s.funds.total.adjusted = undefined))[0])],
    hits: [{ sheet: '填表示例', cell: 'A1', expected: null, found: null }],
    // The example's blank budget would be an error on a checked form.
    silent: ['funds.budget-zero'],
    forms: 1,
  },
  {
    rule: 'sheet.example',
    name: 'a workbook of only a 填报说明 sheet with an example form',
    grids: () => [named('2022年填报说明', party()[0])],
    hits: [{ sheet: '2022年填报说明', cell: 'A1', expected: null, found: null }],
    forms: 0,
  },
  {
    rule: 'sheet.example',
    name: 'not for a notes sheet without a form',
    grids: () => [notesSheet(), ...party()],
    hits: [],
    clean: true,
    forms: 1,
  },
  {
    rule: 'sheet.example',
    name: 'not for a form on a sheet whose name only contains 说明 (项目情况说明)',
    grids: () => [named('项目情况说明', party()[0])],
    hits: [],
    clean: true,
    forms: 1,
  },
];

function named(name: string, grid: Grid): Grid {
  return { ...grid, name };
}
