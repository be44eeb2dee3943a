import { FakeExcel, MAX_MERGED_AREAS, MAX_READ_CELLS, type FakeContext } from '../../src/fakeExcel';
import { overReadLimit } from '../../src/fakeExcel/limits';
import { failure } from './helpers';

const sheet = (ctx: FakeContext) => ctx.workbook.worksheets.getItem('Sheet1');

/** A ledger: `n` rows, each with A:B merged. */
function ledger(n: number): FakeExcel {
  const fake = new FakeExcel();
  for (let r = 1; r <= n; r++) fake.mergeCells('Sheet1', `A${r}:B${r}`);
  return fake;
}

/** The merged areas Excel reports for an address: their addresses, or null for a null object. */
function mergesOf(fake: FakeExcel, address: string): Promise<string[] | null> {
  return fake.run(async (ctx) => {
    const areas = sheet(ctx).getRange(address).getMergedAreasOrNullObject();
    areas.areas.load('items/address');
    await ctx.sync();
    return areas.isNullObject ? null : areas.areas.items.map((r) => r.address);
  });
}

describe('merged areas: at most 512, found by their top-left cell', () => {
  it('fails above 512 areas in the range, at getMergedAreasOrNullObject; 512 are returned', async () => {
    expect(MAX_MERGED_AREAS).toBe(512);
    const e = await failure(ledger(513), async (ctx) => {
      sheet(ctx).getRange('A1:B513').getMergedAreasOrNullObject().load('areaCount');
      await ctx.sync();
    });
    expect(e.code).toBe('InvalidOperation');
    expect(e.debugInfo.errorLocation).toBe('Range.getMergedAreasOrNullObject');
    expect(await mergesOf(ledger(513), 'A1:B512')).toHaveLength(512);
  });

  it('counts only the areas whose top-left cell is in the range: 513 areas cut through their right half are none', async () => {
    expect(await mergesOf(ledger(513), 'B1:B600')).toBeNull();
  });

  it('returns an area that leaves the range whole, and only from the range holding its top-left cell', async () => {
    const fake = new FakeExcel().mergeCells('Sheet1', 'C2:D9');
    expect(await mergesOf(fake, 'A1:F4')).toEqual(['Sheet1!C2:D9']);
    expect(await mergesOf(fake, 'A5:F20')).toBeNull();
  });
});

describe('the 5,000,000-cell read limit (all platforms)', () => {
  // 5 columns × 1,000,001 rows: one row over the limit.
  const over = 'A1:E1000001';
  const props = ['values', 'valueTypes', 'formulas', 'numberFormat', 'text'];

  it('counts cells: at the limit a read goes ahead, one cell over it does not', () => {
    const limits = { platform: 'windows', overLimitRead: 'error', limitBytes: 5 * 1024 * 1024 } as const;
    expect(overReadLimit(limits, MAX_READ_CELLS, 'Range.values')).toBe(false);
    expect(() => overReadLimit(limits, MAX_READ_CELLS + 1, 'Range.values')).toThrow(expect.objectContaining({ code: 'RangeExceedsLimit' }));
    expect(overReadLimit({ ...limits, overLimitRead: 'null' }, MAX_READ_CELLS + 1, 'Range.values')).toBe(true);
  });

  it.each(['web', 'windows'] as const)('on %s, by default, a read over it fails the sync with RangeExceedsLimit', async (platform) => {
    for (const prop of [...props, 'cellProperties']) {
      const e = await failure(new FakeExcel({ platform }), async (ctx) => {
        const range = sheet(ctx).getRange(over);
        if (prop === 'cellProperties') range.getCellProperties({ format: { fill: { color: true } } });
        else range.load(prop);
        await ctx.sync();
      });
      expect(e.code).toBe('RangeExceedsLimit');
    }
  });

  it.each(['web', 'windows'] as const)('on %s, when set to, reads the cells as null, while sizes still read', async (platform) => {
    const fake = new FakeExcel({ platform, overLimitRead: 'null' }).setValues('Sheet1', 'A1', [['x']]);
    await fake.run(async (ctx) => {
      const range = sheet(ctx)
        .getRange(over)
        .load([...props, 'rowCount', 'columnCount', 'cellCount', 'address']);
      const cells = range.getCellProperties({ format: { fill: { color: true } } });
      await ctx.sync();
      for (const p of props) expect((range as unknown as Record<string, unknown>)[p]).toBeNull();
      expect(cells.value).toBeNull();
      expect([range.rowCount, range.columnCount, range.cellCount, range.address]).toEqual([1000001, 5, 5000005, 'Sheet1!A1:E1000001']);
    });
  });
});

describe('the 5 MB payload limit (Excel on the web only)', () => {
  const bigWrite = (ctx: FakeContext) => {
    sheet(ctx).getRange('A1:A100').values = Array.from({ length: 100 }, (_, i) => [`row ${i}`]);
    return ctx.sync();
  };
  const bigRead = (ctx: FakeContext) => {
    sheet(ctx).getRange('A1:A100').load('values');
    return ctx.sync();
  };

  it('web refuses a request and a response above the limit', async () => {
    expect((await failure(new FakeExcel({ limitBytes: 1000, platform: 'web' }), bigWrite)).code).toBe('RequestPayloadSizeLimitExceeded');
    const written = new FakeExcel({ limitBytes: 1000, platform: 'windows' });
    await written.run(bigWrite);
    written.platform = 'web';
    expect((await failure(written, bigRead)).code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('Windows takes both, and still records their size', async () => {
    const fake = new FakeExcel({ limitBytes: 1000, platform: 'windows' });
    await fake.run(bigWrite);
    const values = await fake.run(async (ctx) => {
      const r = sheet(ctx).getRange('A1:A100').load('values');
      await ctx.sync();
      return r.values;
    });
    expect(values).toHaveLength(100);
    expect(fake.maxRequestBytes).toBeGreaterThan(1000);
    expect(fake.maxResponseBytes).toBeGreaterThan(1000);
    expect(fake.history.every((h) => !h.error)).toBe(true);
  });
});
