import { FakeExcel, type FakeContext, type FakePlatform } from '../../src/fakeExcel';
import { failure } from './helpers';

const sheet = (ctx: FakeContext, name = 'Sheet1') => ctx.workbook.worksheets.getItem(name);

describe('undo groups (Microsoft: Undo support with the Excel JavaScript API, "Unsupported APIs")', () => {
  const cases: [string, (ctx: FakeContext) => void, FakePlatform[]][] = [
    ['Worksheet.delete', (ctx) => sheet(ctx, 'Two').delete(), ['windows', 'mac', 'web']],
    ['Worksheet.name', (ctx) => (sheet(ctx, 'Two').name = 'Three'), ['windows', 'mac']],
    ['Worksheet.visibility', (ctx) => (sheet(ctx, 'Two').visibility = 'Hidden'), ['windows', 'mac']],
  ];
  it.each(
    cases.flatMap(([op, act, refused]) => (['windows', 'mac', 'web'] as const).map((p) => [op, p, act, refused.includes(p)] as const)),
  )('%s on %s inside a merged undo group: refused = %s; always allowed outside one', async (_op, platform, act, refused) => {
    const grouped = new FakeExcel({ sheets: ['Sheet1', 'Two'], platform });
    const batch = async (ctx: FakeContext) => {
      sheet(ctx).getRange('A1').values = [[1]];
      act(ctx);
      await ctx.sync();
    };
    if (refused) {
      const e = await failure(grouped, batch, { mergeUndoGroup: true });
      expect([e.code, e.debugInfo.errorLocation]).toEqual(['UndoNotSupported', _op]);
      // What came before the refused operation was applied (Microsoft does not say; the fake assumes the worst).
      expect(grouped.cell('Sheet1', 'A1')).toEqual({ value: 1 });
    } else await grouped.run({ mergeUndoGroup: true }, batch);
    await new FakeExcel({ sheets: ['Sheet1', 'Two'], platform }).run(batch);
  });
});

describe('workbook structure protection (Workbook.protection, ExcelApi 1.2)', () => {
  it('reports it, and refuses adding, deleting, renaming and hiding sheets, but not writing cells', async () => {
    const fake = new FakeExcel({ sheets: ['Sheet1', 'Two'] }).protectStructure();
    await fake.run(async (ctx) => {
      const p = ctx.workbook.protection.load('protected');
      sheet(ctx).getRange('A1').values = [[1]];
      await ctx.sync();
      expect(p.protected).toBe(true);
    });
    for (const act of [
      (ctx: FakeContext) => ctx.workbook.worksheets.add('New'),
      (ctx: FakeContext) => sheet(ctx, 'Two').delete(),
      (ctx: FakeContext) => (sheet(ctx, 'Two').name = 'Renamed'),
      (ctx: FakeContext) => (sheet(ctx, 'Two').visibility = 'Hidden'),
    ]) {
      const e = await failure(fake, async (ctx) => {
        act(ctx);
        await ctx.sync();
      });
      expect(e.code).toBe('AccessDenied');
    }
    expect(fake.snapshot().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Sheet1', 'Visible'],
      ['Two', 'Visible'],
    ]);
  });
});

describe('a note or a comment on a cell, not both (the docs are silent: the stricter case)', () => {
  it.each([
    ['a note where a comment is', (f: FakeExcel) => f, (ctx: FakeContext) => ctx.workbook.notes.add('Sheet1!B2', 'n'), true],
    [
      'a comment where a note is',
      (f: FakeExcel) => f.setNote('Sheet1', 'C3', 'x'),
      (ctx: FakeContext) => ctx.workbook.comments.add('Sheet1!C3', 'c'),
      false,
    ],
  ])('refuses %s', async (_what, prepare, act, withComment) => {
    const fake = prepare(new FakeExcel());
    if (withComment)
      await fake.run(async (ctx) => {
        ctx.workbook.comments.add('Sheet1!B2', 'first');
        await ctx.sync();
      });
    const e = await failure(fake, async (ctx) => {
      act(ctx);
      await ctx.sync();
    });
    expect(e.code).toBe('InvalidOperation');
  });
});

