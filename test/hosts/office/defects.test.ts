import type { FakeExcel } from '../../../src/fakeExcel';
import { reopen, sessionOf, setup } from './helpers';

const S3 = '3 技术转移合作';
const S6 = '6 科研基地服务与科技项目管理';

describe('a marked cell’s note goes missing (regressions for issue 11, defect 1)', () => {
  it.each([
    ['the user deletes the note', (f: FakeExcel) => f.deleteNote(S3, 'G6')],
    ['the user uses Clear All on the cell', (f: FakeExcel) => f.clearAll(S3, 'G6')],
    ['the user pastes over the cell', (f: FakeExcel) => f.clearAll(S3, 'G6').setValues(S3, 'G6', [['94.22%']])],
  ])('%s: Validate, Clear marks and Revert all still work', async (_what, change) => {
    for (const v of ['1.20', '1.17']) {
      const { fake, session } = setup('seed.xlsx', v);
      await session.validate();
      change(fake);
      await session.validate();
      await session.clearMarks();
      while (session.revertable) await session.revert();
    }
  });

  it('leaves a note the user rewrote, and deletes the others', async () => {
    const { fake, session } = setup();
    await session.validate();
    fake.setNote(S3, 'G6', '已核实：执行率按财政批复口径计算');
    await session.clearMarks();
    expect(fake.cell(S3, 'G6').note).toBe('已核实：执行率按财政批复口径计算');
    expect(fake.cell(S6, 'C6').note).toBeUndefined();
  });

  it('never puts a note on a cell that holds the user’s comment', async () => {
    const { fake, session } = setup();
    await fake.run(async (context) => {
      context.workbook.comments.add(`'${S3}'!G6`, '请财务科复核');
      await context.sync();
    });
    await session.validate();
    expect(fake.cell(S3, 'G6').note).toBeUndefined();
    expect(fake.cell(S3, 'G6').fill).toBe('#FFEB9C');
  });
});

describe('Summary again after a change (defects 2 and 3)', () => {
  it.each(['windows', 'mac', 'web'] as const)('on %s: every later action works, in one undo group each', async (platform) => {
    const { fake, session } = setup('seed.xlsx', '1.20', { platform });
    await session.summary();
    fake.setValues(S3, 'H6', [[9]]);
    await session.summary();
    fake.setValues(S3, 'H6', [[8]]);
    await session.summary();
    await session.validate();
    await session.clearMarks();
    expect(session.undoable).toBe(true);
    expect(fake.undoGroups).toBe(fake.runCount);
    expect(fake.snapshot().sheets.filter((s) => s.visibility !== 'Visible')).toEqual([]);
  });

  it('a Summary whose request fails part-way keeps the summary that was there, and its content', async () => {
    const { fake, session } = setup();
    const name = await session.summary();
    fake.setValues(S3, 'H6', [[9]]);
    const before = fake.snapshot();
    fake.failNextSync({ code: 'GeneralException', atCommand: 30, afterSyncs: 2 });
    await expect(session.summary()).rejects.toMatchObject({ code: 'excel-rolled-back' });
    expect(fake.snapshot().sheets).toEqual(before.sheets);
    expect(fake.cell(name, 'B5').value).toBe('绿色技术银行综合管理与运行');
  });
});

describe('a marked sheet is renamed (defect 6)', () => {
  it('Clear marks and Revert still find its marks', async () => {
    const { fake, session } = setup();
    fake.setFill(S3, 'G6', '#DDEBF7');
    const before = fake.snapshot();
    await session.validate();
    fake.renameSheet(S3, '技术转移（更正）');
    await session.clearMarks();
    expect(fake.cell('技术转移（更正）', 'G6')).toMatchObject({ fill: '#DDEBF7' });
    expect(fake.cell('技术转移（更正）', 'G6').note).toBeUndefined();
    await session.revert();
    await session.revert();
    const after = fake.snapshot();
    expect(after.sheets.map((s) => ({ ...s, name: s.name === '技术转移（更正）' ? S3 : s.name }))).toEqual(before.sheets);
  });
});

