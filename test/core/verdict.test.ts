import { analyse, errorsFirst, formPasses, verdictOf } from '../../src/core';
import { gridOf, gridsOfFixture } from '../helpers/grids';

describe('the verdict', () => {
  it('on the sample: 需修改, with its errors and warnings counted exactly', () => {
    const a = analyse(gridsOfFixture('seed.xlsx'));
    expect(verdictOf(a)).toEqual({ kind: 'fix', errors: 3, warnings: 8, infos: 0 });
  });

  it('puts the one form with errors first, the others in the workbook’s order', () => {
    const a = analyse(gridsOfFixture('seed.xlsx'));
    const order = errorsFirst(a.forms).map((f) => f.result.form.sheet);
    expect(order[0]).toBe('6 科研基地服务与科技项目管理');
    expect(order.slice(1)).toEqual(a.forms.map((f) => f.result.form.sheet).filter((s) => s !== order[0]));
    expect(a.forms.filter((f) => !formPasses(f))).toHaveLength(1);
  });

  it('says when there is no form at all', () => {
    expect(verdictOf(analyse([gridOf('Sheet1', [['明细账'], [1]])]))).toMatchObject({ kind: 'no-forms' });
  });

  it('passes a workbook whose only findings are warnings', () => {
    const a = analyse(gridsOfFixture('seed.xlsx'));
    const mended = { ...a, forms: a.forms.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity !== 'error') })) };
    expect(verdictOf(mended)).toEqual({ kind: 'submit', errors: 0, warnings: 8, infos: 0 });
  });
});
