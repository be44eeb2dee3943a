import { reopen, sessionOf, setup } from './helpers';

describe('Revert last action', () => {
  it.each(['fill', 'summary', 'validate'] as const)(
    'puts the workbook back exactly as before a %s, even after saving and reopening',
    async (action) => {
      const { fake, session } = setup();
      await session.validate();
      await session.summary();
      // Correct the wrong 执行率, so that a new Validate takes a mark off.
      fake.setValues('3 技术转移合作', 'G6', [['94.22%']]);
      const before = fake.snapshot();
      await session[action]();
      const changed = await reopen(fake);
      expect(changed.snapshot().sheets).not.toEqual(before.sheets);
      await sessionOf(changed).revert();
      const after = changed.snapshot();
      expect(after.sheets).toEqual(before.sheets);
      expect(after.names).toEqual(before.names);
      // The same marks, each recording what its cell held when last taken off or put on.
      const marks = (v: unknown) =>
        (JSON.parse(String(v ?? '{"marks":[]}')) as { marks: { seen?: string }[] }).marks.map(({ seen: _seen, ...m }) => m);
      expect(marks(after.settings['SelfEval.marks'])).toEqual(marks(before.settings['SelfEval.marks']));
    },
  );

  it('after Fill in: every filled cell gets back its value or formula and its number format', async () => {
    const { fake, session } = setup();
    const before = fake.snapshot();
    await session.fill();
    await session.revert();
    expect(fake.snapshot()).toEqual(before);
  });

  it('after Summary: the new sheet goes and the earlier summary comes back, with its table', async () => {
    const { fake, session } = setup();
    await session.summary();
    fake.setValues('3 技术转移合作', 'H6', [[9]]);
    const first = fake.snapshot();
    await session.summary();
    await session.revert();
    expect(fake.snapshot().sheets).toEqual(first.sheets);
  });

  it('says so when there is nothing to revert', async () => {
    const { session } = setup();
    await expect(session.revert()).rejects.toMatchObject({ code: 'nothing-to-revert' });
  });
});

describe('all or nothing', () => {
  it.each([2, 10, 25])('a Fill in whose request fails at command %i leaves nothing applied, and says so', async (at) => {
    const { fake, session } = setup();
    const before = fake.snapshot();
    // The failure is injected into the action's write request, after its two reads.
    fake.failNextSync({ code: 'GeneralException', atCommand: at, afterSyncs: 2 });
    const e = await session.fill().catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'excel-rolled-back' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('a Validate whose request fails part-way leaves the workbook as it was', async () => {
    const { fake, session } = setup();
    const before = fake.snapshot();
    fake.failNextSync({ code: 'GeneralException', atCommand: 15, afterSyncs: 2 });
    await expect(session.validate()).rejects.toMatchObject({ code: 'excel-rolled-back' });
    expect(fake.snapshot()).toEqual(before);
  });
});

describe('undo', () => {
  it('runs each action as one merged undo group on ExcelApi 1.20', async () => {
    const { fake, session } = setup();
    await session.validate();
    await session.fill();
    expect(fake.undoGroups).toBe(fake.runCount);
  });

  it.each([0, 2])(
    'falls back to no undo group, and says Ctrl+Z cannot undo, when Excel refuses one (after %i syncs)',
    async (afterSyncs) => {
      const { fake, session } = setup();
      const clean = setup();
      await clean.session.summary();
      fake.failNextSync({ code: 'UndoNotSupported', atCommand: 5, afterSyncs });
      await session.summary();
      expect(session.undoable).toBe(false);
      // Taken back and written again: the same workbook as one summary without a refusal.
      const { settings: _a, ...got } = fake.snapshot();
      const { settings: _b, ...want } = clean.fake.snapshot();
      expect(got).toEqual(want);
    },
  );
});

describe('Revert and the user’s later edits', () => {
  it('leaves a filled cell the user typed over since, and takes back the others', async () => {
    const { fake, session } = setup();
    const before = fake.snapshot();
    await session.fill();
    fake.setValues('3 技术转移合作', 'H6', [[9.5]]);
    await session.revert();
    expect(fake.cell('3 技术转移合作', 'H6').value).toBe(9.5);
    expect(fake.cell('3 技术转移合作', 'G6')).toEqual(before.sheets.find((s) => s.name === '3 技术转移合作')!.cells.G6);
  });
});
