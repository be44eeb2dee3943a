import { analyse, computeForms, type Grid } from '../../../src/core';
import type { FormSpec } from '../../../scripts/fixtures/formSpec';
import type { Layout } from '../../../scripts/fixtures/layoutForm';
import { Sheet } from '../../../src/core/grid/grid';
import { locateForms } from '../../../src/core/locate/locateForms';
import { gridOf, gridsOfPlan, seeds } from '../../helpers/grids';
import { handMadeForm } from './handMade';

/** One sheet with form `a` at A1 and form `b` beside it, its top on row 1 too. */
function beside(a: FormSpec, b: FormSpec, layout: Partial<Layout>): Grid[] {
  return gridsOfPlan({
    file: 'x.xlsx',
    sheets: [
      {
        name: 'S',
        forms: [
          { spec: a, layout: {} },
          { spec: b, layout: { row: 0, ...layout } },
        ],
      },
    ],
  });
}

describe('locateForms', () => {
  it.each([
    ['an empty sheet', gridOf('空', [])],
    ['a notes sheet that mentions 总分 and 项目名称 in sentences', gridOf('说明', [['填报说明：总分为100分'], ['项目名称须与批复一致']])],
    [
      'a project list with a 项目名称 header and a 总分 column',
      gridOf('清单', [
        ['项目名称', '全年预算数', '总分'],
        ['A项目', 100, 98],
      ]),
    ],
    ['a lone 总分 label', gridOf('x', [[null, '总分', 100]])],
    ['a title inside a sentence', gridOf('x', [['请按财政项目支出绩效自评表格式填报']])],
  ])('finds no form and raises nothing on %s', (_name, grid) => {
    expect(locateForms(new Sheet(grid))).toEqual([]);
    const a = analyse([grid, handMadeForm('表').grid]);
    expect(a.forms).toHaveLength(1);
    expect(a.forms[0].result.form.sheet).toBe('表');
  });

  it('finds forms stacked on one sheet at different offsets and level styles, each with its own rows', () => {
    const specs = seeds();
    const grids = gridsOfPlan({
      file: 'x.xlsx',
      sheets: [
        {
          name: 'S',
          forms: specs.map((spec, i) => ({
            spec,
            layout: { col: (i * 2) % 5, levels: (['merged', 'repeated', 'first-only'] as const)[i % 3], noTitle: i % 2 === 1 },
          })),
        },
      ],
    });
    const locs = locateForms(new Sheet(grids[0]));
    expect(locs).toHaveLength(7);
    for (let i = 1; i < locs.length; i++) expect(locs[i].top).toBeGreaterThan(locs[i - 1].bottom);
    expect(computeForms(grids).map((r) => r.indicators.length)).toEqual(specs.map((s) => s.indicators.length));
  });

  it('does not start a new form at an indicator header repeated inside the table (a page-break header)', () => {
    const { grid } = handMadeForm('S', { repeatHeaderAt: 2 });
    const a = analyse([grid]);
    expect(a.forms).toHaveLength(1);
    expect(computeForms([grid])[0].indicators.map((i) => i.indicator.name)).toEqual(['培训场次', '培训人数', '满意度', '社会影响']);
    expect(a.forms[0].findings.filter((f) => f.rule === 'form.incomplete')).toEqual([]);
  });

  it('treats a 总分 label repeated along its row (unmerged) as one row', () => {
    const { grid } = handMadeForm('S', { repeatTotalLabel: true });
    expect(locateForms(new Sheet(grid))).toHaveLength(1);
  });

  it('regression: reads a form laid beside another as a form of its own (the pair was read as one form, A1:S…)', () => {
    const [a, b] = seeds();
    const forms = analyse(beside(a, b, { col: 10 })).forms;
    expect(forms.map((f) => [f.result.form.project, f.result.form.rect.left, f.result.form.rect.right])).toEqual([
      [a.project, 0, 8],
      [b.project, 10, 18],
    ]);
    // Each form's findings and fills stay in its own columns.
    for (const f of forms) {
      const { left, right } = f.result.form.rect;
      for (const x of [...f.findings, ...f.fills]) expect(x.col >= left && x.col <= right).toBe(true);
    }
  });

  it('tells forms beside one another apart when their tops are a few rows apart (one with a title, one without)', () => {
    const [a, b] = seeds();
    expect(computeForms(beside(a, b, { col: 12, noTitle: true })).map((r) => [r.form.project, r.indicators.length])).toEqual([
      [a.project, a.indicators.length],
      [b.project, b.indicators.length],
    ]);
  });

  it('keeps forms stacked at different columns in one band: each is whole', () => {
    const specs = seeds().slice(0, 4);
    const grids = gridsOfPlan({
      file: 'x.xlsx',
      sheets: [{ name: 'S', forms: specs.map((spec, i) => ({ spec, layout: { col: [0, 12, 3, 20][i] } })) }],
    });
    expect(locateForms(new Sheet(grids[0])).map((l) => l.right)).toEqual(Array(4).fill(new Sheet(grids[0]).colCount - 1));
    expect(computeForms(grids).map((r) => [r.form.project, r.indicators.length])).toEqual(
      specs.map((s) => [s.project, s.indicators.length]),
    );
  });

  it('treats a funds label repeated in the next column (a merge undone and filled) as one label', () => {
    const { grid } = handMadeForm('S', { repeatFundsLabel: true });
    const forms = analyse([grid]).forms;
    expect(forms).toHaveLength(1);
    expect(forms[0].result.rate?.toFixed(4)).toBe('0.9500');
  });
});
