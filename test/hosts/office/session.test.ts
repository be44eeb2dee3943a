import { FakeExcel } from '../../../src/fakeExcel';
import { buildWorkbook, sheetName } from '../../../scripts/fixtures/workbooks';
import type { FormSpec } from '../../../scripts/fixtures/formSpec';
import { seeds } from '../../helpers/grids';
import { analyse } from '../../../src/core';
import { toGrid } from '../../../src/hosts/exceljs/toGrid';
import { fiftySheets, sessionOf, setup } from './helpers';

describe('Validate', () => {
  it('finds what the CLI finds, in at most 3 syncs', async () => {
    const { fake, session, plan } = setup();
    const r = await session.validate();
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    const cli = analyse(buildWorkbook(plan).worksheets.map(toGrid));
    const ids = (a: typeof cli) => a.forms.flatMap((f) => f.findings.map((x) => `${x.sheet}!${x.cell} ${x.rule}`));
    expect(ids(r.analysis)).toEqual(ids(cli));
  });

  it('uses at most 3 syncs on a 50-sheet workbook, the first time and every time after', async () => {
    const fake = fiftySheets();
    const session = sessionOf(fake);
    for (let i = 0; i < 3; i++) {
      fake.resetCounters();
      const r = await session.validate();
      expect(r.analysis.forms).toHaveLength(50);
      expect(fake.syncCount).toBeLessThanOrEqual(3);
    }
  });

  it('keeps Fill in and Summary within 3 syncs on a 50-sheet workbook too', async () => {
    const fake = fiftySheets();
    const session = sessionOf(fake);
    fake.resetCounters();
    await session.fill();
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    fake.resetCounters();
    await session.summary();
    expect(fake.syncCount).toBeLessThanOrEqual(3);
  });

  it('reads in row chunks when one request would pass Excel on the web’s payload limit, and finds the same', async () => {
    const { fake, session } = setup();
    const whole = await session.validate();
    const { fake: small, session: chunked } = setup();
    small.limitBytes = 64 * 1024;
    small.platform = 'web';
    const r = await chunked.validate();
    expect(r.analysis.forms.map((f) => f.findings.map((x) => x.cell))).toEqual(
      whole.analysis.forms.map((f) => f.findings.map((x) => x.cell)),
    );
    // Excel refused the larger requests (nothing of a refused request is applied); the rest stayed under the limit.
    const refused = small.history.filter((h) => h.error);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((h) => h.error))).toEqual(new Set(['ResponsePayloadSizeLimitExceeded']));
    expect(small.history.filter((h) => !h.error).every((h) => h.responseBytes <= 64 * 1024)).toBe(true);
    expect(small.syncCount).toBeGreaterThan(fake.syncCount);
  });

  it('marks each offending cell with a fill and a note carrying its messages', async () => {
    const { fake, session } = setup();
    await session.validate();
    const g6 = fake.cell('3 技术转移合作', 'G6');
    expect(g6.fill).toBe('#FFEB9C');
    expect(g6.note).toContain('执行率填写为 94.23%');
    expect(fake.cell('6 科研基地服务与科技项目管理', 'C6').fill).toBe('#FFC7CE');
  });

  it('replaces its old marks when run again: the workbook is the same as after one run', async () => {
    const { fake, session } = setup();
    await session.validate();
    const once = fake.snapshot();
    await session.validate();
    expect(fake.snapshot()).toEqual(once);
  });

  it('runs as one undo group where Excel supports it', async () => {
    const { fake, session } = setup();
    await session.validate();
    expect(fake.undoGroups).toBe(1);
  });
});

