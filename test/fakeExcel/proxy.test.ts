import { FakeExcel, OfficeError, type FakeContext } from '../../src/fakeExcel';
import { failure, smallFake, thrown } from './helpers';

describe('load before read', () => {
  it.each<[string, (ctx: FakeContext) => unknown, string]>([
    ['Range.values', (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values, 'Range.values'],
    ['Range.address', (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').address, 'Range.address'],
    ['RangeFill.color', (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color, 'RangeFill.color'],
    ['Worksheet.name', (ctx) => ctx.workbook.worksheets.getItem('Sheet1').name, 'Worksheet.name'],
    ['WorksheetCollection.items', (ctx) => ctx.workbook.worksheets.items, 'WorksheetCollection.items'],
    [
      'WorksheetProtection.protected',
      (ctx) => ctx.workbook.worksheets.getItem('Sheet1').protection.protected,
      'WorksheetProtection.protected',
    ],
    ['isNullObject before sync', (ctx) => ctx.workbook.worksheets.getItemOrNullObject('x').isNullObject, 'Worksheet.isNullObject'],
    ['ClientResult.value', (ctx) => ctx.workbook.worksheets.getCount().value, 'ClientResult.value'],
  ])('reading %s without load and sync throws PropertyNotLoaded', async (_name, read, location) => {
    await smallFake().run(async (ctx) => {
      const e = thrown(() => read(ctx));
      expect(e).toBeInstanceOf(OfficeError);
      expect(e).toMatchObject({ name: 'RichApi.Error', code: 'PropertyNotLoaded', debugInfo: { errorLocation: location } });
    });
  });

  it('a loaded property is readable only after sync', async () => {
    await smallFake().run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([[1, 2, 3]]);
    });
  });

  it('a value set locally is not readable as if loaded, and a write forgets an earlier load', async () => {
    await smallFake().run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [[5]];
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([[5]]);
      r.values = [[6]];
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
    });
  });

  it.each<[string, string | string[] | Record<string, unknown>, (ctx: FakeContext) => unknown]>([
    ['a comma list', 'address, rowCount', (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('B2')],
    ['an array', ['address', 'rowCount'], (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('B2')],
    ['an object', { address: true, rowCount: true }, (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('B2')],
    ['select', { select: 'address,rowCount' }, (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('B2')],
  ])('load takes %s', async (_name, spec, make) => {
    await smallFake().run(async (ctx) => {
      const r = (make(ctx) as { load(s: unknown): { address: string; rowCount: number } }).load(spec);
      await ctx.sync();
      expect([r.address, r.rowCount]).toEqual(['Sheet1!B2', 1]);
    });
  });

  it('loads navigation paths and collection items', async () => {
    const fake = smallFake().addSheet('Two').protect('Two');
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('format/fill/color,format/font/bold');
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([
        ['Sheet1', 'Visible', false],
        ['Two', 'Visible', true],
      ]);
      expect([r.format.fill.color, r.format.font.bold]).toEqual(['#FFFFFF', false]);
      expect(() => r.format.fill.tintAndShade).toThrow(/not available/);
    });
  });

  it('load of an unknown property fails the sync with InvalidArgument', async () => {
    const e = await failure(smallFake(), async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('nonsense');
      await ctx.sync();
    });
    expect(e.code).toBe('InvalidArgument');
  });
});

describe('the queue', () => {
  it('applies nothing before sync, then everything in order', async () => {
    const fake = smallFake();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [[10]];
      r.load('values');
      r.values = [[20]];
      expect(fake.getValues('Sheet1', 'A1')).toEqual([[1]]);
      await ctx.sync();
      expect(r.values).toEqual([[10]]); // the load ran between the two writes
      expect(fake.getValues('Sheet1', 'A1')).toEqual([[20]]);
    });
  });

  it('counts syncs, including the run’s final implicit sync when commands are pending, and resets', async () => {
    const fake = smallFake();
    await fake.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(fake.syncCount).toBe(2);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[7]];
    });
    expect(fake.syncCount).toBe(3);
    expect(fake.getValues('Sheet1', 'A1')).toEqual([[7]]);
    expect(fake.history.map((h) => h.commands)).toEqual([['Range.values']]);
    fake.resetCounters();
    expect([fake.syncCount, fake.history.length, fake.maxRequestBytes, fake.runCount]).toEqual([0, 0, 0, 0]);
  });

  it('sync passes its argument through', async () => {
    await smallFake().run(async (ctx) => expect(await ctx.sync('x')).toBe('x'));
  });

  it('a rejected batch skips the final sync', async () => {
    const fake = smallFake();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[99]];
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(fake.getValues('Sheet1', 'A1')).toEqual([[1]]);
  });

  it('a proxy used after its run ended is refused with InvalidObjectPath', async () => {
    const fake = smallFake();
    let kept: { values: unknown[][] } | null = null;
    await fake.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await ctx.sync();
    });
    expect(kept!.values).toEqual([[1]]);
    expect(thrown(() => (kept!.values = [[2]])).code).toBe('InvalidObjectPath');
  });

  it('run(batch) without options works, and asExcelRun is the same function', async () => {
    const fake = new FakeExcel();
    expect(await fake.run(async () => 42)).toBe(42);
    expect(fake.asExcelRun()).toBe(fake.run);
  });
});
