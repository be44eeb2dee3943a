/** The reader's small pieces: part names without case, and shared formulas moved to their dependents. */
import { strToU8, zipSync } from 'fflate';
import { shiftFormula } from '../../../src/hosts/xlsx/shiftFormula';
import { unzipParts } from '../../../src/hosts/xlsx/unzipParts';

describe('unzipParts', () => {
  it('finds a part whatever the case of its name (a relationship may say Sheet7.xml for sheet7.xml; review F8)', () => {
    const zip = zipSync({ 'xl/Worksheets/Sheet7.XML': strToU8('<worksheet/>'), 'xl/other.xml': strToU8('<x/>') });
    const parts = unzipParts(zip, (name) => name === 'xl/worksheets/sheet7.xml');
    expect([...parts]).toEqual([['xl/worksheets/sheet7.xml', '<worksheet/>']]);
  });
});

describe('shiftFormula', () => {
  it.each<[string, number, number, string]>([
    ['A1+B1', 1, 0, 'A2+B2'],
    ['$A1+A$1+$A$1', 2, 3, '$A3+D$1+$A$1'],
    ['SUM(A1:B2)', 1, 1, 'SUM(B2:C3)'],
    ['"A1"&A1', 1, 0, '"A1"&A2'],
    // A quoted sheet name holds no reference to move (regression: review F9, 'FY2023 数据' read 'FZ2023 数据').
    ["'FY2023 数据'!D6+D7", 1, 0, "'FY2023 数据'!D7+D8"],
    ["'It''s A1'!B2", 0, 1, "'It''s A1'!C2"],
    ['A1', -1, 0, '#REF!'],
  ])('%s moved by (%i, %i) is %s', (formula, rows, cols, moved) => {
    expect(shiftFormula(formula, rows, cols)).toBe(moved);
  });
});
