import { FakeExcel, formatValue, interpretInput, XlError } from '../../src/fakeExcel';
import { failure } from './helpers';

function book(): FakeExcel {
  return new FakeExcel({ sheets: ['Data', 'My Sheet', "It's"] })
    .setValues('Data', 'A1:B5', [
      [10, 0.9969867],
      [20, 10],
      ['text', 1216145],
      [null, 1212480.41],
      [true, -2.5],
    ])
    .setValues('My Sheet', 'A1', [[7]])
    .setValues("It's", 'A1', [[3]]);
}

/** The value a formula shows when written to Data!Z1. */
function calc(formula: string, fake = book()): unknown {
  fake.setValues('Data', 'Z1', [[formula]]);
  return fake.getValues('Data', 'Z1')[0][0];
}

describe('formula evaluation', () => {
  it.each<[string, unknown]>([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=-A1+5', -5],
    ['=--A1', 10],
    ['=2^3', 8],
    ['=-2^2', 4],
    ['=50%', 0.5],
    ['=A1/A2', 0.5],
    ['=A1/0', '#DIV/0!'],
    ['=$A$1+A$2+$A2', 50],
    ['=A4+1', 1], // a blank reads as 0
    ['=A4', 0],
    ['=A5+1', 2], // TRUE is 1
    ['=A3+1', '#VALUE!'],
    ['="5"+1', 6],
    ["='My Sheet'!A1*2", 14],
    ["='It''s'!A1+1", 4],
    ['=Nowhere!A1', '#REF!'],
    ['=SUM(A1:A5)', 30], // text, blanks and booleans in a range are skipped
    ['=SUM(A1,A2,5)', 35],
    ['=SUM(A:A)', 30],
    ['=MIN(B1:B5)', -2.5],
    ['=MAX(B1:B5,2000000)', 2000000],
    ['=MIN(A4)', 0],
    ['=ROUND(2.5,0)', 3],
    ['=ROUND(-2.5,0)', -3],
    ['=ROUND(1.005,2)', 1.01],
    ['=ROUND(1234.5,-2)', 1200],
    ['=ROUNDDOWN(9.979,2)', 9.97],
    ['=ROUNDDOWN(-9.979,2)', -9.97],
    ['=ROUND(MIN(B1,1)*B2,2)', 9.97],
    ['=ROUND(B4/B3,4)', 0.997],
    ['=IF(B3=0,0,B4/B3)', 1212480.41 / 1216145],
    ['=IF(A1>A2,"big","small")', 'small'],
    ['=IF(A1<>10,1,2)', 2],
    ['=IF(A1>=10,IF(A1<=10,"ten"),"no")', 'ten'],
    ['=IF(A3="TEXT",1,0)', 1], // text compares case-insensitively
    ['=IF(A4="",1,0)', 1],
    ['=IF(0,1)', false],
    ['=A1&"-"&A3', '10-text'],
    ['=HYPERLINK("#\'My Sheet\'!A1","go to ""My Sheet""")', 'go to "My Sheet"'],
    ['=HYPERLINK("https://example.org")', 'https://example.org'],
    ['=IFERROR(A1/0,"none")', 'none'],
    ['=AND(A1>5,A2>5)', true],
    ['=ABS(B5)', 2.5],
    ['=AVERAGE(A1:A2)', 15],
    ['=COUNT(A1:A5)', 2],
    ['=#N/A', '#N/A'],
    ['=SUM(A1/0,1)', '#DIV/0!'],
    ['=UNKNOWNFN(1)', '#NAME?'],
  ])('%s → %p', (formula, expected) => {
    const v = calc(formula);
    if (typeof expected === 'number') expect(v).toBeCloseTo(expected, 10);
    else expect(v).toEqual(expected);
  });

  it('recalculates dependents on read', () => {
    const fake = book().setValues('Data', 'C1:C2', [['=A1*2'], ['=C1+1']]);
    expect(fake.getValues('Data', 'C1:C2')).toEqual([[20], [21]]);
    fake.setValues('Data', 'A1', [[100]]);
    expect(fake.getValues('Data', 'C1:C2')).toEqual([[200], [201]]);
  });

  it('a circular reference gives #VALUE! instead of hanging', () => {
    const fake = book().setValues('Data', 'C1:C2', [['=C2+1'], ['=C1+1']]);
    expect(fake.getValues('Data', 'C1:C2')).toEqual([['#VALUE!'], ['#VALUE!']]);
  });

  it('Range.formulas returns formulas, Range.values results, valueTypes and text follow', async () => {
    const fake = book()
      .setValues('Data', 'C1:C3', [['=A1/A2'], ['=1/0'], ['plain']])
      .setFormat('Data', 'C1', '0.00%');
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('C1:C4').load('values,formulas,valueTypes,text,numberFormat');
      await ctx.sync();
      expect(r.formulas).toEqual([['=A1/A2'], ['=1/0'], ['plain'], ['']]);
      expect(r.values).toEqual([[0.5], ['#DIV/0!'], ['plain'], ['']]);
      expect(r.valueTypes).toEqual([['Double'], ['Error'], ['String'], ['Empty']]);
      expect(r.text).toEqual([['50.00%'], ['#DIV/0!'], ['plain'], ['']]);
      expect(r.numberFormat).toEqual([['0.00%'], ['General'], ['General'], ['General']]);
    });
  });

  it('Excel refuses a formula it cannot parse: InvalidArgument at sync', async () => {
    const e = await failure(book(), async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('C1').formulas = [['=SUM(A1']];
      await ctx.sync();
    });
    expect(e.code).toBe('InvalidArgument');
  });

  it('a loaded formula the fake cannot evaluate shows its cached result', () => {
    const fake = book();
    fake.state.updateCell(fake.state.sheet('Data')!, 9, 0, () => ({ formula: '=VLOOKUP(1,A1:B2,2,FALSE)', cached: 0.997 }));
    expect(fake.getValues('Data', 'A10')).toEqual([[0.997]]);
  });
});

