import ExcelJS from 'exceljs';
import { analyse, planEdits } from '../../../src/core';
import { applyPlan } from '../../../src/hosts/exceljs/applyPlan';
import { toGrid } from '../../../src/hosts/exceljs/toGrid';
import { fixture } from '../../helpers/grids';

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

type Part = 'value' | 'numFmt' | 'fill';

/** Each part of every cell, by "sheet!A1 part". */
function parts(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets)
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const at = `${ws.name}!${c.address}`;
        out.set(`${at} value`, JSON.stringify(c.value));
        out.set(`${at} numFmt`, JSON.stringify(c.numFmt ?? null));
        out.set(`${at} fill`, JSON.stringify(c.fill?.type === 'pattern' && c.fill.pattern !== 'none' ? c.fill : null));
      }),
    );
  return out;
}

describe('applyPlan on an exceljs workbook', () => {
  it.each(['seed.xlsx', 'wanyuan.xlsx', 'stacked.xlsx'])(
    'regression: %s changes only what the plan owns (a mark does not recolour the cells that share its style)',
    async (name) => {
      const before = await load(fixture(name));
      const wb = await load(fixture(name));
      const plan = planEdits(analyse(wb.worksheets.map(toGrid)), 'zh-CN');
      applyPlan(wb, plan, { fill: true, marks: true, summary: false });
      const owned = new Set<string>();
      const own = (x: { sheet: string; cell: string }, ...what: Part[]) => what.forEach((p) => owned.add(`${x.sheet}!${x.cell} ${p}`));
      plan.fills.forEach((f) => own(f, 'value', 'numFmt'));
      plan.marks.forEach((m) => own(m, 'fill'));
      const written = new ExcelJS.Workbook();
      await written.xlsx.load(await wb.xlsx.writeBuffer());
      const was = parts(before);
      const changed = [...parts(written)].filter(([k, v]) => (was.get(k) ?? JSON.stringify(null)) !== v).map(([k]) => k);
      expect(changed.some((k) => k.endsWith(' fill'))).toBe(true);
      expect(changed.filter((k) => !owned.has(k))).toEqual([]);
    },
  );
});
