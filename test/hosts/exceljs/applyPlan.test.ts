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

  it('regression: a copy checked again notes each problem once, keeps the user’s note and its bold, and unmarks a problem since fixed', async () => {
    const sheet = '1 绿色技术银行综合管理与运行';
    const first = await load(fixture('seed.xlsx'));
    first.getWorksheet(sheet)!.getCell('I15').note = {
      texts: [{ font: { bold: true }, text: '审核意见：' }, { text: '请补充' }],
    } as ExcelJS.Comment;
    const once = async (wb: ExcelJS.Workbook) => {
      applyPlan(wb, planEdits(analyse(wb.worksheets.map(toGrid)), 'zh-CN'), { fill: true, marks: true, summary: false });
      const out = new ExcelJS.Workbook();
      await out.xlsx.load(await wb.xlsx.writeBuffer());
      return out;
    };
    const copy = await once(first);
    const note = (wb: ExcelJS.Workbook, cell: string) => {
      const n = wb.getWorksheet(sheet)!.getCell(cell).note;
      return typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
    };
    const fill = (wb: ExcelJS.Workbook, cell: string) =>
      (wb.getWorksheet(sheet)!.getCell(cell).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(note(copy, 'I13')).toMatch(/^绩效自评助手：/);
    expect(fill(copy, 'I13')).toBe('FFFFEB9C');
    // The officer explains the over-achievement at I13 in the copy, and checks the copy again.
    copy.getWorksheet(sheet)!.getCell('I13').value = '入库技术较多，系储备需要，已说明。';
    const again = await once(copy);
    expect(note(again, 'I13')).toBe('');
    expect(fill(again, 'I13')).toBeUndefined();
    expect(note(again, 'I15').split('绩效自评助手：')).toHaveLength(2);
    expect(note(again, 'I15')).toMatch(/^审核意见：请补充\n\n绩效自评助手：/);
    expect(fill(again, 'I15')).toBe('FFFFEB9C');
    const runs = (again.getWorksheet(sheet)!.getCell('I15').note as ExcelJS.Comment).texts;
    expect(runs?.[0]).toMatchObject({ text: '审核意见：', font: { bold: true } }); // the user's bold stays bold
  });
});
