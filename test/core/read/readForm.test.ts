import { analyse, computeForms } from '../../../src/core';
import { handMadeForm } from '../locate/handMade';
import { gridsOfSpec, seeds } from '../../helpers/grids';

describe('readForm on a layout no fixture anticipated', () => {
  const grid = handMadeForm('手工表').grid;
  const a = analyse([grid]);
  const r = computeForms([grid])[0];
  const f = r.form;

  it('reads the header fields and the year', () => {
    expect(f).toMatchObject({ project: '科技人才培训', department: '某某委员会', agency: '某某中心', year: 2023 });
  });

  it('reads the funds block by its own column labels, in 万元, with full-width digits', () => {
    expect(f.funds?.unit).toBe('万元');
    expect(f.funds?.total?.adjusted).toMatchObject({ row: 6, col: 5 });
    expect(r.rate?.toFixed(4)).toBe('0.9500');
    expect(r.budgetScore?.toFixed(2)).toBe('9.50');
  });

  it('gives 分值, 执行率 and 得分 to the 年度资金总额 line only', () => {
    expect(f.funds?.total?.weight).not.toBeNull();
    for (const line of f.funds?.sources ?? []) {
      expect([line.weight, line.rate, line.score]).toEqual([null, null, null]);
      expect(line.adjusted).not.toBeNull();
    }
    expect(f.funds?.sources.map((l) => [l.name, l.role])).toEqual([
      ['当年财政拨款', 'source'],
      ['上年结转资金', 'source'],
      ['其他资金', 'source'],
    ]);
  });

  it('reads the indicators with 一级 inherited down its group and 得分/分值 in swapped columns', () => {
    expect(
      r.indicators.map((i) => [i.indicator.levels.level1, i.indicator.levels.level2, i.weight?.toFixed(), i.recorded?.toFixed()]),
    ).toEqual([
      ['产出指标', '数量指标', '30', '30'],
      ['产出指标', '质量指标', '30', '27'],
      ['满意度指标', '服务对象满意度指标', '10', '10'],
      ['效益指标', '社会效益指标', '20', '20'],
    ]);
    expect(r.indicators[1].quantitative?.score?.toFixed(2)).toBe('27.00');
  });

  it('shares one levels object among the rows of a 二级指标 and one columns object among the rows of the table', () => {
    const rows = f.indicators;
    expect(rows[0].levels).not.toBe(rows[1].levels); // 数量指标, then 质量指标
    expect(rows[1].levels.level1At).toBe(rows[0].levels.level1At); // one 产出指标 cell
    expect(new Set(rows.map((i) => i.columns)).size).toBe(1);
  });

  it('computes the total and checks it against the recorded one', () => {
    expect(r.total?.toFixed(2)).toBe('96.50');
    expect(r.recordedTotal?.toFixed()).toBe('96.5');
  });

  it('reports only the first-level weights that differ from the profile, at each group’s first cell', () => {
    expect(a.forms[0].findings.map((x) => `${x.rule}@${x.cell} ${x.expected}/${x.found}`)).toEqual([
      'weights.level1@C14 50/60',
      'weights.level1@C17 30/20',
    ]);
  });
});

describe('readForm: the funds unit in a cell of its own', () => {
  it.each(['beside', 'below'] as const)('regression: reads 万元 written %s the label, not 元', (where) => {
    const r = analyse([handMadeForm('手工表', { unitApart: where }).grid]).forms[0].result;
    expect(r.form.funds?.unit).toBe('万元');
    expect(r.rate?.toFixed(4)).toBe('0.9500');
  });
});

describe('readForm: the indicator headers of the MoF template, marked (A) and (B)', () => {
  it.each([
    ['年度指标值（A）', '实际完成值（B）'],
    ['年度指标值(A)', '实际完成值 (B)'],
    ['指标值（A）', '全年实际值（B）'],
  ])('regression: finds the target and actual columns under "%s" and "%s"', (target, actual) => {
    const plain = gridsOfSpec(seeds()[6]);
    const marked = gridsOfSpec(seeds()[6]);
    const rename: Record<string, string> = { 年度指标值: target, 实际完成值: actual };
    let renamed = 0;
    for (const row of marked[0].rows)
      for (const c of row ?? [])
        if (c && typeof c.v === 'string' && rename[c.v]) {
          c.v = rename[c.v];
          renamed++;
        }
    expect(renamed).toBe(2);
    const [want, got] = [plain, marked].map((g) => computeForms(g)[0]);
    expect(got.form.indicators.map((i) => [i.target, i.actual])).toEqual(want.form.indicators.map((i) => [i.target, i.actual]));
    expect(got.indicators.filter((i) => i.quantitative).length).toBeGreaterThan(0);
    expect(analyse(marked).forms[0].findings).toEqual(analyse(plain).forms[0].findings);
  });
});
