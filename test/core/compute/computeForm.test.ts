import fc from 'fast-check';
import Decimal from 'decimal.js';
import { computeForms } from '../../../src/core';
import { dec, plain } from '../../../src/core/calc';
import { capTotal, gradeOf, totalsOf, type FormResult } from '../../../src/core/compute/computeForm';
import { DEFAULT_PROFILE, makeProfile, type Profile } from '../../../src/core/profile';
import { formatAmount } from '../../../src/core/parse/number';
import type { CellSpec, FormSpec } from '../../../scripts/fixtures/formSpec';
import { gridsOfSpec, seeds } from '../../helpers/grids';

const SEEDS = seeds();
const fresh = (i: number): FormSpec => structuredClone(SEEDS[i]);
const byId = (id: string): number => SEEDS.findIndex((s) => s.id === id);

/** Lays a spec out, analyses it and returns its one form's result. */
function compute(spec: FormSpec, profile: Profile = DEFAULT_PROFILE): FormResult {
  const results = computeForms(gridsOfSpec(spec), { profile });
  expect(results).toHaveLength(1);
  return results[0];
}

const D = Decimal.clone({ precision: 80 });
const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const num = (c: CellSpec | undefined): number => {
  if (typeof c !== 'number') throw new Error(`not a numeric cell: ${JSON.stringify(c)}`);
  return c;
};

