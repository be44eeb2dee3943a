import ExcelJS from 'exceljs';
import { FakeExcel } from '../../src/fakeExcel';
import { toGrid } from '../../src/hosts/exceljs/toGrid';
import { buildWorkbook, fixturePlans } from '../../scripts/fixtures/workbooks';

/** The engine's view of every sheet, for comparing workbooks by what they show. */
function grids(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => toGrid(ws));
}

async function throughFile(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

describe('fromWorkbook / toWorkbook with the seed fixtures', () => {
  it.each(fixturePlans().map((p) => [p.file, p] as const))('%s survives a round trip', async (_file, plan) => {
    const original = buildWorkbook(plan);
    const fake = FakeExcel.fromWorkbook(original);
    const snap = fake.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(original.worksheets.map((ws) => ws.name));
    expect(FakeExcel.fromWorkbook(fake.toWorkbook()).snapshot()).toEqual(snap);
    expect(grids(fake.toWorkbook())).toEqual(grids(original));
    expect(FakeExcel.fromWorkbook(await throughFile(fake.toWorkbook())).snapshot()).toEqual(snap);
  });

  it('seeds what the add-in reads: values, merges, number formats, cached formula results', async () => {
    const fake = FakeExcel.fromWorkbook(buildWorkbook(fixturePlans()[0]));
    const first = fake.snapshot().sheets[0];
    expect(first.merges.length).toBeGreaterThan(5);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(first.name);
      const used = ws.getUsedRange(true).load('address,values');
      const areas = used.getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      expect(used.address.startsWith(`'${first.name}'!A1:`)).toBe(true);
      expect(areas.address.split(', ')).toHaveLength(first.merges.length);
      expect(used.values.flat()).toContain('绿色技术银行综合管理与运行');
    });
  });
});

describe('conversion of the fake’s own edits', () => {
  async function edited(): Promise<FakeExcel> {
    const fake = new FakeExcel({ sheets: ['Data', 'Hidden one'] }).setValues('Data', 'A1:B2', [
      [1216145, 1212480.41],
      ['=B1/A1', '=ROUND(MIN(A2,1)*10,2)'],
    ]);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRange('A2').numberFormat = [['0.00%']];
      ws.getRange('A1').format.fill.color = '#FFC7CE';
      ws.getRange('A1').format.font.bold = true;
      ctx.workbook.notes.add('Data!A1', '• 执行率有误 [R1]');
      ws.getRange('C1:D1').merge();
      ws.getRange('A:A').format.columnWidth = 96;
      ctx.workbook.worksheets.getItem('Hidden one').visibility = 'Hidden';
      ctx.workbook.names.add('SelfEval_SummarySheet', ws.getRange('A1'));
      ws.getRange('F1:G2').values = [
        ['项目', '金额'],
        ['x', 5],
      ];
      ws.tables.add('F1:G2', true).name = 'SelfEval_Summary';
      ws.getRange('F4').values = [['go']];
      ws.getRange('F4').hyperlink = { documentReference: "'Hidden one'!A1", textToDisplay: 'go' };
      ws.protection.protect();
    });
    return fake;
  }

  it('keeps values, calculated formulas, formats, fills, fonts, notes, merges, widths, names, tables, links, hidden and protected sheets', async () => {
    const fake = await edited();
    const wb = fake.toWorkbook();
    const ws = wb.getWorksheet('Data')!;
    expect(ws.getCell('A2').value).toEqual({ formula: 'B1/A1', result: 1212480.41 / 1216145 });
    expect(ws.getCell('B2').value).toEqual({ formula: 'ROUND(MIN(A2,1)*10,2)', result: 9.97 });
    expect(ws.getCell('A2').numFmt).toBe('0.00%');
    expect(ws.getCell('A1').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('A1').note).toBe('• 执行率有误 [R1]');
    expect(ws.getCell('F4').value).toEqual({ text: 'go', hyperlink: "#'Hidden one'!A1" });
    expect(wb.getWorksheet('Hidden one')!.state).toBe('hidden');
    expect(wb.definedNames.getRanges('SelfEval_SummarySheet').ranges).toEqual(['Data!$A$1']);
    expect(ws.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name)).toEqual(['SelfEval_Summary']);

    const back = FakeExcel.fromWorkbook(await throughFile(wb)).snapshot();
    expect(back).toEqual(fake.snapshot());
    expect(back.sheets[0]).toMatchObject({ protected: true, merges: ['C1:D1'], columnWidths: { A: 96 } });
  });
});
