import { FakeExcel, type FakeContext } from '../../src/fakeExcel';
import { failure } from './helpers';

const sheet = (ctx: FakeContext, name = 'Sheet1') => ctx.workbook.worksheets.getItem(name);

async function fails(fake: FakeExcel, act: (ctx: FakeContext) => unknown): Promise<string> {
  return (
    await failure(fake, async (ctx) => {
      act(ctx);
      await ctx.sync();
    })
  ).code;
}

describe('notes (ExcelApi 1.18)', () => {
  it('adds through the workbook with a sheet-qualified address or a Range, reads, edits, locates and deletes', async () => {
    const fake = new FakeExcel({ sheets: ['Sheet1', 'My Sheet'] });
    await fake.run(async (ctx) => {
      ctx.workbook.notes.add("'My Sheet'!B3", 'first');
      ctx.workbook.notes.add(sheet(ctx).getRange('A1'), 'second');
      const n = sheet(ctx, 'My Sheet').notes.getItemOrNullObject('B3').load('content,authorName');
      const count = ctx.workbook.notes.getCount();
      const where = ctx.workbook.notes.getItemAt(1).getLocation().load('address');
      await ctx.sync();
      expect([n.isNullObject, n.content, n.authorName, count.value, where.address]).toEqual([
        false,
        'first',
        'SelfEval Fake',
        2,
        "'My Sheet'!B3",
      ]);
      n.content = 'edited';
      sheet(ctx).notes.getItem('A1').delete();
    });
    expect(fake.cell('My Sheet', 'B3')).toEqual({ note: 'edited' });
    expect(fake.cell('Sheet1', 'A1')).toEqual({});
  });

  it.each<[string, (ctx: FakeContext) => unknown, string]>([
    ['a bare address on the workbook collection', (ctx) => ctx.workbook.notes.add('A1', 'x'), 'InvalidArgument'],
    ['several cells', (ctx) => ctx.workbook.notes.add('Sheet1!A1:B2', 'x'), 'InvalidArgument'],
    ['a second note on a cell', (ctx) => ctx.workbook.notes.add('Sheet1!C1', 'x'), 'ItemAlreadyExists'],
    ['getItem of a cell without one', (ctx) => sheet(ctx).notes.getItem('D1').load('content'), 'ItemNotFound'],
  ])('refuses %s', async (_name, act, code) => {
    expect(await fails(new FakeExcel().setNote('Sheet1', 'C1', 'old'), act)).toBe(code);
  });
});

describe('comments (ExcelApi 1.10)', () => {
  it('adds, finds by cell, reads and deletes', async () => {
    const fake = new FakeExcel();
    await fake.run(async (ctx) => {
      ctx.workbook.comments.add('Sheet1!B2', 'look here');
      const c = ctx.workbook.comments.getItemByCell('Sheet1!B2').load('content,id');
      const all = ctx.workbook.comments.load('items/content');
      await ctx.sync();
      expect([c.content, all.items.map((x) => x.content)]).toEqual(['look here', ['look here']]);
      const byId = ctx.workbook.comments.getItemOrNullObject(c.id).load('content');
      await ctx.sync();
      expect(byId.content).toBe('look here');
      c.delete();
    });
    expect(fake.cell('Sheet1', 'B2')).toEqual({});
  });

  it.each<[string, (ctx: FakeContext) => unknown, string]>([
    ['an address without the sheet', (ctx) => ctx.workbook.comments.add('B2', 'x'), 'InvalidArgument'],
    ['getItemByCell of a cell without one', (ctx) => ctx.workbook.comments.getItemByCell('Sheet1!C3').delete(), 'ItemNotFound'],
  ])('refuses %s', async (_name, act, code) => {
    expect(await fails(new FakeExcel(), act)).toBe(code);
  });
});