describe('writing text: the "=" trap and the "@" format', () => {
  it.each<[string, unknown, string | undefined, unknown, string | undefined]>([
    // input, format before, value shown, formula stored
    ['=1+1', 'General', undefined, 2, '=1+1'],
    ['=1+1', '@', '@', '=1+1', undefined],
    ["'=1+1", 'General', undefined, '=1+1', undefined],
    ['-abc', 'General', undefined, '#NAME?', '=-abc'],
    ['-abc', '@', '@', '-abc', undefined],
    ['123', 'General', undefined, 123, undefined],
    ['00123', '@', '@', '00123', undefined],
    ['-1.5', 'General', undefined, -1.5, undefined],
    ['1,212,480.41', 'General', '#,##0.00', 1212480.41, undefined],
    ['99.70%', 'General', '0.00%', 0.997, undefined],
    ['true', 'General', undefined, true, undefined],
    ['1 绿色技术', 'General', undefined, '1 绿色技术', undefined],
  ])('%p written through values with format %p', async (input, before, format, shown, formula) => {
    const fake = new FakeExcel();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.numberFormat = [[before]];
      r.values = [[input]];
    });
    const cell = fake.cell('Sheet1', 'A1');
    expect(cell.value).toEqual(shown);
    expect(cell.formula).toBe(formula);
    expect(cell.format).toBe(format);
  });

  it('"@" set after the text comes too late', async () => {
    const fake = new FakeExcel();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [['=2*3']];
      r.numberFormat = [['@']];
    });
    expect(fake.cell('Sheet1', 'A1')).toMatchObject({ value: 6, formula: '=2*3' });
  });

  it('null leaves a cell alone and "" clears it', async () => {
    const fake = new FakeExcel().setValues('Sheet1', 'A1:B1', [[1, 2]]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [[null, '']];
    });
    expect(fake.getValues('Sheet1', 'A1:B1')).toEqual([[1, '']]);
  });

  it('interpretInput and formatValue are exported for direct use', () => {
    expect(interpretInput('=A1', undefined)).toEqual({ kind: 'formula', formula: '=A1' });
    expect(formatValue(new XlError('#N/A'), '0.00')).toBe('#N/A');
  });
});

describe('display text under number formats', () => {
  it.each<[unknown, string | undefined, string]>([
    [1212480.41, '#,##0.00', '1,212,480.41'],
    [1216145, '#,##0.00', '1,216,145.00'],
    [0.9969867, '0.00%', '99.70%'],
    [0.5, '0%', '50%'],
    [9.97, '0.00', '9.97'],
    [1.005, '0.00', '1.01'],
    [12, '0', '12'],
    [-3.5, '0.0', '-3.5'],
    [-3.5, '0.0;(0.0)', '(3.5)'],
    [3, '0"分"', '3分'],
    [0.1 + 0.2, undefined, '0.3'],
    [1 / 3, undefined, '0.333333333'],
    [123456789012, undefined, '1.23457E+11'],
    [45000, 'yyyy-mm-dd', '45000'], // dates are not modelled: General
    [true, undefined, 'TRUE'],
    ['text', '0.00', 'text'],
  ])('%p under %p shows %p', (v, format, text) => {
    expect(formatValue(v as number, format)).toBe(text);
  });
});
