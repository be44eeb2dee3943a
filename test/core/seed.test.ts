import { analyse, type Analysis } from '../../src/core';
import { gridsOfFixture } from '../helpers/grids';

const PROJECTS = [
  '绿色技术银行综合管理与运行',
  '国内外科技合作交流',
  '技术转移合作',
  '长三角“一体化”科创云平台',
  '技贸大厦楼顶维修改造',
  '科研基地服务与科技项目管理',
  '加强科技类社会组织党建工作',
];
const RATES = ['99.70', '97.96', '94.22', '99.99', '100.00', '71.32', '100.00'];
const BUDGET_SCORES = ['9.97', '9.80', '9.42', '10.00', '10.00', '7.13', '10.00'];
const TOTALS = ['98.97', '99.80', '98.42', '99.90', '96.00', '97.13', '100.00'];

const rules = (a: Analysis, i: number) => a.forms[i].findings.map((f) => f.rule);

describe.each(['seed.xlsx', 'stacked.xlsx', 'wanyuan.xlsx', 'offsets.xlsx', 'side-by-side.xlsx'])('the seed forms in %s', (file) => {
  const a = analyse(gridsOfFixture(file));

  it('finds all seven forms, in order', () => {
    expect(a.forms.map((f) => f.result.form.project)).toEqual(PROJECTS);
    expect(a.findings).toEqual([]);
  });

  it.each(PROJECTS.map((p, i) => [p, i] as const))('%s: reproduces the seed figures', (_p, i) => {
    const r = a.forms[i].result;
    expect(r.rate!.times(100).toFixed(2)).toBe(RATES[i]);
    expect(r.budgetScore!.toFixed(2)).toBe(BUDGET_SCORES[i]);
    expect(r.total!.toFixed(2)).toBe(TOTALS[i]);
    expect(r.grade).toBe('优');
    expect(r.weightTotal.toFixed()).toBe('100');
  });

  it('reports the seed’s wrong 94.23% as rate.mismatch, and only there', () => {
    const hits = a.forms.flatMap((f) => f.findings.filter((x) => x.rule === 'rate.mismatch'));
    expect(hits).toHaveLength(1);
    expect(hits[0].sheet).toBe(a.forms[2].result.form.sheet);
    expect(hits[0]).toMatchObject({ expected: '94.22%', found: '94.23%', fill: '94.22%' });
  });

  it('raises funds.sources-sum on 科研基地服务与科技项目管理 in each amount column', () => {
    expect(rules(a, 5).filter((r) => r === 'funds.sources-sum')).toHaveLength(3);
    for (let i = 0; i < 7; i++) if (i !== 5) expect(rules(a, i)).not.toContain('funds.sources-sum');
  });

  it('raises no deviation.unexplained: every deviation in the seed has its 偏差原因', () => {
    expect(a.forms.flatMap((f) => f.findings).filter((f) => f.rule === 'deviation.unexplained')).toEqual([]);
  });

  it('reads the unit from the funds label', () => {
    expect(new Set(a.forms.map((f) => f.result.form.funds?.unit))).toEqual(new Set([file === 'wanyuan.xlsx' ? '万元' : '元']));
  });
});