describe('protected sheets', () => {
  it('Validate still reports, but writes nothing at all and names the protected sheets', async () => {
    const { fake, session } = setup();
    fake.protect('6 科研基地服务与科技项目管理');
    const before = fake.snapshot();
    const r = await session.validate();
    expect(r.protectedSheets).toEqual(['6 科研基地服务与科技项目管理']);
    expect(r.marked).toBe(0);
    expect(r.analysis.forms).toHaveLength(7);
    expect(fake.snapshot()).toEqual(before);
  });

  it('Clear marks refuses, writing nothing, when a marked sheet has been protected since', async () => {
    const { fake, session } = setup();
    await session.validate();
    fake.protect('3 技术转移合作');
    const marked = fake.snapshot();
    await expect(session.clearMarks()).rejects.toMatchObject({ code: 'excel-protected' });
    expect(fake.snapshot()).toEqual(marked);
  });

  it('Summary refuses to replace its own sheet when that sheet is protected', async () => {
    const { fake, session } = setup();
    const name = await session.summary();
    fake.protect(name);
    fake.setValues('3 技术转移合作', 'G6', [['94.22%']]);
    const before = fake.snapshot();
    await expect(session.summary()).rejects.toMatchObject({ code: 'excel-protected', detail: name });
    expect(fake.snapshot()).toEqual(before);
  });
});

describe('Clear marks', () => {
  it('puts back every fill exactly, and deletes the notes it added, but no one else’s', async () => {
    const { fake, session } = setup();
    fake.setFill('3 技术转移合作', 'G6', '#DDEBF7');
    fake.setNote('1 绿色技术银行综合管理与运行', 'B3', '用户自己的批注');
    const before = fake.snapshot();
    await session.validate();
    await session.validate();
    expect(fake.snapshot()).not.toEqual(before);
    await session.clearMarks();
    const after = fake.snapshot();
    expect(after.sheets).toEqual(before.sheets);
    // The marks are gone from the settings too; only the history stays, for Revert.
    expect(Object.keys(after.settings)).toEqual(['SelfEval.history']);
  });

  it('leaves a fill the user changed after validating', async () => {
    const { fake, session } = setup();
    await session.validate();
    fake.setFill('3 技术转移合作', 'G6', '#00B050');
    await session.clearMarks();
    expect(fake.cell('3 技术转移合作', 'G6').fill).toBe('#00B050');
  });
});

describe('Fill in', () => {
  it('writes the planned cells, values where inputs are text, in at most 3 syncs', async () => {
    const { fake, session } = setup();
    fake.resetCounters();
    const { filled } = await session.fill();
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(filled).toBe(21);
    const g6 = fake.cell('3 技术转移合作', 'G6');
    expect(g6).toMatchObject({ format: '0.00%' });
    expect(g6.value).toBeCloseTo(0.9422377, 6);
    expect(fake.cell('3 技术转移合作', 'H6')).toMatchObject({ formula: '=ROUND(MIN(G6,1)*F6,2)', value: 9.42 });
  });

  it('writes live formulas over plain numbers, which Excel recalculates', async () => {
    const spec: FormSpec = seeds()[2];
    spec.funds.total.executed = 338558.99;
    const fake = FakeExcel.fromWorkbook(buildWorkbook({ file: 'x.xlsx', sheets: [{ name: 'S', forms: [{ spec, layout: {} }] }] }));
    const session = sessionOf(fake);
    await session.fill();
    expect(fake.cell('S', 'G6').formula).toBe('=E6/D6');
    fake.setValues('S', 'E6', [[359313.78]]);
    expect(fake.cell('S', 'G6').value).toBe(1);
    expect(fake.cell('S', 'H6').value).toBe(10);
  });

  it('changes no cell outside the plan but for the marks of its validation', async () => {
    const { fake, session } = setup();
    const before = fake.snapshot();
    const planned = new Set((await session.validate()).plan.fills.map((f) => `${f.sheet}!${f.cell}`));
    await session.clearMarks();
    const { validation } = await session.fill();
    const marked = new Set(validation.plan.marks.map((m) => `${m.sheet}!${m.cell}`));
    const after = fake.snapshot();
    const content = (c: object | undefined) => JSON.stringify({ ...c, fill: undefined, note: undefined });
    const changed = (same: (a: object | undefined, b: object | undefined) => boolean) =>
      after.sheets.flatMap((s) => {
        const old = before.sheets.find((b) => b.name === s.name)?.cells ?? {};
        return Object.keys({ ...s.cells, ...old })
          .filter((a) => !same(s.cells[a], old[a]))
          .map((a) => `${s.name}!${a}`);
      });
    const filled = changed((a, b) => content(a) === content(b));
    expect(filled.length).toBeGreaterThan(0);
    expect(filled.filter((c) => !planned.has(c))).toEqual([]);
    const touched = changed((a, b) => JSON.stringify(a) === JSON.stringify(b));
    expect(touched.filter((c) => !planned.has(c) && !marked.has(c))).toEqual([]);
    expect(marked.size).toBeGreaterThan(0);
  });

  it('counts only the cells whose value or formula would change: none once filled (issue 12)', async () => {
    const { session } = setup();
    expect((await session.validate()).fillable).toBe(21);
    await session.fill();
    expect((await session.validate()).fillable).toBe(0);
    expect(session.fillPreview()).toEqual({ cells: 0, overWeight: 0 });
  });

  it('fills twice and changes nothing the second time', async () => {
    const { fake, session } = setup();
    await session.fill();
    const once = fake.snapshot();
    await session.fill();
    expect(fake.snapshot()).toEqual(once);
  });

  it('refuses, writing nothing, when a target sheet is protected', async () => {
    const { fake, session } = setup();
    fake.protect('3 技术转移合作');
    const before = fake.snapshot();
    await expect(session.fill()).rejects.toMatchObject({ code: 'excel-protected', detail: '3 技术转移合作' });
    expect(fake.snapshot()).toEqual(before);
  });
});