describe('rows inserted or deleted above marked cells (defect 6)', () => {
  it('marks follow their cells: Clear marks puts back the fill and takes the note where the cell went', async () => {
    const { fake, session } = setup();
    fake.setFill(S3, 'G6', '#DDEBF7');
    await session.validate();
    fake.insertRows(S3, 3, 2);
    fake.setValues(S3, 'G6', [['用户新插入的行']]);
    await session.clearMarks();
    expect(fake.cell(S3, 'G8')).toMatchObject({ fill: '#DDEBF7' });
    expect(fake.cell(S3, 'G8').note).toBeUndefined();
    expect(fake.cell(S3, 'G6')).toEqual({ value: '用户新插入的行' });
    expect(Object.keys(fake.snapshot().names)).toEqual([]);
  });

  it('Validate again keeps the fill the cell had before it was first marked', async () => {
    const { fake, session } = setup();
    fake.setFill(S3, 'G6', '#DDEBF7');
    await session.validate();
    fake.insertRows(S3, 1);
    await session.validate();
    await session.clearMarks();
    expect(fake.cell(S3, 'G7')).toMatchObject({ fill: '#DDEBF7' });
  });

  it('a marked row deleted since is simply gone: Clear marks and Revert touch no other cell', async () => {
    const { fake, session } = setup();
    await session.validate();
    fake.deleteRows(S6, 6);
    const after = fake.snapshot();
    await session.clearMarks();
    const sheet = (x: typeof after) => x.sheets.find((s) => s.name === S6)!.cells;
    for (const [a, c] of Object.entries(sheet(fake.snapshot())))
      expect({ a, ...c, fill: undefined, note: undefined }).toEqual({ a, ...sheet(after)[a], fill: undefined, note: undefined });
    expect(Object.keys(fake.snapshot().names)).toEqual([]);
  });
});

describe('workbook structure protection (defect 7)', () => {
  it('Summary refuses with a plain message and writes nothing', async () => {
    const { fake, session } = setup();
    fake.protectStructure();
    const before = fake.snapshot();
    await expect(session.summary()).rejects.toMatchObject({ code: 'excel-structure-protected' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('Revert of a Summary that made a sheet refuses too, and Validate still works', async () => {
    const { fake, session } = setup();
    await session.summary();
    fake.protectStructure();
    const before = fake.snapshot();
    await expect(session.revert()).rejects.toMatchObject({ code: 'excel-structure-protected' });
    expect(fake.snapshot()).toEqual(before);
    await session.validate();
  });
});

describe('the summary’s totals row (defect 8)', () => {
  it('stays outside the table, which holds the header and one row per form', async () => {
    const { fake, session } = setup();
    const name = await session.summary();
    const table = fake.state.tables.find((t) => t.name === 'SelfEval_Summary')!;
    expect(table.sheet.name).toBe(name);
    expect(table.rect.bottom - table.rect.top).toBe(7);
    expect(fake.cell(name, `A${table.rect.bottom + 2}`).value).toBe('合计');
  });
});

describe('the harness flow: Revert walks back every action', () => {
  /** The workbook as the user opens it: the seed, with a fill and a note of their own. */
  function opening() {
    const { fake, session } = setup();
    fake.setFill(S3, 'G6', '#DDEBF7');
    fake.setNote(S6, 'B3', '用户自己的批注');
    return { fake, session };
  }

  async function walk(reopenBetween: boolean) {
    const { fake: first, session: s1 } = opening();
    const opened = reopenBetween ? (await reopen(opening().fake)).snapshot() : first.snapshot();
    await s1.validate();
    await s1.fill();
    await s1.summary();
    await s1.clearMarks();
    await s1.validate();
    let fake = first;
    let session = s1;
    if (reopenBetween) {
      fake = await reopen(first);
      session = sessionOf(fake);
      await session.refreshRevertable();
    }
    const labels: string[] = [];
    while (session.revertable) {
      labels.push(`${session.revertable.action} ${session.revertable.cells}`);
      await session.revert();
    }
    expect(labels).toEqual(['validate 19', 'clear 19', 'summary 0', 'fill 21', 'validate 20']);
    await expect(session.revert()).rejects.toMatchObject({ code: 'nothing-to-revert' });
    const now = fake.snapshot();
    expect(now.sheets).toEqual(opened.sheets);
    expect(now.settings).toEqual({});
    expect(now.names).toEqual(opened.names);
  }

  it('in one session', () => walk(false));
  it('after saving, closing and reopening', () => walk(true));
});
