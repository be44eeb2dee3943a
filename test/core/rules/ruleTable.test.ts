import { analyse } from '../../../src/core';
import { seeds, gridsOfSpec } from '../../helpers/grids';
it('probe', () => {
  const s = seeds()[6];
  const a = analyse(gridsOfSpec(s));
  console.log(JSON.stringify(a.forms.map(f => f.findings), null, 1), JSON.stringify(a.findings));
  const r = a.forms[0].result;
  console.log(JSON.stringify({start: r.form.start, rect: r.form.rect, fh: r.form.funds?.total, total: r.form.total, ih: r.form.indicatorHeader, ind: r.form.indicators.map(i => [i.row, i.level1At, i.score.at, i.reason.at])}));
});