describe('names', () => {
  it('adds a name for a Range or an "=" reference; formula and value follow renames and deletions', async () => {
    const fake = new FakeExcel({ sheets: ['Sheet1', 'My Sheet'] });
    await fake.run(async (ctx) => {
      ctx.workbook.names.add('ByRange', sheet(ctx, 'My Sheet').getRange('A1'));
      ctx.workbook.names.add('ByText', "='My Sheet'!$B$2:$C$3");
      ctx.workbook.names.add('Bare', "'My Sheet'!$A$1");
      const items = ctx.workbook.names.load('items/name,items/formula,items/type,items/value');
      await ctx.sync();
      expect(items.items.map((n) => [n.name, n.formula, n.type, n.value])).toEqual([
        ['ByRange', "='My Sheet'!$A$1", 'Range', "'My Sheet'!$A$1"],
        ['ByText', "='My Sheet'!$B$2:$C$3", 'Range', "'My Sheet'!$B$2:$C$3"],
        ['Bare', `="'My Sheet'!$A$1"`, 'String', "'My Sheet'!$A$1"],
      ]);
      sheet(ctx, 'My Sheet').name = 'Renamed';
      const renamed = ctx.workbook.names.getItem('byrange').load('formula');
      const range = ctx.workbook.names.getItem('ByRange').getRange().load('address');
      await ctx.sync();
      expect([renamed.formula, range.address]).toEqual(['=Renamed!$A$1', 'Renamed!A1']);
      sheet(ctx, 'Renamed').delete();
      const gone = ctx.workbook.names.getItem('ByRange').load('formula,type');
      await ctx.sync();
      expect([gone.formula, gone.type]).toEqual(['=#REF!$A$1', 'Error']);
      ctx.workbook.names.getItem('ByRange').delete();
    });
    expect(Object.keys(fake.snapshot().names)).toEqual(['Bare', 'ByText']);
  });

  it.each<[string, (ctx: FakeContext) => unknown, string]>([
    ['a duplicate (case-insensitive)', (ctx) => ctx.workbook.names.add('marker', sheet(ctx).getRange('A1')), 'ItemAlreadyExists'],
    ['a name that is a cell address', (ctx) => ctx.workbook.names.add('AB12', sheet(ctx).getRange('A1')), 'InvalidArgument'],
    ['getItem of a missing name', (ctx) => ctx.workbook.names.getItem('nope').delete(), 'ItemNotFound'],
  ])('refuses %s', async (_name, act, code) => {
    const fake = new FakeExcel();
    await fake.run(async (ctx) => ctx.workbook.names.add('Marker', sheet(ctx).getRange('A1')));
    expect(await fails(fake, act)).toBe(code);
  });
});

describe('settings (ExcelApi 1.4)', () => {
  it('adds (replacing), reads a JSON copy, and deletes', async () => {
    const fake = new FakeExcel();
    const value = { version: 1, marks: [{ sheet: '表1', cell: 'B3' }] };
    await fake.run(async (ctx) => {
      ctx.workbook.settings.add('k', 'first');
      ctx.workbook.settings.add('k', value);
      const s = ctx.workbook.settings.getItemOrNullObject('k').load('value,key');
      await ctx.sync();
      expect([s.isNullObject, s.key, s.value]).toEqual([false, 'k', value]);
      expect(s.value).not.toBe(value);
      ctx.workbook.settings.add('other', 2);
      s.delete();
    });
    expect(fake.snapshot().settings).toEqual({ other: 2 });
  });

  it('refuses a value that is not JSON', async () => {
    expect(await fails(new FakeExcel(), (ctx) => ctx.workbook.settings.add('k', undefined))).toBe('InvalidArgument');
  });
});

describe('tables', () => {
  it('adds a table with headers, names and styles it, and gives its ranges', async () => {
    const fake = new FakeExcel().setValues('Sheet1', 'A4:C5', [
      ['工作表', '', '工作表'],
      [1, 2, 3],
    ]);
    await fake.run(async (ctx) => {
      const t = sheet(ctx).tables.add('A4:C5', true);
      t.name = 'SelfEval_Summary';
      t.style = 'TableStyleMedium2';
      const header = t.getHeaderRowRange().load('values,address');
      const body = t.getDataBodyRange().load('address');
      const found = ctx.workbook.tables.getItem('selfeval_summary').load('name,style');
      await ctx.sync();
      expect(header.values).toEqual([['工作表', 'Column2', '工作表2']]);
      expect([body.address, found.name, found.style]).toEqual(['Sheet1!A5:C5', 'SelfEval_Summary', 'TableStyleMedium2']);
    });
    expect(fake.snapshot().sheets[0].tables).toEqual([
      { name: 'SelfEval_Summary', range: 'A4:C5', style: 'TableStyleMedium2', showTotals: false },
    ]);
  });

  it.each<[string, (ctx: FakeContext) => unknown, string]>([
    ['an overlapping table', (ctx) => sheet(ctx).tables.add('B2:C3', true), 'InvalidOperation'],
    ['merged cells', (ctx) => sheet(ctx).tables.add('E1:F3', true), 'MergedRangeConflict'],
    ['a duplicate name', (ctx) => (sheet(ctx).tables.add('H1:I2', true).name = 'table1'), 'ItemAlreadyExists'],
  ])('refuses %s', async (_name, act, code) => {
    const fake = new FakeExcel().mergeCells('Sheet1', 'E2:F2');
    await fake.run(async (ctx) => sheet(ctx).tables.add('A1:B2', true));
    expect(await fails(fake, act)).toBe(code);
  });
});
