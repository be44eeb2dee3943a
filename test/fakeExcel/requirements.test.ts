import { FakeExcel, type FakeContext } from '../../src/fakeExcel';
import { failure, smallFake, thrown } from './helpers';

describe('isSetSupported', () => {
  it.each<[string, string, string | undefined, boolean]>([
    ['1.12', 'ExcelApi', '1.12', true],
    ['1.12', 'ExcelApi', '1.13', false],
    ['1.12', 'ExcelApi', '1.9', true], // versions compare as numbers, not text
    ['1.13', 'ExcelApi', '1.2', true],
    ['1.18', 'ExcelApi', '1.18', true],
    ['1.18', 'ExcelApi', '1.20', false],
    ['1.20', 'ExcelApi', '1.20', true],
    ['1.20', 'ExcelApi', undefined, true],
    ['1.20', 'WordApi', '1.1', false],
  ])('host %s: isSetSupported(%s, %s) is %s', (host, name, version, expected) => {
    expect(new FakeExcel({ apiVersion: host }).isSetSupported(name, version)).toBe(expected);
  });
});

describe('members above the host’s version throw ApiNotFound at once', () => {
  const sheet = (ctx: FakeContext) => ctx.workbook.worksheets.getItem('Sheet1');
  it.each<[string, string, (ctx: FakeContext) => unknown, string]>([
    ['Range.getMergedAreasOrNullObject', '1.13', (ctx) => sheet(ctx).getRange('A1').getMergedAreasOrNullObject(), '1.12'],
    ['Workbook.notes', '1.18', (ctx) => ctx.workbook.notes, '1.17'],
    ['Worksheet.notes', '1.18', (ctx) => sheet(ctx).notes, '1.13'],
    ['Workbook.comments', '1.10', (ctx) => ctx.workbook.comments, '1.9'],
    [
      'Range.getCellProperties',
      '1.9',
      (ctx) =>
        sheet(ctx)
          .getRange('A1')
          .getCellProperties({ format: { fill: { color: true } } }),
      '1.8',
    ],
    ['RangeFill.tintAndShade (load)', '1.9', (ctx) => sheet(ctx).getRange('A1').load('format/fill/tintAndShade'), '1.8'],
    ['RangeFill.tintAndShade (set)', '1.9', (ctx) => (sheet(ctx).getRange('A1').format.fill.tintAndShade = 0), '1.8'],
    ['Worksheet.getRangeByIndexes', '1.7', (ctx) => sheet(ctx).getRangeByIndexes(0, 0, 1, 1), '1.6'],
    ['Range.hyperlink', '1.7', (ctx) => (sheet(ctx).getRange('A1').hyperlink = { address: 'https://example.org' }), '1.6'],
    ['Workbook.settings', '1.4', (ctx) => ctx.workbook.settings, '1.3'],
    ['NamedItem.formula', '1.7', (ctx) => ctx.workbook.names.getItemOrNullObject('x').load('formula'), '1.6'],
  ])('%s needs ExcelApi %s', async (_name, version, use, below) => {
    await new FakeExcel({ apiVersion: below }).run(async (ctx) => {
      expect(thrown(() => use(ctx))).toMatchObject({ code: 'ApiNotFound', name: 'RichApi.Error' });
    });
    await new FakeExcel({ apiVersion: version }).run(async (ctx) => {
      expect(() => use(ctx)).not.toThrow();
    });
  });

  it('mergeUndoGroup needs ExcelApi 1.20; supported runs are counted in undoGroups', async () => {
    const old = new FakeExcel({ apiVersion: '1.18' });
    await expect(old.run({ mergeUndoGroup: true }, async () => 1)).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(old.undoGroups).toBe(0);
    const fake = new FakeExcel({ apiVersion: '1.20' });
    await fake.run({ mergeUndoGroup: true, delayForCellEdit: true }, async () => 1);
    await fake.run({ delayForCellEdit: true }, async () => 1);
    expect([fake.undoGroups, fake.runCount]).toEqual([1, 2]);
  });
});

describe('null objects', () => {
  const fake = () => smallFake().setNote('Sheet1', 'B2', 'hi').mergeCells('Sheet1', 'A1:B1');
  const sheet = (ctx: FakeContext) => ctx.workbook.worksheets.getItem('Sheet1');
  it.each<[string, (ctx: FakeContext) => { isNullObject: boolean }, boolean]>([
    ['worksheets.getItemOrNullObject, present', (ctx) => ctx.workbook.worksheets.getItemOrNullObject('sheet1'), false],
    ['worksheets.getItemOrNullObject, missing', (ctx) => ctx.workbook.worksheets.getItemOrNullObject('Nope'), true],
    ['getUsedRangeOrNullObject, used', (ctx) => sheet(ctx).getUsedRangeOrNullObject(), false],
    ['getUsedRangeOrNullObject, blank sheet', (ctx) => ctx.workbook.worksheets.add('Blank').getUsedRangeOrNullObject(), true],
    ['getIntersectionOrNullObject, overlapping', (ctx) => sheet(ctx).getRange('A1:B2').getIntersectionOrNullObject('B2:C3'), false],
    ['getIntersectionOrNullObject, apart', (ctx) => sheet(ctx).getRange('A1').getIntersectionOrNullObject('C3'), true],
    ['getMergedAreasOrNullObject, merged', (ctx) => sheet(ctx).getRange('A1:C3').getMergedAreasOrNullObject(), false],
    ['getMergedAreasOrNullObject, none', (ctx) => sheet(ctx).getRange('A2:C3').getMergedAreasOrNullObject(), true],
    ['notes.getItemOrNullObject, present', (ctx) => sheet(ctx).notes.getItemOrNullObject('B2'), false],
    ['notes.getItemOrNullObject, missing', (ctx) => sheet(ctx).notes.getItemOrNullObject('C2'), true],
    ['names.getItemOrNullObject, missing', (ctx) => ctx.workbook.names.getItemOrNullObject('Nope'), true],
    ['settings.getItemOrNullObject, missing', (ctx) => ctx.workbook.settings.getItemOrNullObject('Nope'), true],
    ['tables.getItemOrNullObject, missing', (ctx) => sheet(ctx).tables.getItemOrNullObject('Nope'), true],
  ])('%s', async (_name, make, expected) => {
    await fake().run(async (ctx) => {
      const obj = make(ctx);
      await ctx.sync();
      expect(obj.isNullObject).toBe(expected);
    });
  });

  it('a null object’s properties stay unreadable, and writing to it fails the sync', async () => {
    const f = fake();
    await f.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Nope').load('name');
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      expect(() => ws.name).toThrow(/not available/);
    });
    const e = await failure(f, async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject('Nope').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect(e.code).toBe('ItemNotFound');
  });

  it('an item added earlier in the same batch is found', async () => {
    await fake().run(async (ctx) => {
      ctx.workbook.worksheets.add('New');
      const ws = ctx.workbook.worksheets.getItemOrNullObject('New');
      await ctx.sync();
      expect(ws.isNullObject).toBe(false);
    });
  });

  it('getItem of a missing item fails at sync with ItemNotFound, not before', async () => {
    const e = await failure(fake(), async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Nope');
      ws.load('name');
      await ctx.sync();
    });
    expect(e.code).toBe('ItemNotFound');
  });
});
