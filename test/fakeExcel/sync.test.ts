import { FakeExcel, type FakeContext } from '../../src/fakeExcel';
import { failure, smallFake } from './helpers';

const write3 = (ctx: FakeContext) => {
  const ws = ctx.workbook.worksheets.getItem('Sheet1');
  ws.getRange('A1').values = [['first']];
  ws.getRange('A2').values = [['second']];
  ws.getRange('A3').values = [['third']];
  return ctx.sync();
};

describe('injected failures', () => {
  it.each<[string, { atCommand?: number; atomic?: boolean }, boolean, unknown[][]]>([
    ['at the first command', { atCommand: 0 }, false, [[1], ['text'], ['']]],
    ['in the middle: earlier commands stay applied', { atCommand: 2 }, false, [['first'], ['second'], ['']]],
    ['in the middle, atomic: nothing stays', { atCommand: 2, atomic: true }, false, [[1], ['text'], ['']]],
    ['in the middle with fake.atomic', { atCommand: 1 }, true, [[1], ['text'], ['']]],
    ['beyond the batch: all applied, the sync still fails', { atCommand: 9 }, false, [['first'], ['second'], ['third']]],
  ])('%s', async (_name, at, atomic, after) => {
    const fake = smallFake();
    fake.atomic = atomic;
    fake.failNextSync({ code: 'GeneralException', ...at });
    const e = await failure(fake, write3);
    expect(e.code).toBe('GeneralException');
    expect(fake.getValues('Sheet1', 'A1:A3')).toEqual(after);
    // only the next sync fails
    await fake.run(write3);
    expect(fake.getValues('Sheet1', 'A1:A3')).toEqual([['first'], ['second'], ['third']]);
  });

  it('reports the failing statement and leaves loads of the failed batch unloaded', async () => {
    const fake = smallFake().failNextSync({ code: 'InvalidArgument', atCommand: 1 });
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [[0]];
      const e = await ctx.sync().catch((x) => x);
      expect(e).toMatchObject({ code: 'InvalidArgument', debugInfo: { statement: 'Range.values' } });
      expect(() => r.values).toThrow(/not available/);
      expect(fake.history[0].error).toBe('InvalidArgument');
    });
  });

  it('a real failure mid-batch keeps earlier commands (worst case), unless atomic', async () => {
    for (const atomic of [false, true]) {
      const fake = smallFake();
      fake.atomic = atomic;
      const e = await failure(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [['kept?']];
        ws.getRange('A2:B2').values = [[1]]; // wrong shape
        await ctx.sync();
      });
      expect(e.code).toBe('InvalidArgument');
      expect(fake.getValues('Sheet1', 'A1')).toEqual([[atomic ? 1 : 'kept?']]);
    }
  });
});

describe('payload limits', () => {
  it('a request above the limit is refused whole, and its size is recorded', async () => {
    const fake = new FakeExcel({ limitBytes: 1000, platform: 'web' });
    const e = await failure(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['small']];
      ws.getRange('A2:A101').values = Array.from({ length: 100 }, (_, i) => [`row ${i}`]);
      await ctx.sync();
    });
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.getValues('Sheet1', 'A1')).toEqual([['']]);
    expect(fake.maxRequestBytes).toBeGreaterThan(1000);
  });

  it('counts UTF-8 bytes: Chinese text weighs three bytes a character', async () => {
    const fake = new FakeExcel({ limitBytes: 1000, platform: 'web' });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['绩'.repeat(300)]];
    });
    expect(fake.maxRequestBytes).toBeGreaterThan(900);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['绩'.repeat(340)]];
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('a response above the limit is refused and the batch’s writes are undone', async () => {
    const fake = new FakeExcel({ limitBytes: 2000, platform: 'web' }).setValues(
      'Sheet1',
      'A1:A100',
      Array.from({ length: 100 }, () => ['some longer text to read back here']),
    );
    const e = await failure(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B1').values = [['written']];
      ws.getRange('A1:A100').load('values');
      await ctx.sync();
    });
    expect(e.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.getValues('Sheet1', 'B1')).toEqual([['']]);
    expect(fake.maxResponseBytes).toBeGreaterThan(2000);
  });

  it('a read that cannot fit is refused before it is built; over 5,000,000 cells is RangeExceedsLimit', async () => {
    const fake = new FakeExcel({ platform: 'web' });
    const load = (address: string) => (ctx: FakeContext) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange(address).load('values');
      return ctx.sync();
    };
    expect((await failure(fake, load('A:B'))).code).toBe('ResponsePayloadSizeLimitExceeded');
    expect((await failure(fake, load('A:F'))).code).toBe('RangeExceedsLimit');
  });

  it('reads under the limit record their size', async () => {
    const fake = smallFake({ platform: 'web' });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C2').load('values');
      await ctx.sync();
    });
    expect(fake.maxResponseBytes).toBe(
      JSON.stringify([
        [
          [1, 2, 3],
          ['text', true, ''],
        ],
      ]).length,
    );
  });
});

