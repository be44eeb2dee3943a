import { analyse, messageOf, planEdits, type Finding } from '../../src/core';
import { planMarks } from '../../src/core/plan/marks';
import { gridOf } from '../helpers/grids';
import { party } from './rules/cases';

/** Regressions from the adversarial review of issue 12 (the pane's findings): one test per problem found. */
const findings = (grids: ReturnType<typeof party>): Finding[] => analyse(grids).forms.flatMap((f) => f.findings);

describe('issue 12 review', () => {
  it('total.mismatch promises no fill for a 总分 above its 分值, which Fill in never writes', () => {
    const over = party((s) => {
      s.indicators[0].score = 25; // 25 of 20: the scores add up to 105
      s.total = { weight: 100, score: null };
    });
    const total = findings(over).find((f) => f.rule === 'total.mismatch')!;
    expect(total).toMatchObject({ cell: 'H18', fill: null });
    expect(planEdits(analyse(over), 'zh-CN').fills.filter((f) => f.kind === 'total')).toEqual([]);
  });

  it('deviation.unexplained words a missed target plainly, as the other rules do, not with its symbols', () => {
    const missed = party((s) => {
      s.indicators[0] = { ...s.indicators[0], target: '≥120项', actual: '100项', score: 16 };
    });
    const f = findings(missed).find((x) => x.rule === 'deviation.unexplained')!;
    expect(messageOf(f, 'zh-CN')).toBe(
      '指标“组织开展科技社会组织党建培训”未达到目标（目标不少于120项，实际 100项），但未填写偏差原因分析及改进措施',
    );
    expect(messageOf(f, 'en-US')).toMatch(/missed its target of at least 120项 \(actual 100项\)/);
    // The JSON report's expected keeps the symbols, as a form writes them.
    expect(f.expected).toBe('≥120项');
  });

  it('a blank 年度资金总额 in 全年执行数 reads 未填写 and asks for the total, not for a line to change', () => {
    const blank = party((s) => delete s.funds.total.executed);
    const sum = findings(blank).find((f) => f.rule === 'funds.sources-sum')!;
    expect(sum.cell).toBe('E6');
    expect(sum.found).toBeNull();
    expect(messageOf(sum, 'zh-CN')).toBe(
      '全年执行数：当年财政拨款 15,000.00 + 上年结转资金 未填写 + 其他资金 未填写，合计 15,000.00 元，但年度资金总额未填写；请填写年度资金总额',
    );
    expect(messageOf(sum, 'en-US')).toMatch(/but 年度资金总额 is blank; fill it in$/);
  });

  it('a blank 全年预算数 total is one finding (funds.budget-zero), not two on one cell', () => {
    const blank = party((s) => delete s.funds.total.adjusted);
    const onD6 = findings(blank).filter((f) => f.cell === 'D6');
    expect(onD6.map((f) => f.rule)).toEqual(['funds.budget-zero']);
  });

  it('a workbook without a form gets no mark: there is no cell to fix, and the verdict says so', () => {
    const a = analyse([gridOf('说明', [['本工作簿用于填写说明'], ['无表格']])]);
    expect(a.findings.map((f) => f.rule)).toEqual(['workbook.no-forms']);
    expect(planMarks(a.findings, 'zh-CN')).toEqual([]);
  });
});

describe('issue 12 review: Fill in never writes a 总分 above the form’s 分值', () => {
  const fillsOf = (grids: ReturnType<typeof party>) => planEdits(analyse(grids), 'zh-CN').fills.filter((f) => f.kind === 'total');

  it('not while an indicator’s 得分 is above its 分值, even when the total stays within the weights’ sum', () => {
    // 25 of 20 on one indicator and 5 of 20 on another: 总分 90 of 100, but a score to fix first.
    const grids = party((s) => {
      s.indicators[0].score = 25;
      s.indicators[1].score = 5;
      s.total = { weight: 100, score: null };
    });
    expect(fillsOf(grids)).toEqual([]);
    expect(findings(grids).find((f) => f.rule === 'total.mismatch')?.fill ?? null).toBeNull();
  });

  it('not above the 分值 its 总分 line states, when the indicators’ 分值 add up to more', () => {
    // The weights add up to 120 (an indicator's 分值 raised by 20), the form's 总分 line says 100.
    const grids = party((s) => {
      s.indicators[0] = { ...s.indicators[0], weight: 40, score: 40 };
      s.total = { weight: 100, score: null };
    });
    expect(fillsOf(grids)).toEqual([]);
  });

  it('still fills a 总分 within its 分值', () => {
    expect(fillsOf(party((s) => (s.total = { weight: 100, score: null })))).toHaveLength(1);
  });
});

describe('issue 12 review: funding lines left empty are to be filled, not corrected', () => {
  it('says to fill in the funding lines when none of them holds an amount', () => {
    const empty = party((s) => {
      s.funds.current = { weight: '—' };
      s.funds.carryover = { weight: '—' };
      s.funds.other = { weight: '—' };
    });
    const sums = findings(empty).filter((f) => f.rule === 'funds.sources-sum');
    expect(sums.map((f) => f.cell)).toEqual(['C6', 'D6', 'E6']);
    expect(messageOf(sums[0], 'zh-CN')).toMatch(/与年度资金总额 15,000.00 元不一致；请在各资金来源行填写金额$/);
    expect(messageOf(sums[0], 'en-US')).toMatch(/; fill in the funding lines$/);
    const one = party((s) => (s.funds.carryover.adjusted = 100));
    expect(
      messageOf(
        findings(one).find((f) => f.rule === 'funds.sources-sum')!,
        'zh-CN',
      ),
    ).toMatch(/；请改正填错的一行$/);
  });
});
