import { analyse, planEdits, type Finding } from '../../../src/core';
import { planMarks } from '../../../src/core/plan/marks';
import { findingsText, hyperlinkFormula } from '../../../src/core/plan/summary';
import { gridsOfFixture, gridsOfPlan, seeds } from '../../helpers/grids';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'rate.low',
  severity: 'warning',
  sheet: '表1',
  cell: 'G6',
  row: 5,
  col: 6,
  params: {},
  expected: '90.00%',
  found: '71.32%',
  fill: null,
  ...over,
});

describe('planMarks', () => {
  it('marks the funding source lines with the total they do not add up to, one finding per column (issue 12)', () => {
    const research = analyse(gridsOfFixture('seed.xlsx')).forms[5];
    const sums = research.findings.filter((f) => f.rule === 'funds.sources-sum');
    expect(sums.map((f) => [f.cell, (f.also ?? []).map((c) => c.cell)])).toEqual([
      ['C6', ['C7', 'C8', 'C9']],
      ['D6', ['D7', 'D8', 'D9']],
      ['E6', ['E7', 'E8', 'E9']],
    ]);
    const marks = planMarks(research.findings, 'zh-CN');
    const d7 = marks.find((m) => m.cell === 'D7')!;
    expect(d7).toMatchObject({ severity: 'error', rules: ['funds.sources-sum'] });
    expect(d7.note).toContain('全年预算数：当年财政拨款 0.00 + 上年结转资金 0.00 + 其他资金 0.00，合计 0.00 元');
    // One cell, one mark: the total keeps its own, with nothing counted twice.
    expect(marks.filter((m) => m.cell === 'D6')).toHaveLength(1);
    expect(marks.find((m) => m.cell === 'D6')!.rules).toEqual(['funds.sources-sum']);
  });

  it('marks a cell once when several findings name it besides their own', () => {
    const also = [{ cell: 'D7', row: 6, col: 3 }];
    const marks = planMarks(
      [
        finding({ rule: 'funds.sources-sum', severity: 'error', cell: 'D6', row: 5, col: 3, also }),
        finding({ rule: 'funds.sources-sum', severity: 'error', cell: 'C6', row: 5, col: 2, also }),
      ],
      'en-US',
    );
    expect(marks.map((m) => [m.cell, m.rules])).toEqual([
      ['D6', ['funds.sources-sum']],
      ['D7', ['funds.sources-sum', 'funds.sources-sum']],
      ['C6', ['funds.sources-sum']],
    ]);
  });

  it('puts every finding on a cell into one mark with the worst severity and every message', () => {
    const marks = planMarks(
      [
        finding({}),
        finding({ rule: 'rate.mismatch', expected: '71.32%', found: '71.00%' }),
        finding({ cell: 'H6', col: 7, rule: 'rate.score-mismatch', severity: 'error', expected: '7.13', found: '7' }),
      ],
      'zh-CN',
    );
    expect(marks.map((m) => [m.cell, m.severity, m.rules])).toEqual([
      ['G6', 'warning', ['rate.low', 'rate.mismatch']],
      ['H6', 'error', ['rate.score-mismatch']],
    ]);
    expect(marks[0].note.split('\n')).toEqual([
      '绩效自评助手：',
      '• 执行率 71.32% 低于 90.00%，请说明预算执行偏低的原因 [rate.low]',
      '• 执行率填写为 71.00%，按全年执行数 ÷ 全年预算数计算应为 71.32% [rate.mismatch]',
    ]);
  });

  it('keeps cells of different sheets apart', () => {
    expect(planMarks([finding({}), finding({ sheet: '表2' })], 'en-US')).toHaveLength(2);
  });
});

