import ExcelJS from 'exceljs';
import { toCell, toGrid } from '../../../src/hosts/exceljs/toGrid';

describe('toCell', () => {
  it.each<[string, ExcelJS.CellValue, string | undefined, ReturnType<typeof toCell>]>([
    ['a number', 12.5, undefined, { v: 12.5 }],
    ['a number with a format', 0.997, '0.00%', { v: 0.997, fmt: '0.00%' }],
    ['text', '1,212,480.41', undefined, { v: '1,212,480.41' }],
    ['"General" is no format', 3, 'General', { v: 3 }],
    ['a boolean', true, undefined, { v: true }],
    ['a date, as Excel’s serial number', new Date(Date.UTC(2022, 11, 31)), 'yyyy-mm-dd', { v: 44926, fmt: 'yyyy-mm-dd' }],
    ['rich text, joined', { richText: [{ text: '项目' }, { text: '名称' }] }, undefined, { v: '项目名称' }],
    ['a hyperlink, by its text', { text: '表1', hyperlink: '#表1!A1' }, undefined, { v: '表1' }],
    ['an error value', { error: '#DIV/0!' } as ExcelJS.CellErrorValue, undefined, { v: null, e: '#DIV/0!' }],
    [
      'a formula with its result',
      { formula: 'E6/D6', result: 0.5 } as ExcelJS.CellFormulaValue,
      '0.00%',
      { v: 0.5, f: 'E6/D6', fmt: '0.00%' },
    ],
    ['a formula with a text result', { formula: 'A1&B1', result: 'ab' } as ExcelJS.CellFormulaValue, undefined, { v: 'ab', f: 'A1&B1' }],
    [
      'a formula whose result is an error',
      { formula: 'E6/D6', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue,
      undefined,
      { v: null, e: '#DIV/0!', f: 'E6/D6' },
    ],
    ['a formula never calculated', { formula: 'SUM(A1:A3)' } as ExcelJS.CellFormulaValue, undefined, { v: null, f: 'SUM(A1:A3)' }],
    ['a shared formula', { sharedFormula: 'A1', result: 7 } as ExcelJS.CellSharedFormulaValue, undefined, { v: 7, f: 'A1' }],
    ['blank', null, undefined, undefined],
  ])('%s', (_name, value, fmt, expected) => {
    expect(toCell(value, fmt)).toEqual(expected);
  });
});

describe('toGrid', () => {
  it('keeps values at their 0-based positions, only merge masters hold values, and merges are listed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表1');
    ws.getCell('B2').value = '绩效指标';
    ws.mergeCells('B2:B5');
    ws.getCell('C3').value = 10;
    ws.getCell('D4').value = { formula: 'C3*2', result: 20 } as ExcelJS.CellFormulaValue;
    const round = new ExcelJS.Workbook();
    await round.xlsx.load(await wb.xlsx.writeBuffer());
    const grid = toGrid(round.getWorksheet('表1')!);
    expect(grid.name).toBe('表1');
    expect(grid.rows[1][1]).toEqual({ v: '绩效指标' });
    expect(grid.rows[2]?.[1]).toBeUndefined();
    expect(grid.rows[2][2]).toEqual({ v: 10 });
    expect(grid.rows[3][3]).toEqual({ v: 20, f: 'C3*2' });
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 4, right: 1 }]);
  });
});
