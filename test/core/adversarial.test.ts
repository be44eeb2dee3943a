/**
 * Regressions from the adversarial check of issue 10: correct forms laid out as real ones are, which raised false errors
 * or were misread, and planted problems that were missed. Each starts from a correct national-template form (in 万元).
 */
import { analyse, explainForms, type Analysis, type Grid } from '../../src/core';
import { gridOf } from '../helpers/grids';

type Row = (string | number | null)[];

interface Options {
  fundsLabel: string;
  total: Row;
  sources: Row[];
  header: Row;
  indicators: Row[];
  totalRow: [string, number | null, number | null];
  before: Row[];
}

/** The national template's indicator header. */
const HEADER: Row = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

/** A correct form: 执行率 98.99 %, budget 得分 9.90, 总分 99.90. */
function national(o: Partial<Options> = {}): Row[] {
  const p: Options = {
    fundsLabel: '项目资金\n（万元）',
    total: ['年度资金总额', 120, 118.5, 117.3, 10, '98.99%', 9.9],
    sources: [
      ['其中：当年财政拨款', 100, 98.5, 97.3],
      ['上年结转资金', 20, 20, 20],
      ['其他资金', 0, 0, 0],
    ],
    header: HEADER,
    indicators: [
      ['产出指标', '数量指标', '养护里程', '≥500公里', '520公里', 20, 20],
      ['产出指标', '质量指标', '优良路率', '≥85%', '88%', 15, 15],
      ['产出指标', '时效指标', '完成及时率', '=100%', '100%', 15, 15],
      ['效益指标', '社会效益指标', '群众出行条件', '明显改善', '明显改善', 30, 30],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
    ],
    totalRow: ['总分', 100, 99.9],
    before: [],
    ...o,
  };
  return [
    ['项目支出绩效自评表'],
    ['（2023年度）'],
    ['项目名称', '农村公路养护专项'],
    ['主管部门', 'XX县交通运输局', null, null, '实施单位', 'XX县公路事业发展中心'],
    ...p.before,
    [p.fundsLabel, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, ...p.total],
    ...p.sources.map((s) => [null, ...s]),
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '完成全县农村公路养护500公里', null, null, null, '完成养护520公里'],
    p.header,
    ...p.indicators.map((i) => [null, ...i]),
    [p.totalRow[0], null, null, null, null, null, p.totalRow[1], p.totalRow[2]],
  ];
}

const run = (rows: Row[]): Analysis => analyse([gridOf('表', rows)]);
const found = (a: Analysis, severity = 'error') =>
  a.forms.flatMap((f) => f.findings.filter((x) => x.severity === severity).map((x) => `${x.rule}@${x.cell}`));
const figures = (a: Analysis) =>
  a.forms.map((f) => [f.result.rate?.toFixed(4), f.result.budgetScore?.toFixed(2), f.result.total?.toFixed(2)]);

it('the correct form raises nothing', () => {
  const a = run(national());
  expect(a.forms[0].findings).toEqual([]);
  expect(figures(a)).toEqual([['0.9899', '9.90', '99.90']]);
});

it('regression: a met target and actual with thousands separators (≥1,000人次, 1,200人次) raise nothing; a missed one is found', () => {
  const met = national({ indicators: [['产出指标', '数量指标', '培训人次', '≥1,000人次', '1,200人次', 50, 50], ...rest()] });
  expect(found(run(met), 'error')).toEqual([]);
  expect(found(run(met), 'warning')).toEqual([]);
  const missed = national({ indicators: [['产出指标', '数量指标', '培训人次', '≥1,000人次', '800人次', 50, 50], ...rest()] });
  expect(found(run(missed))).toEqual(['deviation.unexplained@I13']);
  expect(found(run(missed), 'warning')).toEqual(['score.above-completion@H13']);
});

/** The indicators after a first one of 50 points: 效益 30, 满意度 10 (with the budget's 10, 100 in all). */
function rest(): Row[] {
  return [
    ['效益指标', '社会效益指标', '群众出行条件', '明显改善', '明显改善', 30, 30],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
  ];
}

it('regression: a total row whose label the vocabulary lacks is still the total row, said as info; never an indicator', () => {
  for (const label of ['综合评分', '最终得分', '绩效自评总分', '本项目得分情况']) {
    const a = run(national({ totalRow: [label, 100, 99.9] }));
    expect({ label, errors: found(a), warnings: found(a, 'warning'), total: figures(a)[0][2] }).toEqual({
      label,
      errors: [],
      warnings: [],
      total: '99.90',
    });
  }
  const info = run(national({ totalRow: ['本项目得分情况', 100, 99.9] })).forms[0].findings;
  expect(info.map((f) => `${f.rule}@${f.cell}`)).toEqual(['form.unread@A18']);
});

it('regression: a 部门整体 form with a 年度主要任务 block (预算数 | 执行数) and a funds label in its own words reads its own funds', () => {
  const rows = national({
    fundsLabel: '年度部门整体支出预算执行情况（万元）',
    before: [
      ['年度主要任务', '任务名称', null, '主要内容', null, '预算数', '执行数'],
      [null, '道路养护', null, '养护农村公路', null, 100, 98],
    ],
  });
  const a = run(rows);
  expect(found(a)).toEqual([]);
  expect(figures(a)).toEqual([['0.9899', '9.90', '99.90']]);
  expect(a.forms[0].result.form.funds?.unit).toBe('万元');
});