describe('cell-edit mode', () => {
  it('fails a sync with InvalidOperationInCellEditMode without delayForCellEdit', async () => {
    const fake = smallFake();
    fake.cellEditMode = true;
    const e = await failure(fake, write3);
    expect(e.code).toBe('InvalidOperationInCellEditMode');
    expect(fake.getValues('Sheet1', 'A1')).toEqual([[1]]);
  });

  it('waits until the edit ends with delayForCellEdit, then runs', async () => {
    const fake = smallFake();
    fake.cellEditMode = true;
    let done = false;
    const run = fake.run({ delayForCellEdit: true }, write3).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(fake.getValues('Sheet1', 'A1')).toEqual([[1]]);
    fake.cellEditMode = false;
    await run;
    expect(fake.getValues('Sheet1', 'A1')).toEqual([['first']]);
  });

  it('an empty sync never reaches Excel, so it neither fails nor waits', async () => {
    const fake = smallFake();
    fake.cellEditMode = true;
    await fake.run(async (ctx) => ctx.sync());
    expect(fake.syncCount).toBe(1);
  });
});

describe('protection', () => {
  const on = (ctx: FakeContext) => ctx.workbook.worksheets.getItem('Locked');
  it.each<[string, (ctx: FakeContext) => void]>([
    ['values', (ctx) => (on(ctx).getRange('A1').values = [[1]])],
    ['formulas', (ctx) => (on(ctx).getRange('A1').formulas = [['=1']])],
    ['numberFormat', (ctx) => (on(ctx).getRange('A1').numberFormat = [['0.00']])],
    ['format.fill.color', (ctx) => (on(ctx).getRange('A1').format.fill.color = '#FFC7CE')],
    ['format.fill.clear()', (ctx) => on(ctx).getRange('A1').format.fill.clear()],
    ['format.font.bold', (ctx) => (on(ctx).getRange('A1').format.font.bold = true)],
    ['format.columnWidth', (ctx) => (on(ctx).getRange('A:A').format.columnWidth = 80)],
    ['hyperlink', (ctx) => (on(ctx).getRange('A1').hyperlink = { documentReference: 'Sheet1!A1', textToDisplay: 'x' })],
    ['merge()', (ctx) => on(ctx).getRange('A1:B1').merge()],
    ['a note', (ctx) => ctx.workbook.notes.add('Locked!A1', 'n')],
    ['a comment', (ctx) => ctx.workbook.comments.add('Locked!A1', 'c')],
    ['a table', (ctx) => on(ctx).tables.add('A1:B2', true)],
  ])('refuses %s on a protected sheet with AccessDenied', async (_name, write) => {
    const fake = new FakeExcel({ sheets: ['Sheet1', 'Locked'] }).protect('Locked');
    const before = JSON.stringify(fake.snapshot());
    const e = await failure(fake, async (ctx) => {
      write(ctx);
      await ctx.sync();
    });
    expect(e.code).toBe('AccessDenied');
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('allows reads, selection and writes elsewhere; protection.protected reports it; unprotect lifts it', async () => {
    const fake = new FakeExcel({ sheets: ['Sheet1', 'Locked'] }).protect('Locked');
    await fake.run(async (ctx) => {
      const ws = on(ctx);
      ws.load('protection/protected');
      ws.activate();
      ws.getRange('B2').select();
      ws.getRange('A1').load('values');
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['ok']];
      await ctx.sync();
      expect(ws.protection.protected).toBe(true);
    });
    expect(fake.selection).toEqual({ sheet: 'Locked', address: 'B2' });
    fake.unprotect('Locked');
    await fake.run(async (ctx) => {
      on(ctx).getRange('A1').values = [['now']];
    });
    expect(fake.getValues('Locked', 'A1')).toEqual([['now']]);
  });
});