describe('Summary', () => {
  it('writes an Excel table with links and totals, in at most 3 syncs, and replaces only its own sheet', async () => {
    const { fake, session } = setup();
    fake.resetCounters();
    const name = await session.summary();
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(name).toBe('绩效自评汇总');
    // The officer sees it at once (issue 12).
    expect(fake.activeSheet).toBe(name);
    expect(fake.cell(name, 'B5').value).toBe('绿色技术银行综合管理与运行');
    expect(fake.cell(name, 'A5').link).toMatchObject({ documentReference: "'1 绿色技术银行综合管理与运行'!A1" });
    expect(fake.cell(name, 'E12').value).toBeCloseTo(43290284.96, 2);
    await session.summary();
    expect(fake.snapshot().sheets.filter((s) => s.name.startsWith('绩效自评汇总'))).toHaveLength(1);
  });

  it('twice on an unchanged workbook leaves it exactly as once: one summary sheet', async () => {
    const { fake, session } = setup();
    await session.summary();
    const once = fake.snapshot();
    await session.summary();
    expect(fake.snapshot()).toEqual(once);
  });

  it('never replaces a user’s own sheet of the same name', async () => {
    const { fake, session } = setup();
    fake.addSheet('绩效自评汇总').setValues('绩效自评汇总', 'A1', [['我的笔记']]);
    expect(await session.summary()).toBe('绩效自评汇总 (2)');
    expect(fake.cell('绩效自评汇总', 'A1').value).toBe('我的笔记');
  });

  it('writes text from cells as text, even when it begins with "="', async () => {
    const spec = seeds()[6];
    spec.project = '=1+1';
    const fake = FakeExcel.fromWorkbook(
      buildWorkbook({ file: 'x.xlsx', sheets: [{ name: sheetName(0, spec), forms: [{ spec, layout: {} }] }] }),
    );
    const session = sessionOf(fake);
    const name = await session.summary();
    expect(fake.cell(name, 'B5')).toMatchObject({ value: '=1+1' });
    expect(fake.cell(name, 'B5').formula).toBeUndefined();
  });
});

