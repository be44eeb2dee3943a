import { sheetRef, splitSheetRef } from '../../../src/core';

describe('splitSheetRef', () => {
  it.each<[string, { sheet: string; local: string } | null]>([
    ["='绩效自评汇总'!$A$1", { sheet: '绩效自评汇总', local: 'A1' }],
    ['Sheet1!A1:B2', { sheet: 'Sheet1', local: 'A1:B2' }],
    ["'O''Brien'!C3", { sheet: "O'Brien", local: 'C3' }],
    ["'a!b'!D4", { sheet: 'a!b', local: 'D4' }],
    ['A1', null],
  ])('%s', (ref, expected) => {
    expect(splitSheetRef(ref)).toEqual(expected);
  });

  it.each(['表1', "O'Brien", 'a!b', 'My Sheet'])('reads back what sheetRef writes for %s', (sheet) => {
    expect(splitSheetRef(sheetRef(sheet, 'B3'))).toEqual({ sheet, local: 'B3' });
  });
});
