import { FakeExcel, type FakeContext } from '../../src/fakeExcel';
import { failure } from './helpers';

const sheet = (ctx: FakeContext, name = 'Sheet1') => ctx.workbook.worksheets.getItem(name);

/** Loads one range property after building the range; returns [value, error code]. */
async function rangeProp(fake: FakeExcel, make: (ctx: FakeContext) => { load(p: string): unknown }, prop: string): Promise<unknown> {
  return fake.run(async (ctx) => {
    const r = make(ctx) as { load(p: string): unknown } & Record<string, unknown>;
    r.load(prop);
    await ctx.sync();
    return r[prop];
  });
}

describe('addresses and derived ranges', () => {
  const fake = () =>
    new FakeExcel({ sheets: ['Sheet1', '1 绿色技术', '填报说明', "Bob's", 'A1'] }).setValues('Sheet1', 'B2:D4', [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
  it.each<[string, (ctx: FakeContext) => { load(p: string): unknown }, string]>([
    ['a cell', (ctx) => sheet(ctx).getRange('b2'), 'Sheet1!B2'],
    ['absolute', (ctx) => sheet(ctx).getRange('$B$2:$C$3'), 'Sheet1!B2:C3'],
    ['whole columns', (ctx) => sheet(ctx).getRange('A:C'), 'Sheet1!A:C'],
    ['whole rows', (ctx) => sheet(ctx).getRange('1:100'), 'Sheet1!1:100'],
    ['the whole sheet', (ctx) => sheet(ctx).getRange(), 'Sheet1!1:1048576'],
    ['a quoted sheet (space, digit)', (ctx) => sheet(ctx, '1 绿色技术').getRange('A1'), "'1 绿色技术'!A1"],
    ['a CJK sheet is not quoted', (ctx) => sheet(ctx, '填报说明').getRange('A1'), '填报说明!A1'],
    ['an apostrophe is doubled', (ctx) => sheet(ctx, "Bob's").getRange('A1'), "'Bob''s'!A1"],
    ['a sheet named like a cell', (ctx) => sheet(ctx, 'A1').getRange('A1'), "'A1'!A1"],
    ['getCell', (ctx) => sheet(ctx).getRange('B2:D4').getCell(1, 2), 'Sheet1!D3'],
    ['getCell outside', (ctx) => sheet(ctx).getRange('B2').getCell(3, 3), 'Sheet1!E5'],
    ['getOffsetRange', (ctx) => sheet(ctx).getRange('B2:C3').getOffsetRange(1, 1), 'Sheet1!C3:D4'],
    ['getResizedRange', (ctx) => sheet(ctx).getRange('B2').getResizedRange(2, 1), 'Sheet1!B2:C4'],
    ['getIntersectionOrNullObject', (ctx) => sheet(ctx).getRange('B2:D4').getIntersectionOrNullObject('C3:F9'), 'Sheet1!C3:D4'],
    ['getRangeByIndexes', (ctx) => sheet(ctx).getRangeByIndexes(1, 1, 2, 3), 'Sheet1!B2:D3'],
    ['worksheet.getCell', (ctx) => sheet(ctx).getCell(0, 27), 'Sheet1!AB1'],
    ['getUsedRange', (ctx) => sheet(ctx).getUsedRange(), 'Sheet1!B2:D4'],
    ['getUsedRange of a blank sheet', (ctx) => sheet(ctx, '填报说明').getUsedRange(true), '填报说明!A1'],
    ['getRow / getColumn', (ctx) => sheet(ctx).getRange('B2:D4').getRow(1).getColumn(2), 'Sheet1!D3'],
    ['getEntireColumn', (ctx) => sheet(ctx).getRange('B2:C3').getEntireColumn(), 'Sheet1!B:C'],
  ])('%s', async (_name, make, address) => {
    expect(await rangeProp(fake(), make, 'address')).toBe(address);
  });

  it('row/column indexes and counts', async () => {
    await fake().run(async (ctx) => {
      const r = sheet(ctx).getUsedRange().load('rowIndex,columnIndex,rowCount,columnCount,cellCount');
      await ctx.sync();
      expect([r.rowIndex, r.columnIndex, r.rowCount, r.columnCount, r.cellCount]).toEqual([1, 1, 3, 3, 9]);
    });
  });

  it.each<[string, (ctx: FakeContext) => void, string]>([
    ['a bad address', (ctx) => sheet(ctx).getRange('A1:').load('address'), 'InvalidArgument'],
    ['an offset off the grid', (ctx) => sheet(ctx).getRange('A1').getOffsetRange(-1, 0).load('address'), 'InvalidArgument'],
    ['values of the wrong shape', (ctx) => (sheet(ctx).getRange('A1:B2').values = [[1, 2]]), 'InvalidArgument'],
    ['numberFormat not 2-D', (ctx) => (sheet(ctx).getRange('A1').numberFormat = '0.00' as never), 'InvalidArgument'],
    ['a bad colour', (ctx) => (sheet(ctx).getRange('A1').format.fill.color = 'not a colour'), 'InvalidArgument'],
    ['a missing sheet', (ctx) => (sheet(ctx, 'Nope').getRange('A1').values = [[1]]), 'ItemNotFound'],
  ])('%s fails the sync', async (_name, act, code) => {
    const e = await failure(fake(), async (ctx) => {
      act(ctx);
      await ctx.sync();
    });
    expect(e.code).toBe(code);
  });
});

describe('the used range of a range', () => {
  const fake = () =>
    new FakeExcel()
      .setValues('Sheet1', 'B2', [['top']])
      .setValues('Sheet1', 'H40', [['far']])
      .setFormat('Sheet1', 'D5', '0.00');
  it.each<[string, string, string | null]>([
    ['the bounding box of the used cells inside the range', 'A1:J50', 'Sheet1!B2:H40'],
    ['only those inside: the sheet’s used range is cut to them', 'A1:E10', 'Sheet1!B2'],
    ['none inside, though the range lies within the sheet’s used range', 'C3:G30', null],
    ['a formatted cell counts unless valuesOnly', 'C3:G30 all', 'Sheet1!D5'],
  ])('%s', async (_name, address, expected) => {
    const [a, all] = address.split(' ');
    const got = await fake().run(async (ctx) => {
      const used = sheet(ctx).getRange(a).getUsedRangeOrNullObject(!all).load('address');
      await ctx.sync();
      return used.isNullObject ? null : used.address;
    });
    expect(got).toBe(expected);
  });

  it('getUsedRange of a range without used cells fails with ItemNotFound', async () => {
    const e = await failure(fake(), async (ctx) => {
      sheet(ctx).getRange('C3:G30').getUsedRange(true).load('address');
      await ctx.sync();
    });
    expect(e.code).toBe('ItemNotFound');
  });
});

describe('merged areas', () => {
  const merged = () =>
    new FakeExcel({ sheets: ['Sheet1', 'My Sheet'] })
      .mergeCells('Sheet1', 'C3:D4')
      .mergeCells('Sheet1', 'A1:B2')
      .mergeCells('My Sheet', 'A1:A3');

  it('address lists every area sheet-qualified, top to bottom, joined by ", "', async () => {
    await merged().run(async (ctx) => {
      const areas = sheet(ctx).getRange('A1:Z99').getMergedAreasOrNullObject().load('address,areaCount,cellCount');
      const collection = sheet(ctx).getRange('A1:Z99').getMergedAreasOrNullObject();
      collection.areas.load('items/address');
      await ctx.sync();
      expect(areas.address).toBe('Sheet1!A1:B2, Sheet1!C3:D4');
      expect([areas.areaCount, areas.cellCount]).toEqual([2, 8]);
      expect(collection.areas.items.map((r) => r.address)).toEqual(['Sheet1!A1:B2', 'Sheet1!C3:D4']);
    });
  });

  it('reports, whole, only the merges whose top-left cell is in the range (office-js #3611), with a configurable separator', async () => {
    const fake = merged();
    fake.areasSeparator = ',';
    await fake.run(async (ctx) => {
      const a = sheet(ctx).getRange('B2:C3').getMergedAreasOrNullObject().load('address');
      const b = sheet(ctx, 'My Sheet').getRange('A1').getMergedAreasOrNullObject().load('address');
      const c = sheet(ctx, 'My Sheet').getRange('A2:B9').getMergedAreasOrNullObject();
      await ctx.sync();
      expect(a.address).toBe('Sheet1!C3:D4');
      expect(b.address).toBe("'My Sheet'!A1:A3");
      expect(c.isNullObject).toBe(true);
    });
  });

  it('merge() keeps the top-left value and unmerge() removes the merge', async () => {
    const fake = new FakeExcel().setValues('Sheet1', 'A1:B1', [['keep', 'lose']]);
    await fake.run(async (ctx) => sheet(ctx).getRange('A1:B1').merge());
    expect(fake.snapshot().sheets[0].merges).toEqual(['A1:B1']);
    expect(fake.getValues('Sheet1', 'A1:B1')).toEqual([['keep', '']]);
    await fake.run(async (ctx) => sheet(ctx).getRange('B1').unmerge());
    expect(fake.snapshot().sheets[0].merges).toEqual([]);
  });
});

describe('formats', () => {
  it.each<[string, (f: FakeExcel) => void, Record<string, unknown>]>([
    ['no fill: white and a null tint', () => undefined, { color: '#FFFFFF', tintAndShade: null, pattern: null }],
    [
      'a white fill: white and a numeric tint',
      (f) => f.setFill('Sheet1', 'A1', '#FFFFFF'),
      { color: '#FFFFFF', tintAndShade: 0, pattern: null },
    ],
    ['a red fill', (f) => f.setFill('Sheet1', 'A1', '#ffc7ce'), { color: '#FFC7CE', tintAndShade: 0 }],
  ])('fill of a cell with %s', async (_name, seed, expected) => {
    const fake = new FakeExcel();
    seed(fake);
    await fake.run(async (ctx) => {
      const fill = sheet(ctx).getRange('A1').format.fill.load('color,tintAndShade,pattern');
      await ctx.sync();
      expect({ color: fill.color, tintAndShade: fill.tintAndShade, pattern: fill.pattern }).toMatchObject(expected);
    });
  });

  it('fill is set, read as null when mixed, and cleared', async () => {
    const fake = new FakeExcel();
    await fake.run(async (ctx) => {
      const r = sheet(ctx).getRange('A1');
      r.format.fill.color = 'yellow';
      const pair = sheet(ctx).getRange('A1:B1').format.fill.load('color');
      const one = r.format.fill.load('color');
      await ctx.sync();
      expect([one.color, pair.color]).toEqual(['#FFFF00', null]);
      r.format.fill.clear();
      r.format.fill.load('tintAndShade');
      await ctx.sync();
      expect(r.format.fill.tintAndShade).toBeNull();
    });
    expect(fake.cell('Sheet1', 'A1')).toEqual({});
  });

  it('getCellProperties reports each cell’s fill', async () => {
    const fake = new FakeExcel().setFill('Sheet1', 'B1', '#FFEB9C');
    await fake.run(async (ctx) => {
      const props = sheet(ctx)
        .getRange('A1:B1')
        .getCellProperties({ address: true, format: { fill: { color: true, tintAndShade: true } } });
      await ctx.sync();
      expect(props.value).toEqual([
        [
          { address: 'Sheet1!A1', format: { fill: { color: '#FFFFFF', tintAndShade: null } } },
          { address: 'Sheet1!B1', format: { fill: { color: '#FFEB9C', tintAndShade: 0 } } },
        ],
      ]);
    });
  });

  it('font, column width, number format and hyperlink', async () => {
    const fake = new FakeExcel();
    await fake.run(async (ctx) => {
      const ws = sheet(ctx);
      const a1 = ws.getRange('A1');
      a1.format.font.bold = true;
      a1.format.font.color = '#0563C1';
      a1.format.font.underline = 'Single';
      ws.getRange('B:C').format.columnWidth = 70;
      a1.numberFormat = [['@']];
      a1.hyperlink = { documentReference: "'My Sheet'!B3", textToDisplay: 'B3' };
      const font = a1.format.font.load('bold,color,underline');
      const width = ws.getRange('B1:C1').format.load('columnWidth');
      const mixed = ws.getRange('A1:B1').format.load('columnWidth');
      const link = a1.load('hyperlink,values');
      await ctx.sync();
      expect([font.bold, font.color, font.underline]).toEqual([true, '#0563C1', 'Single']);
      expect([width.columnWidth, mixed.columnWidth]).toEqual([70, null]);
      expect(link.hyperlink).toEqual({ documentReference: "'My Sheet'!B3", textToDisplay: 'B3' });
      expect(link.values).toEqual([['B3']]);
    });
    expect(fake.snapshot().sheets[0].columnWidths).toEqual({ B: 70, C: 70 });
  });
});

describe('worksheets, selection and activation', () => {
  it('adds, renames, moves, hides and deletes sheets', async () => {
    const fake = new FakeExcel({ sheets: ['A', 'B'] });
    await fake.run(async (ctx) => {
      const c = ctx.workbook.worksheets.add('C');
      const d = ctx.workbook.worksheets.add();
      c.position = 0;
      d.name = 'D';
      sheet(ctx, 'B').visibility = 'Hidden';
      sheet(ctx, 'A').delete();
      const all = ctx.workbook.worksheets.load('items/name,items/position,items/visibility');
      const count = ctx.workbook.worksheets.getCount();
      await ctx.sync();
      expect(all.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ['C', 0, 'Visible'],
        ['B', 1, 'Hidden'],
        ['D', 2, 'Visible'],
      ]);
      expect(count.value).toBe(3);
    });
  });

  it.each<[string, (ctx: FakeContext) => void, string]>([
    ['a duplicate name (case-insensitive)', (ctx) => ctx.workbook.worksheets.add('a'), 'ItemAlreadyExists'],
    ['an invalid name', (ctx) => ctx.workbook.worksheets.add('a/b'), 'InvalidArgument'],
    ['a name over 31 characters', (ctx) => ctx.workbook.worksheets.add('x'.repeat(32)), 'InvalidArgument'],
    ['deleting the last visible sheet', (ctx) => (sheet(ctx, 'B').delete(), sheet(ctx, 'A').delete()), 'InvalidOperation'],
    ['activating a hidden sheet', (ctx) => ((sheet(ctx, 'B').visibility = 'Hidden'), sheet(ctx, 'B').activate()), 'InvalidOperation'],
  ])('refuses %s', async (_name, act, code) => {
    const e = await failure(new FakeExcel({ sheets: ['A', 'B'] }), async (ctx) => {
      act(ctx);
      await ctx.sync();
    });
    expect(e.code).toBe(code);
  });

  it('a very hidden sheet cannot be deleted', async () => {
    const fake = new FakeExcel({ sheets: ['A', 'B'] });
    fake.state.sheet('B')!.visibility = 'VeryHidden';
    const e = await failure(fake, async (ctx) => {
      sheet(ctx, 'B').delete();
      await ctx.sync();
    });
    expect(e.code).toBe('InvalidOperation');
  });

  it('select() records the selection without activating; activate() moves the active sheet', async () => {
    const fake = new FakeExcel({ sheets: ['A', 'B'] });
    expect(fake.activeSheet).toBe('A');
    await fake.run(async (ctx) => sheet(ctx, 'B').getRange('C3:D4').select());
    expect([fake.activeSheet, fake.selection]).toEqual(['A', { sheet: 'B', address: 'C3:D4' }]);
    await fake.run(async (ctx) => {
      sheet(ctx, 'B').activate();
      sheet(ctx, 'B').getRange('A2').select();
      const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      const selected = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      expect([active.name, selected.address]).toEqual(['B', 'B!A2']);
    });
    expect(fake.activeSheet).toBe('B');
  });

  it('a proxy stays bound to its sheet across a rename', async () => {
    const fake = new FakeExcel({ sheets: ['Old'] });
    await fake.run(async (ctx) => {
      const ws = sheet(ctx, 'Old');
      ws.load('name');
      await ctx.sync();
      ws.name = 'New';
      ws.getRange('A1').values = [['after rename']];
      ws.load('name');
      await ctx.sync();
      expect(ws.name).toBe('New');
    });
    expect(fake.getValues('New', 'A1')).toEqual([['after rename']]);
  });
});