describe('gradeOf', () => {
  it.each([
    ['100', '优'],
    ['90', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
    // Below every minimum (a negative total from a bad form) still gets the last grade.
    ['-5', '差'],
  ])('%s → %s', (total, grade) => {
    expect(gradeOf(dec(total), DEFAULT_PROFILE)).toBe(grade);
  });
});

describe('capTotal (the optional cap of 总分 by 执行率)', () => {
  const capped = makeProfile({ capTotalByRate: true });

  // The design: below 80% at most 89, below 70% at most 79, below 60% at most 69, below 50% at most 59.
  it.each([
    ['0.7132', '97.13', '89'],
    ['0.8', '97.13', '97.13'],
    ['0.7999', '97.13', '89'],
    ['0.7', '97.13', '89'],
    ['0.6999', '97.13', '79'],
    ['0.6', '97.13', '79'],
    ['0.5999', '97.13', '69'],
    ['0.5', '97.13', '69'],
    ['0.4999', '97.13', '59'],
    ['0', '97.13', '59'],
    ['0.75', '85', '85'],
    ['1', '100', '100'],
  ])('rate %s caps %s at %s', (rate, total, expected) => {
    expect(plain(capTotal(dec(total), dec(rate), capped))).toBe(expected);
  });

  it('does not cap without a rate, nor in the default profile', () => {
    expect(plain(capTotal(dec('97.13'), null, capped))).toBe('97.13');
    expect(plain(capTotal(dec('97.13'), dec('0.1'), DEFAULT_PROFILE))).toBe('97.13');
  });

  it('caps 科研基地服务与科技项目管理 (71.32%, 97.13) at 89 and grades it 良', () => {
    const spec = fresh(byId('research-base'));
    const plainResult = compute(spec);
    expect(plainResult.total!.toFixed(2)).toBe('97.13');
    expect(plainResult.capped).toBe(false);
    expect(plainResult.grade).toBe('优');

    const r = compute(spec, capped);
    expect(r.rate!.times(100).toFixed(2)).toBe('71.32');
    expect(plain(r.total!)).toBe('89');
    expect(r.capped).toBe(true);
    expect(r.grade).toBe('良');
  });
});

describe('rounding settings', () => {
  /** The first seed with its budget set to 99,699 of 100,000: 执行率 99.699%, budget score 9.9699 before rounding. */
  function spec(adjusted: number, executed: number): FormSpec {
    const s = fresh(0);
    s.funds.total.adjusted = adjusted;
    s.funds.total.executed = executed;
    return s;
  }

  it('rounds the budget score of 9.9699 to 9.97 by default and to 10.0 with one score place', () => {
    expect(plain(compute(spec(100000, 99699)).budgetScore!)).toBe('9.97');
    const r = compute(spec(100000, 99699), makeProfile({ rounding: { scorePlaces: 1 } }));
    expect(plain(r.budgetScore!)).toBe('10');
    expect(r.budgetScore!.toFixed(1)).toBe('10.0');
  });

  it.each([
    ['half-up', '9.97'],
    ['half-even', '9.96'],
    ['down', '9.96'],
  ] as const)('rounds a budget score of 9.965 %s to %s', (mode, expected) => {
    expect(plain(compute(spec(100000, 99650), makeProfile({ rounding: { mode } })).budgetScore!)).toBe(expected);
  });

  it('gives the full weight when more than the budget was spent', () => {
    expect(plain(compute(spec(100000, 120000)).budgetScore!)).toBe('10');
  });

  it('regression: a budget weight of 6 rounds 6 × 7/48 = 0.875 half-up to 0.88', () => {
    const s = spec(48, 7);
    s.funds.total.weight = 6;
    expect(plain(compute(s).budgetScore!)).toBe('0.88');
  });
});

describe('computeForm on the seeds', () => {
  it('uses the computed score where a quantitative indicator’s score is blank', () => {
    const s = fresh(0);
    const i = s.indicators.findIndex((x) => x.target === '=200项');
    s.indicators[i].score = null;
    const r = compute(s);
    const ind = r.indicators[i];
    expect(ind.recorded).toBeNull();
    expect(plain(ind.quantitative!.score!)).toBe('10');
    expect(plain(ind.used!)).toBe('10');
    expect(r.total!.toFixed(2)).toBe('98.97');
  });

  it('has no total without a budget', () => {
    const s = fresh(0);
    s.funds.total.adjusted = 0;
    const r = compute(s);
    expect(r.rate).toBeNull();
    expect(r.budgetScore).toBeNull();
    expect(r.total).toBeNull();
    expect(r.grade).toBeNull();
  });
});

/* ---------------------------------------------------------------- properties */

/** An amount of cents written the ways officers write amounts: a number, plain text, or text with separators. */
const amountCell = (cents: bigint): fc.Arbitrary<CellSpec> => {
  const d = dec(cents.toString()).dividedBy(100);
  return fc.constantFrom<CellSpec>(Number(plain(d)), plain(d), formatAmount(d, 2));
};

/** A budget: 全年预算数 > 0, and 全年执行数 anywhere from 0 to 1.2 × the budget, sometimes equal to it. */
const budgetArb = fc
  .bigInt({ min: 1n, max: 10n ** 12n })
  .chain((adjusted) =>
    fc.tuple(
      fc.constant(adjusted),
      fc.oneof(fc.bigInt({ min: 0n, max: (adjusted * 6n) / 5n }), fc.constant(adjusted), fc.bigInt({ min: 0n, max: 10n ** 12n })),
    ),
  )
  .chain(([adjusted, executed]) => fc.tuple(fc.constant(adjusted), fc.constant(executed), amountCell(adjusted), amountCell(executed)));

/** A seed with random indicator scores (0..分值, in cents) and a random budget. */
const caseArb = fc.integer({ min: 0, max: SEEDS.length - 1 }).chain((i) =>
  fc.record({
    index: fc.constant(i),
    scores: fc.tuple(...SEEDS[i].indicators.map((ind) => fc.integer({ min: 0, max: Math.round(num(ind.weight) * 100) }))),
    asText: fc.boolean(),
    budget: budgetArb,
  }),
);

describe('computeForm (properties)', () => {
  it('computes total = round2(budget score + Σ scores), level sums, budget bounds and the grade', () => {
    fc.assert(
      fc.property(caseArb, ({ index, scores, asText, budget: [adjusted, executed, adjustedCell, executedCell] }) => {
        const spec = fresh(index);
        spec.indicators.forEach((ind, k) => {
          const v = new D(scores[k]).dividedBy(100);
          ind.score = asText ? v.toFixed(2) : v.toNumber();
        });
        spec.funds.total.adjusted = adjustedCell;
        spec.funds.total.executed = executedCell;
        const weight = new D(num(spec.funds.total.weight));

        const r = compute(spec);

        // Independently: 执行数 × 分值 ÷ 预算数 (capped at 分值), then the total.
        const a = new D(adjusted.toString());
        const e = new D(executed.toString());
        const budgetScore = round2(e.gte(a) ? weight : e.times(weight).dividedBy(a));
        const indicatorSum = scores.reduce((acc, c) => acc.plus(new D(c).dividedBy(100)), new D(0));
        const total = round2(budgetScore.plus(indicatorSum));

        // The stored rate is exact to the engine's 28 significant digits.
        const exactRate = e.dividedBy(a);
        expect(new D(r.rate!.toFixed()).minus(exactRate).abs().lte(exactRate.times('1e-27'))).toBe(true);
        expect(r.budgetScore!.toFixed()).toBe(budgetScore.toFixed());
        expect(r.budgetScore!.gte(0) && r.budgetScore!.lte(weight.toFixed())).toBe(true);
        expect(r.total!.toFixed()).toBe(total.toFixed());
        expect(r.capped).toBe(false);

        const levelSum = r.levels.reduce((acc, l) => acc.plus(l.score.toFixed()), new D(0));
        expect(levelSum.toFixed()).toBe(total.minus(budgetScore).toFixed());
        expect(r.levels.map((l) => l.name)).toEqual(['产出指标', '效益指标', '满意度指标']);

        const grade = total.gte(90) ? '优' : total.gte(80) ? '良' : total.gte(60) ? '中' : '差';
        expect(r.grade).toBe(grade);
      }),
      { numRuns: 50 },
    );
  });
});

describe('totalsOf', () => {
  it('keeps every field of a result and of its form but the indicators, how the form was read and the funding lines', () => {
    const r = compute(fresh(byId('green-tech-bank')));
    const t = totalsOf(r);
    const { indicators: _results, form: _form, ...totals } = r;
    const { indicators: _rows, layout: _layout, funds, ...head } = r.form;
    const { sources, ...fundsTotal } = funds!;
    expect(sources.length).toBeGreaterThan(0);
    expect(t).toEqual({ ...totals, form: { ...head, funds: fundsTotal } });
    expect(Object.keys(t.form.funds!).sort()).toEqual(Object.keys(fundsTotal).sort());
  });
});
