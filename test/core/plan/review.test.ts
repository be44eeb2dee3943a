/** planReview: many files' analyses as one review, for the consolidated workbook and the HTML report. */
import fc from 'fast-check';
import { analyse, DEFAULT_PROFILE, type Analysis } from '../../../src/core';
import { planReview, type ReviewedFile } from '../../../src/core/plan/review';
import { gridsOfSpec, seeds } from '../../helpers/grids';
import { party } from '../rules/cases';
import { gridOfSheet, plainSheets, realLayouts } from '../../../scripts/fixtures/realLayout';

const SEEDS = seeds().map((s) => analyse(gridsOfSpec(s)));
const UNREADABLE = { 'zh-CN': '不是 .xlsx 文件', 'en-US': 'not an .xlsx file' };

const file = (name: string, analysis: Analysis | null): ReviewedFile => ({ file: name, analysis, error: analysis ? null : UNREADABLE });
const cellText = (v: unknown) => (v && typeof v === 'object' && 'text' in v ? (v as { text: string }).text : null);

/** The clean seed form with 全年执行数 set on its total line (budget 15,000), its sources left as they are. */
function spent(executed: number | null): Analysis {
  return analyse(party((s) => (s.funds.total.executed = executed)));
}

describe('planReview', () => {
  const review = planReview([file('a/seed.xlsx', SEEDS[0]), file('b.xls', null), file('c/seed6.xlsx', SEEDS[5])], DEFAULT_PROFILE, 'zh-CN');

  it('lists every form of every file read, the file first, in the order given', () => {
    expect(review.forms.header.slice(0, 3)).toEqual(['文件', '工作表', '项目名称']);
    expect(review.forms.rows.map((r) => [cellText(r[0]), cellText(r[1])])).toEqual([
      ['a/seed.xlsx', 'Sheet1'],
      ['c/seed6.xlsx', 'Sheet1'],
    ]);
    // The sheet is a name in the review: a link would point into a workbook the review is not.
    expect(review.forms.rows.flat().some((v) => v?.kind === 'link')).toBe(false);
    expect(review.forms.totals[0]).toEqual({ kind: 'text', text: '合计' });
  });

  it('counts files, forms, statuses and findings as the analyses hold them', () => {
    const all = [SEEDS[0], SEEDS[5]].flatMap((a) => [...a.forms.flatMap((f) => f.findings), ...a.findings]);
    expect(review.counts).toEqual({
      files: 3,
      unreadable: 1,
      forms: 2,
      submittable: 1,
      toFix: 1,
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      infos: all.filter((f) => f.severity === 'info').length,
    });
    expect(review.forms.passes).toEqual([true, false]);
  });

  it('names the file of each finding, with its cell, rule, severity and message', () => {
    expect(review.findings.header).toEqual(['文件', '工作表', '单元格', '规则', '规则编号', '级别', '说明', '修改方法']);
    const sources = review.findings.rows.filter((r) => cellText(r[4]) === 'funds.sources-sum');
    expect(sources.map((r) => [cellText(r[0]), cellText(r[2]), cellText(r[5])])).toEqual([
      ['c/seed6.xlsx', 'C6', '错误'],
      ['c/seed6.xlsx', 'D6', '错误'],
      ['c/seed6.xlsx', 'E6', '错误'],
    ]);
    expect(cellText(sources[0][6])).toContain('当年财政拨款');
  });

  it('names each unreadable file with its reason, in the review’s language', () => {
    expect(review.unreadable.rows).toEqual([
      [
        { kind: 'text', text: 'b.xls' },
        { kind: 'text', text: '不是 .xlsx 文件' },
      ],
    ]);
    const en = planReview([file('b.xls', null)], DEFAULT_PROFILE, 'en-US');
    expect(cellText(en.unreadable.rows[0][1])).toBe('not an .xlsx file');
    expect(en.counts).toMatchObject({ files: 1, unreadable: 1, forms: 0 });
  });

  it('tallies the rules that fired, most findings first, with the forms each fired on', () => {
    // Seed 1 has two over-achieved indicators, seed 6 two more; seed 6 alone has the three sources-sum errors.
    expect(review.rules.slice(0, 2)).toMatchObject([
      { rule: 'deviation.overachieved', count: 4, forms: 2, severity: 'warning' },
      { rule: 'funds.sources-sum', count: 3, forms: 1, severity: 'error' },
    ]);
    expect(review.rules.map((r) => r.count)).toEqual([...review.rules.map((r) => r.count)].sort((a, b) => b - a));
  });
});

