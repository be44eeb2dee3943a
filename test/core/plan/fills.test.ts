import { computeForms, makeProfile } from '../../../src/core';
import { planFills } from '../../../src/core/plan/fills';
import { gridsOfSpec, seeds } from '../../helpers/grids';
import type { FormSpec } from '../../../scripts/fixtures/formSpec';

/** Fills of the party-building form (07) after an edit, as "cell kind value formula format". */
function fills(edit: (s: FormSpec) => void = () => {}, profile = makeProfile()) {
  const spec = seeds()[6];
  edit(spec);
  return planFills(computeForms(gridsOfSpec(spec), { profile })[0], profile.rounding).map(
    (f) => `${f.cell} ${f.kind} ${f.value.toDecimalPlaces(6).toFixed()} ${f.formula ?? '-'} ${f.format ?? '-'}`,
  );
}

const numeric = (s: FormSpec) => {
  s.funds.total.executed = 14000;
  s.funds.current.executed = 14000;
};

describe('planFills', () => {
  it('writes values where the amounts are text, and formulas on the cells it fills', () => {
    expect(fills()).toEqual([
      'G6 rate 1 - 0.00%',
      'H6 budget-score 10 ROUND(MIN(G6,1)*F6,2) -',
      'H18 total 100 ROUND(H6+SUM(H13:H17),2) -',
    ]);
  });

  it('writes a live 执行率 formula where both amounts are plain numbers', () => {
    expect(fills(numeric)[0]).toBe('G6 rate 0.933333 E6/D6 0.00%');
  });

  it('fills a blank quantitative score with its computed value, and keeps 总分 live over it', () => {
    expect(
      fills((s) => {
        numeric(s);
        s.indicators[0].actual = '0次';
        s.indicators[0].score = null;
        s.indicators[0].reason = '未开展';
      }),
    ).toEqual([
      'G6 rate 0.933333 E6/D6 0.00%',
      'H6 budget-score 9.33 ROUND(MIN(G6,1)*F6,2) -',
      'H13 indicator-score 0 - -',
      'H18 total 79.33 ROUND(H6+SUM(H13:H17),2) -',
    ]);
  });

  it('leaves a blank qualitative score to the officer, and keeps 总分 live so that typing it updates the total (issue 12)', () => {
    const out = fills((s) => (s.indicators[3].score = null));
    expect(out.map((f) => f.split(' ')[0])).toEqual(['G6', 'H6', 'H18']);
    expect(out[2]).toMatch(/^H18 total \S+ ROUND\(H6\+SUM\(H13:H17\),2\) -$/);
  });

  it('never writes a 总分 above the 分值 total: the score above its weight is fixed first (issue 12)', () => {
    const out = fills((s) => (s.indicators[1].score = 60));
    expect(out.map((f) => f.split(' ')[0])).toEqual(['G6', 'H6']);
  });

  it('writes 总分 as a value when a score is stored as text, which SUM would skip', () => {
    expect(fills((s) => (s.indicators[1].score = '20'))[2]).toBe('H18 total 100 - -');
  });

  it('writes the budget score as a value when its 分值 is text', () => {
    expect(fills((s) => (s.funds.total.weight = '10'))[1]).toBe('H6 budget-score 10 - -');
  });

  it('writes values only when the rounding cannot be written as an Excel function', () => {
    const f = fills(numeric, makeProfile({ rounding: { mode: 'half-even' } }));
    expect(f[1]).toBe('H6 budget-score 9.33 - -');
    expect(f[2]).toBe('H18 total 99.33 - -');
  });

  it('uses ROUNDDOWN for the "down" mode and the profile’s places in formulas and formats', () => {
    const f = fills(numeric, makeProfile({ rounding: { mode: 'down', scorePlaces: 1, ratePlaces: 3 } }));
    expect(f[0]).toMatch(/ E6\/D6 0\.0%$/);
    expect(f[1]).toBe('H6 budget-score 9.3 ROUNDDOWN(MIN(G6,1)*F6,1) -');
  });

  it('does not write 执行率 when the budget is zero', () => {
    expect(fills((s) => (s.funds.total.adjusted = 0))).toEqual([]);
  });

  it('writes 总分 as a value when the profile caps it by 执行率', () => {
    const f = fills((s) => (s.funds.total.executed = 11000), makeProfile({ capTotalByRate: true }));
    expect(f[2]).toBe('H18 total 89 - -');
  });
});
