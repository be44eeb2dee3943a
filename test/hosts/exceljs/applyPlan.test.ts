import ExcelJS from 'exceljs';
import { analyse, planEdits } from '../../../src/core';
import { applyPlan } from '../../../src/hosts/exceljs/applyPlan';
import { toGrid } from '../../../src/hosts/exceljs/toGrid';
import { fixture, seeds } from '../../helpers/grids';
import { buildWorkbook } from '../../../scripts/fixtures/workbooks';

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A workbook written to bytes and read back, as a saved file is. */
async function reloaded(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(await wb.xlsx.writeBuffer());
  return out;
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

  it('regression: a copy checked again loses the notes of problems since fixed, in cells the second run does not write', async () => {
    const spec = seeds()[6];
    // A blank 得分 the first run fills (and notes as score.missing), and a low score without a reason the officer
    // explains in the saved copy.
    spec.indicators[0] = { ...spec.indicators[0], target: '≥10项', actual: '12项', score: null, reason: '' };
    spec.indicators[1] = { ...spec.indicators[1], score: Number(spec.indicators[1].weight) - 1, reason: '' };
    const wb = buildWorkbook({ file: 'x.xlsx', sheets: [{ name: 'S', forms: [{ spec, layout: {} }] }] });
    const run = async (w: ExcelJS.Workbook) => {
      const plan = planEdits(analyse(w.worksheets.map(toGrid)), 'zh-CN');
      applyPlan(w, plan, { fill: true, marks: true, summary: false });
      return { plan, copy: await reloaded(w) };
    };
    const first = await run(wb);
    const rules = first.plan.marks.flatMap((m) => m.rules.map((r) => `${r}@${m.cell}`));
    expect(rules).toEqual(
      expect.arrayContaining([expect.stringMatching(/^score\.missing@/), expect.stringMatching(/^deviation\.unexplained@/)]),
    );
    const reasonAt = first.plan.marks.find((m) => m.rules.includes('deviation.unexplained'))!.cell;
    first.copy.getWorksheet('S')!.getCell(reasonAt).value = '受疫情影响，一项活动延期。';
    const second = await run(await reloaded(first.copy)); // saved by the officer, as Excel would
    const noted = (w: ExcelJS.Workbook) => {
      const out: string[] = [];
      w.getWorksheet('S')!.eachRow((row) =>
        row.eachCell((c) => {
          const n = c.note;
          const text = typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
          if (text.includes('绩效自评助手')) out.push(c.address);
        }),
      );
      return out.sort();
    };
    expect(noted(second.copy)).toEqual(second.plan.marks.map((m) => m.cell).sort());
    expect(noted(second.copy)).not.toContain(reasonAt);
  });
});