describe('tables take in a row written right below them (AutoCorrect applies to the API: office-js issue 6745)', () => {
  it('through the API and as the user types; a row farther down or beside the table does not count', async () => {
    const fake = new FakeExcel().setValues('Sheet1', 'A1:B2', [
      ['h1', 'h2'],
      [1, 2],
    ]);
    await fake.run(async (ctx) => {
      sheet(ctx).tables.add('A1:B2', true).name = 'T';
      await ctx.sync();
      sheet(ctx).getRange('A4:B4').values = [[9, 9]];
      sheet(ctx).getRange('C3').values = [[9]];
      await ctx.sync();
      sheet(ctx).getRange('A3:B3').values = [[3, 4]];
      await ctx.sync();
    });
    expect(fake.state.tables[0].rect).toMatchObject({ top: 0, bottom: 2 });
  });
});

describe('rows inserted and deleted by the user', () => {
  it('move cells, notes and merges below, and the names to them; a name to a deleted cell becomes #REF!', async () => {
    const fake = new FakeExcel()
      .setValues('Sheet1', 'A1:A3', [[1], [2], [3]])
      .setNote('Sheet1', 'A3', 'n')
      .mergeCells('Sheet1', 'B3:C4');
    await fake.run(async (ctx) => {
      ctx.workbook.names.add('Three', sheet(ctx).getRange('A3')).visible = false;
      ctx.workbook.names.add('Two', sheet(ctx).getRange('A2'));
      await ctx.sync();
    });
    fake.insertRows('Sheet1', 2, 2).deleteRows('Sheet1', 4);
    expect(fake.getValues('Sheet1', 'A1:A5')).toEqual([[1], [''], [''], [3], ['']]);
    expect(fake.cell('Sheet1', 'A4')).toEqual({ value: 3, note: 'n' });
    expect(fake.state.sheets[0].merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
    const names = await fake.run(async (ctx) => {
      const items = ctx.workbook.names.load('items/name,items/formula,items/visible');
      await ctx.sync();
      return items.items.map((n) => [n.name, n.formula, n.visible]);
    });
    expect(names).toEqual([
      ['Three', '=Sheet1!$A$4', false],
      ['Two', '=#REF!', true],
    ]);
  });
});

describe('sheet protection (T Excel.WorksheetProtectionOptions, Excel.CellProtection.locked)', () => {
  const protectedFake = (allow = {}) =>
    new FakeExcel({ sheets: ['Sheet1', 'Two'] })
      .setValues('Sheet1', 'A1:B1', [[1, 2]])
      .unlock('Sheet1', 'B1')
      .protect('Sheet1', allow);
  const code = async (fake: FakeExcel, act: (ctx: FakeContext) => void) =>
    (
      await failure(fake, async (ctx) => {
        act(ctx);
        await ctx.sync();
      }).catch(() => ({ code: 'ok' }))
    ).code;
  const ok = async (fake: FakeExcel, act: (ctx: FakeContext) => void) =>
    fake.run(async (ctx) => {
      act(ctx);
      await ctx.sync();
    });

  it('takes values in unlocked cells, refuses locked ones (blank cells are locked too)', async () => {
    const fake = protectedFake();
    await ok(fake, (ctx) => (sheet(ctx).getRange('B1').values = [[5]]));
    expect(fake.cell('Sheet1', 'B1').value).toBe(5);
    expect(await code(fake, (ctx) => (sheet(ctx).getRange('A1').values = [[5]]))).toBe('AccessDenied');
    expect(await code(fake, (ctx) => (sheet(ctx).getRange('C9').values = [[5]]))).toBe('AccessDenied');
  });

  it('refuses formats and notes unless the protection allows them; always refuses comments and tables', async () => {
    const strict = protectedFake();
    expect(await code(strict, (ctx) => (sheet(ctx).getRange('B1').format.fill.color = '#FF0000'))).toBe('AccessDenied');
    expect(await code(strict, (ctx) => ctx.workbook.notes.add('Sheet1!B1', 'n'))).toBe('AccessDenied');
    expect(await code(strict, (ctx) => ctx.workbook.comments.add('Sheet1!B1', 'c'))).toBe('AccessDenied');
    expect(await code(strict, (ctx) => sheet(ctx).tables.add('A1:B1', true))).toBe('AccessDenied');
    const lenient = protectedFake({ formatCells: true, editObjects: true });
    await ok(lenient, (ctx) => {
      sheet(ctx).getRange('A1').format.fill.color = '#FF0000';
      ctx.workbook.notes.add('Sheet1!A1', 'n');
    });
    expect(lenient.cell('Sheet1', 'A1')).toMatchObject({ fill: '#FF0000', note: 'n' });
  });

  it('does not keep the sheet from being deleted (workbook structure protection does)', async () => {
    const fake = protectedFake();
    await ok(fake, (ctx) => sheet(ctx).delete());
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(['Two']);
  });
});
