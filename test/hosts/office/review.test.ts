import ExcelJS from 'exceljs';
import { analyse, planEdits } from '../../../src/core';
import { applyPlan } from '../../../src/hosts/exceljs/applyPlan';
import { toGrid } from '../../../src/hosts/exceljs/toGrid';
import { buildWorkbook, fixturePlans } from '../../../scripts/fixtures/workbooks';
import { FakeExcel } from '../../../src/fakeExcel';
import { reopen, sessionOf, setup } from './helpers';

// Regressions for what the adversarial review of issue 11 found: each test is named for the problem it reproduced.
const S1 = '1 绿色技术银行综合管理与运行';
const S3 = '3 技术转移合作';
const cells = (f: FakeExcel, sheet: string) => f.snapshot().sheets.find((s) => s.name === sheet)!.cells;
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string }) => e.code,
  );
const deleteSheet = (f: FakeExcel, name: string) =>
  f.run(async (c) => {
    c.workbook.worksheets.getItem(name).delete();
    await c.sync();
  });

describe('the review of issue 11', () => {
  it('regression R1 ExcelApi 1.10-1.17: a user note on an offending cell makes Validate fail every time', async () => {
    const { fake, session } = setup('seed.xlsx', '1.12');
    fake.setNote(S3, 'G6', '财务科：执行率按批复口径');
    expect(await codeOf(session.validate())).toBe('ok'); // got: excel-rolled-back (InvalidOperation: the cell already has a note)
  });

  it('regression R2 marked on Microsoft 365 (notes), reopened on ExcelApi 1.12: Validate and Revert stuck', async () => {
    const { fake, session } = setup('seed.xlsx', '1.20');
    await session.validate();
    const re = await reopen(fake, '1.12');
    const s = sessionOf(re);
    re.setValues(S3, 'G6', [['94.22%']]); // the officer corrects one cell, so the marks change
    const got = [];
    for (const step of ['validate', 'validate', 'clearMarks', 'validate', 'revert', 'revert'])
      got.push(await codeOf(s[step as 'validate' | 'clearMarks' | 'revert']()));
    expect(got).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    // got: excel-partial, excel-partial, ok (notes left behind), excel-rolled-back, excel-failed, excel-failed
  });

  it('regression R3 Summary on a workbook the CLI wrote a summary into fails every time', async () => {
    const wb = buildWorkbook(fixturePlans().find((p) => p.file === 'seed.xlsx')!);
    applyPlan(wb, planEdits(analyse(wb.worksheets.map((ws) => toGrid(ws))), 'zh-CN'), { fill: false, marks: false, summary: true });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(await wb.xlsx.writeBuffer());
    const session = sessionOf(FakeExcel.fromWorkbook(wb2));
    expect(await codeOf(session.summary())).toBe('ok'); // got: excel-rolled-back (ItemAlreadyExists SelfEval_Summary)
  });

  it('regression R4 the user hides the summary sheet: Summary fails every time', async () => {
    const { fake, session } = setup();
    const name = await session.summary();
    await fake.run(async (c) => {
      c.workbook.worksheets.getItem(name).visibility = 'Hidden';
      await c.sync();
    });
    fake.setValues(S3, 'H6', [[9]]);
    expect(await codeOf(session.summary())).toBe('ok'); // got: excel-rolled-back (Worksheet.activate: the sheet is hidden)
  });

  it('regression R5 the user renames the summary table: Summary fails every time, partly written', async () => {
    const { fake, session } = setup();
    await session.summary();
    await fake.run(async (c) => {
      c.workbook.tables.getItem('SelfEval_Summary').name = '汇总表格';
      await c.sync();
    });
    fake.setValues(S3, 'H6', [[9]]);
    expect(await codeOf(session.summary())).toBe('ok'); // got: excel-partial (a table cannot overlap another table)
  });

  it('regression R6 Summary again fails at Table.name: excel-partial, and Summary is stuck until the previous summary is reverted', async () => {
    const { fake, session } = setup();
    await session.summary();
    fake.setValues(S3, 'H6', [[9]]);
    fake.failNextSync({ code: 'GeneralException', atCommand: 34, afterSyncs: 2 }); // 34 = Table.name in the write request
    expect(await codeOf(session.summary())).toBe('excel-rolled-back'); // got: excel-partial
    expect(await codeOf(session.summary())).toBe('ok'); // got: excel-partial (overlap) on every retry
  });

  it('regression R7 a new Summary failing at NamedItemCollection.add says rolled back but leaves its new sheet', async () => {
    const { fake, session } = setup();
    const before = fake.snapshot();
    fake.failNextSync({ code: 'GeneralException', atCommand: 1, afterSyncs: 2 });
    expect(await codeOf(session.summary())).toBe('excel-rolled-back');
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name)); // got: + 绩效自评汇总
  });

  it("regression R8 Fill failing between a cell's numberFormat and its content says rolled back but keeps the new format", async () => {
    const { fake, session } = setup();
    await session.validate();
    const before = fake.snapshot().sheets;
    fake.failNextSync({ code: 'GeneralException', atCommand: 75, afterSyncs: 2 });
    expect(await codeOf(session.fill())).toBe('excel-rolled-back');
    expect(fake.snapshot().sheets).toEqual(before); // got: a text cell ("99.70%" etc.) now formatted 0.00%
  });

  it("regression R9 Validate, correct a cell, Validate, insert a row, Revert twice: the user's header fill is lost", async () => {
    const { fake, session } = setup();
    fake.setFill(S3, 'G5', '#D9D9D9'); // the 执行率 header is grey
    await session.validate();
    fake.setValues(S3, 'G6', [['94.22%']]);
    await session.validate();
    fake.insertRows(S3, 3, 1);
    await session.revert(); // puts the old 执行率 mark (fill + note) on G6, now the header
    await session.revert();
    expect(fake.cell(S3, 'G6')).toEqual({ value: '执行率', fill: '#D9D9D9' }); // got: { value: '执行率' }
  });

  it('regression R10 Validate, Clear marks, insert a row, Revert: the mark never comes back on the wrong cell', async () => {
    const { fake, session } = setup();
    await session.validate();
    await session.clearMarks();
    fake.insertRows(S3, 2, 1);
    await session.revert();
    expect(fake.cell(S3, 'G6').fill).toBeUndefined(); // G6 is now the header 执行率; got: #FFEB9C and the note
  });

  it('regression R12 Fill, delete an unrelated sheet, save, reopen, Revert: cells of other sheets overwritten (fake ids are positional)', async () => {
    const { fake, session } = setup();
    await session.fill();
    await deleteSheet(fake, S1);
    const re = await reopen(fake);
    const want = setup().fake;
    await deleteSheet(want, S1);
    const s = sessionOf(re);
    await s.refreshRevertable();
    while (s.revertable) await s.revert();
    expect(cells(re, '2 国内外科技合作交流')).toEqual(cells(want, '2 国内外科技合作交流')); // got: H6 9.97 (sheet 1's) etc.
  });

  it('regression R13 Validate, the user deletes a marked row, Revert until disabled: an orphan name stays', async () => {
    const { fake, session } = setup();
    await session.validate();
    fake.deleteRows(S3, 6, 1);
    while (session.revertable) await session.revert();
    expect(fake.snapshot().names).toEqual({}); // got: { SelfEval_Mark_…: '=#REF!' }
  });
});

describe('the review of issue 12', () => {
  it('Summary again with nothing changed takes the officer to the summary sheet, writing nothing', async () => {
    const { fake, session } = setup();
    const name = await session.summary();
    await fake.run(async (c) => {
      c.workbook.worksheets.getItem(S1).activate();
      await c.sync();
    });
    const before = fake.snapshot();
    expect(await session.summary()).toBe(name);
    expect(fake.activeSheet).toBe(name);
    expect(fake.snapshot().sheets).toEqual(before.sheets);
  });
});