describe('older Excel', () => {
  it.each(['1.7', '1.9', '1.12', '1.13', '1.17'])('ExcelApi %s: validates, falls back from notes, and clears without error', async (v) => {
    const { fake, session } = setup('seed.xlsx', v);
    const r = await session.validate();
    expect(r.analysis.forms).toHaveLength(7);
    expect(fake.undoGroups).toBe(0);
    await session.clearMarks();
  });
});

describe('errors from Excel are plain', () => {
  it('stops before writing anything when cancelled', async () => {
    const { fake, session } = setup();
    const before = fake.snapshot();
    const controller = new AbortController();
    const run = session.validate({ signal: controller.signal, onStep: (s) => s === 'reading' && controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'CancelledError' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('Fill in can be cancelled while it checks the filled workbook again, before it writes anything (issue 12 review)', async () => {
    const { fake, session } = setup();
    await session.validate();
    const before = fake.snapshot();
    const controller = new AbortController();
    const steps: string[] = [];
    const run = session.fill({
      signal: controller.signal,
      onStep: (s) => {
        steps.push(s);
        if (s === 'checking' && steps.filter((x) => x === 'checking').length === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'CancelledError' });
    expect(steps).toEqual(['reading', 'checking', 'writing', 'checking']);
    expect(fake.snapshot()).toEqual(before);
  });

  it('waits for cell-edit mode to end instead of failing', async () => {
    const { fake, session } = setup();
    fake.cellEditMode = true;
    const done = session.validate();
    setTimeout(() => (fake.cellEditMode = false), 50);
    await expect(done).resolves.toMatchObject({ marked: expect.any(Number) });
  });

  it('turns a failing sync into a named error without a stack trace in its message', async () => {
    const { fake, session } = setup();
    fake.failNextSync({ code: 'GeneralException' });
    const e = await session.validate().catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'ExcelError', code: 'excel-failed' });
  });
});

describe('Excel on the web’s 5 MB limit', () => {
  /** 200 sheets of forms and one ledger sheet of 20,000 rows. */
  async function big(): Promise<FakeExcel> {
    const ExcelJS = (await import('exceljs')).default;
    const specs = seeds();
    const wb = buildWorkbook({
      file: 'big.xlsx',
      sheets: Array.from({ length: 200 }, (_, i) => ({ name: `表${i + 1}`, forms: [{ spec: specs[i % 7], layout: {} }] })),
    });
    const ledger = wb.addWorksheet('明细账');
    for (let r = 1; r <= 20000; r++)
      ledger.addRow([r, `2022-${(r % 12) + 1}`, '科研项目支出', `凭证${r}`, (r * 37.5) % 9000, '已审核', '上海科学技术交流中心']);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(await wb.xlsx.writeBuffer());
    return FakeExcel.fromWorkbook(copy, { platform: 'web' });
  }

  it('validates, fills and summarises 200 sheets and a 20,000-row sheet without ever passing the limit', async () => {
    const fake = await big();
    const session = sessionOf(fake);
    const syncs: Record<string, number> = {};
    for (const action of ['validate', 'fill', 'summary'] as const) {
      fake.resetCounters();
      await session[action]();
      syncs[action] = fake.syncCount;
    }
    expect(fake.history.filter((h) => h.error)).toEqual([]);
    expect(Math.max(...fake.history.map((h) => Math.max(h.requestBytes, h.responseBytes)))).toBeLessThanOrEqual(5 * 1024 * 1024);
    // Recorded in the README (Safety): the syncs each action took on this workbook.
    expect(syncs).toEqual({ validate: expect.any(Number), fill: expect.any(Number), summary: expect.any(Number) });
    console.log(
      `200 sheets + 20,000 rows: syncs ${JSON.stringify(syncs)}, largest request ${Math.max(...fake.history.map((h) => h.requestBytes))} B, largest response ${Math.max(...fake.history.map((h) => h.responseBytes))} B`,
    );
  }, 120_000);
});