it('regression: the unit of a funds block whose label the vocabulary lacks still comes from its （万元）', () => {
  const a = run(national({ fundsLabel: '本项目资金安排（万元）' }));
  expect(a.forms[0].result.form.funds?.unit).toBe('万元');
  expect(found(a)).toEqual([]);
});

it('regression: everyday funding-line names (单位自筹, 省财政, 其他) are summed, so a wrong total is found', () => {
  const sources: Row[] = [
    ['其中：省财政', 60, 58.5, 57.3],
    ['单位自筹', 40, 40, 40],
    ['其他', 10, 10, 10],
  ];
  expect(found(run(national({ sources })))).toEqual(['funds.sources-sum@C6', 'funds.sources-sum@D6', 'funds.sources-sum@E6']);
  sources[2] = ['其他', 20, 20, 20];
  expect(found(run(national({ sources })))).toEqual([]);
});

it('regression: with a funds label the vocabulary lacks, the amount headers over the total line are the funds block’s, not a task block’s above', () => {
  const a = run(
    national({
      fundsLabel: '资金安排与使用（万元）',
      before: [
        ['年度主要任务', '任务名称', null, '主要内容', null, '预算数', '执行数'],
        [null, '道路养护', null, '养护农村公路', null, 100, 98],
      ],
    }),
  );
  expect(found(a)).toEqual([]);
  expect(figures(a)).toEqual([['0.9899', '9.90', '99.90']]);
});

it('regression: a breakdown of a source line (a second 其中：, indented) is not added again to the sources’ sum', () => {
  const sources: Row[] = [
    ['其中：财政拨款', 100, 98.5, 97.3],
    ['　　其中：一般公共预算', 80, 78.5, 77.3],
    ['　　　　　政府性基金预算', 20, 20, 20],
    ['其他资金', 20, 20, 20],
  ];
  expect(found(run(national({ sources })))).toEqual([]);
  sources[3] = ['其他资金', 10, 20, 20];
  expect(found(run(national({ sources })))).toEqual(['funds.sources-sum@C6']);
});

it('regression: a 得分 column whose header the vocabulary lacks leaves 总分 unknown, not a partial sum with a wrong 等级', () => {
  const header = HEADER.map((h) => (h === '得分' ? '本年度分数' : h));
  const a = run(national({ header }));
  expect(a.forms[0].result.total).toBeNull();
  expect(a.forms[0].result.grade).toBeNull();
  expect(found(a)).toEqual([]);
  expect(a.forms[0].findings.map((f) => f.rule)).toEqual(['form.unread']);
});

it('regression: a transfer form with neither 分值 nor 得分 is not said to lack a total row', () => {
  const header = HEADER.filter((h) => h !== '分值' && h !== '得分');
  const indicators: Row[] = [['产出指标', '数量指标', '养护里程', '≥500公里', '520公里', '']];
  const rows = national({ header, indicators }).slice(0, -1);
  expect(run(rows).forms[0].findings).toEqual([]);
});

it('regression: 成本指标 (a first level since 财预〔2021〕101号) shares 产出指标’s 50 points', () => {
  const indicators: Row[] = [
    ['产出指标', '数量指标', '养护里程', '≥500公里', '520公里', 40, 40],
    ['成本指标', '经济成本指标', '单位成本', '≤2万元/公里', '1.9万元/公里', 10, 10],
    ['效益指标', '社会效益指标', '群众出行条件', '明显改善', '明显改善', 30, 30],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
  ];
  const a = run(national({ indicators }));
  expect(found(a, 'warning')).toEqual([]);
  expect(found(a)).toEqual([]);
});

it('regression: an actual that states the target met among other numbers ("…共3次", "由90%提升至97%") is not a missed target', () => {
  const indicators: Row[] = [
    ['产出指标', '数量指标', '培训次数', '≥3次', '上半年1次，下半年2次，共3次', 30, 30],
    ['产出指标', '质量指标', '覆盖率', '≥95%', '覆盖率由90%提升至97%', 20, 20],
    ...rest(),
  ];
  const a = run(national({ indicators }));
  expect(found(a)).toEqual([]);
  expect(found(a, 'warning')).toEqual([]);
});

it('regression: without a 分值 column, a first level scored above the weight its label states is an error', () => {
  const header = HEADER.filter((h) => h !== '分值');
  const indicators: Row[] = [
    ['产出指标（50分）', '数量指标', '养护里程', '≥500公里', '520公里', 30],
    [null, '质量指标', '优良路率', '≥85%', '88%', 25],
    ['效益指标（30分）', '社会效益指标', '群众出行条件', '明显改善', '明显改善', 30],
    ['满意度指标（10分）', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10],
  ];
  // Without a 分值 column, 得分 stands in column G, where the 总分 row's first number goes.
  expect(found(run(national({ header, indicators, totalRow: ['总分', 104.9, null] })))).toEqual(['score.exceeds-weight@B13']);
});

it('regression: a funds block that could not be read raises no weights.sum (its weight is unknown), only form.unread', () => {
  const rows = national({ fundsLabel: '项目资金（万元）' }).map((r) => (r[2] === '年初预算数' ? [r[0], null, '填写说明', '见附表'] : r));
  const a = run(rows);
  expect(found(a)).toEqual([]);
  expect(a.forms[0].findings.map((f) => f.rule)).toContain('form.unread');
});