describe('the bands of 执行率', () => {
  it.each([
    [8999, '低于 60%'],
    [9000, '60%–80%'],
    [13499, '80%–90%'],
    [13500, '90%–100%'],
    // 99.9999 % shows as 100.00 %: it counts where it shows.
    [14999.99, '100%'],
    [15000, '100%'],
    [15001, '高于 100%'],
    [null, '无法计算'],
  ])('全年执行数 %p of 15,000 falls in %s', (executed, band) => {
    const rates = planReview([file('x.xlsx', spent(executed))], DEFAULT_PROFILE, 'zh-CN').rates;
    expect(rates.filter((r) => r.count > 0)).toEqual([{ label: band, count: 1 }]);
  });

  it('are said in English too', () => {
    const rates = planReview([file('x.xlsx', spent(9000))], DEFAULT_PROFILE, 'en-US').rates;
    expect(rates.map((r) => r.label)).toEqual(['below 60%', '60%–80%', '80%–90%', '90%–100%', '100%', 'above 100%', 'Not computable']);
  });
});

describe('the tallies', () => {
  it('count every form once among the grades and once among the rates, and every finding once among the rules', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: SEEDS.length - 1 }), { maxLength: 12 }), (picks) => {
        const r = planReview(
          picks.map((i, k) => file(`f${k}.xlsx`, SEEDS[i])),
          DEFAULT_PROFILE,
          'zh-CN',
        );
        const total = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
        expect(total(r.grades)).toBe(r.counts.forms);
        expect(total(r.rates)).toBe(r.counts.forms);
        expect(total(r.rules)).toBe(r.counts.errors + r.counts.warnings + r.counts.infos);
        expect(r.findings.rows).toHaveLength(total(r.rules));
        expect(r.counts.submittable + r.counts.toFix).toBe(r.counts.forms);
      }),
      { numRuns: 40 },
    );
  });

  it('list the profile’s grades in its order, then forms without a grade', () => {
    const r = planReview([file('x.xlsx', SEEDS[0])], DEFAULT_PROFILE, 'zh-CN');
    expect(r.grades.map((g) => g.label)).toEqual(['优', '良', '中', '差', '未评级']);
  });
});

describe('the level columns', () => {
  it('count 项目产出 as 产出 and 项目效益 as 效益, and leave out 项目决策 and 项目管理 (regression: review F4)', () => {
    const layout = realLayouts().find((l) => l.id === 'hdr-ningxia-yinchuan-no6-middle-school')!;
    const a = analyse(plainSheets(layout).map(gridOfSheet));
    expect(a.forms[0].result.levels.map((l) => l.name)).toEqual(['项目决策', '项目管理', '项目产出', '项目效益']);
    const r = planReview([file('ningxia.xlsx', a)], DEFAULT_PROFILE, 'zh-CN');
    const header = r.forms.header;
    const row = r.forms.rows[0];
    const at = (h: string) => {
      const v = row[header.indexOf(h)];
      return v?.kind === 'number' ? v.value.toFixed(2) : null;
    };
    expect(['产出得分', '产出分值', '效益得分', '效益分值', '满意度得分'].map(at)).toEqual(['29.00', '30.00', '31.00', '35.00', null]);
  });
});
