import { analyse, checkForm, computeForms, type Grid } from '../../src/core';
import { totalsOf } from '../../src/core/compute/computeForm';
import { planFills } from '../../src/core/plan/fills';
import { gridsOfFixture, gridsOfPlan } from '../helpers/grids';
import { fixturePlans } from '../../scripts/fixtures/workbooks';

/** Every object reachable from a value, once each. */
function reachable(root: unknown): object[] {
  const seen = new Set<object>();
  const todo: unknown[] = [root];
  while (todo.length) {
    const x = todo.pop();
    if (x === null || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    todo.push(...Object.values(x));
  }
  return [...seen];
}

const workbooks = fixturePlans().map((p): [string, Grid[]] => [p.file, gridsOfPlan(p)]);

describe('analyse', () => {
  it.each(workbooks)('keeps of each form of %s its full result’s totals, findings and fills', (_, grids) => {
    const results = computeForms(grids);
    const a = analyse(grids);
    expect(a.forms).toHaveLength(results.length);
    results.forEach((r, i) => {
      expect(a.forms[i].result).toEqual(totalsOf(r));
      expect(a.forms[i].findings).toEqual(checkForm(r, a.profile));
      expect(a.forms[i].fills).toEqual(planFills(r, a.profile.rounding));
    });
  });

  it('regression: lets each form’s indicator rows go once they are checked (a 1,000-form workbook kept 19 KB a form)', () => {
    const grids = gridsOfFixture('seed.xlsx');
    const rows = computeForms(grids).flatMap((r) => r.form.indicators);
    expect(rows.length).toBeGreaterThan(50);
    const kept = reachable(analyse(grids));
    // An indicator row is the only object with both its levels and its columns.
    expect(kept.filter((x) => 'levels' in x && 'columns' in x)).toEqual([]);
    expect(kept.filter((x) => 'indicators' in x)).toEqual([]);
  });

  it('passes over the sheets it is told to skip, in computeForms as in analyse', () => {
    const grids = gridsOfFixture('seed.xlsx');
    const all = computeForms(grids).map((r) => r.form.sheet);
    const skipSheets = [all[1]];
    const rest = all.filter((s) => s !== all[1]);
    expect(rest.length).toBeGreaterThan(1);
    expect(computeForms(grids, { skipSheets }).map((r) => r.form.sheet)).toEqual(rest);
    expect(analyse(grids, { skipSheets }).forms.map((f) => f.result.form.sheet)).toEqual(rest);
  });
});