describe('planSummary', () => {
  const a = analyse(gridsOfFixture('wanyuan.xlsx'));
  const s = planEdits(a, 'zh-CN').summary;

  it('has a row per form, with amounts converted from 万元 to 元', () => {
    expect(s.table.rows).toHaveLength(7);
    const row = s.table.rows[0];
    expect(row[0]).toEqual({ kind: 'link', text: '1 绿色技术银行综合管理与运行', sheet: '1 绿色技术银行综合管理与运行', cell: 'A1' });
    expect(row[4]).toMatchObject({ kind: 'number', format: '#,##0.00' });
    expect(row[4]?.kind === 'number' && row[4].value.toFixed()).toBe('1216145');
    expect(row[5]?.kind === 'number' && row[5].value.toFixed()).toBe('1212480.41');
  });

  it('totals the amounts and the overall 执行率 as Σ executed ÷ Σ budget', () => {
    const [, , , , budget, spent, rate] = s.table.totals;
    expect(budget?.kind === 'formula' && [budget.formula, budget.value.toFixed()]).toEqual(['SUM(E5:E11)', '43290284.96']);
    expect(spent?.kind === 'formula' && spent.value.toFixed()).toBe('33172729.31');
    expect(rate?.kind === 'formula' && [rate.formula, rate.value.toFixed(4)]).toEqual(['IF(E12=0,0,F12/E12)', '0.7663']);
  });

  it('regression: leaves a form without its 全年执行数 out of the overall 执行率, and says so', () => {
    const specs = seeds().slice(0, 3);
    specs[1].funds.total.executed = '';
    const sheets = specs.map((spec, i) => ({ name: `表${i + 1}`, forms: [{ spec, layout: {} }] }));
    const partial = planEdits(analyse(gridsOfPlan({ file: 'x.xlsx', sheets })), 'zh-CN').summary;
    const [, , , , budget, spent, rate] = partial.table.totals;
    const amount = (r: number, c: number) => {
      const v = partial.table.rows[r][c];
      return v?.kind === 'number' ? v.value : null;
    };
    expect(amount(1, 5)).toBeNull();
    // Every budget is in the column's sum, but only forms 1 and 3 in the rate.
    expect(budget?.kind === 'formula' && budget.value.toFixed()).toBe(amount(0, 4)!.plus(amount(1, 4)!).plus(amount(2, 4)!).toFixed());
    expect(spent?.kind === 'formula' && spent.value.toFixed()).toBe(amount(0, 5)!.plus(amount(2, 5)!).toFixed());
    const expected = amount(0, 5)!
      .plus(amount(2, 5)!)
      .dividedBy(amount(0, 4)!.plus(amount(2, 4)!));
    expect(rate?.kind === 'formula' && [rate.formula, rate.value.toFixed(10)]).toEqual([
      'IF(SUMIFS(E5:E7,F5:F7,"<>")=0,0,SUMIFS(F5:F7,E5:E7,"<>")/SUMIFS(E5:E7,F5:F7,"<>"))',
      expected.toFixed(10),
    ]);
    expect(partial.table.totals[18]).toEqual({ kind: 'text', text: '合计执行率未计入 1 张缺少全年预算数或全年执行数的表' });
    expect(s.table.totals[18]).toBeNull(); // every form of the 万元 fixture has both amounts
  });

  it('gives each form its status and counts', () => {
    const status = s.table.rows.map((r) => (r[18]?.kind === 'text' ? r[18].text : null));
    expect(status).toEqual(['通过', '通过', '通过', '通过', '通过', '需修改', '通过']);
  });

  it('lists every finding with a link to its cell', () => {
    expect(s.findings.rows).toHaveLength(a.forms.flatMap((f) => f.findings).length);
    expect(s.findings.rows[0][1]).toMatchObject({ kind: 'link', cell: 'I13' });
    expect(s.findings.top).toBe(13);
  });

  it('names each finding’s rule in the user’s language and says how to fix it (issue 12), not the rule’s id', () => {
    const row = s.findings.rows[0].map((v) => (v && 'text' in v ? v.text : null));
    expect(row[2]).toBe('超额完成未说明');
    expect(row[5]).toMatch(/^在偏差原因栏说明超额完成的原因/);
    const en = planEdits(a, 'en-US').summary.findings.rows[0];
    expect(en[2]).toEqual({ kind: 'text', text: 'Over-achievement unexplained' });
  });

  it('copies the findings as tab-separated text, header first, one line a finding, no stray tabs or line breaks', () => {
    const text = findingsText(s).split('\n');
    expect(text[0]).toBe('工作表\t单元格\t规则\t级别\t说明\t修改方法');
    expect(text).toHaveLength(s.findings.rows.length + 1);
    expect(text.every((l) => l.split('\t').length === 6)).toBe(true);
  });

  it('keeps text from cells as text, even when it looks like a formula', () => {
    const spec = seeds()[6];
    spec.project = '=HYPERLINK("http://evil","x")';
    const plan = planEdits(analyse(gridsOfPlan({ file: 'x.xlsx', sheets: [{ name: 'S', forms: [{ spec, layout: {} }] }] })), 'en-US');
    expect(plan.summary.table.rows[0][1]).toEqual({ kind: 'text', text: '=HYPERLINK("http://evil","x")' });
    expect(plan.summary.sheetName).toBe('Summary');
  });
});

describe('hyperlinkFormula', () => {
  it.each([
    ['表1', 'A1', '表1', 'HYPERLINK("#\'表1\'!A1","表1")'],
    ["O'Brien", 'B2', 'x', 'HYPERLINK("#\'O\'\'Brien\'!B2","x")'],
    ['a"b', 'C3', 'say "hi"', 'HYPERLINK("#\'a""b\'!C3","say ""hi""")'],
  ])('quotes sheet %s and its text', (sheet, cell, text, formula) => {
    expect(hyperlinkFormula(sheet, cell, text)).toBe(formula);
  });
});
