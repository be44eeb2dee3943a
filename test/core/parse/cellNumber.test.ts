import { plain } from '../../../src/core/calc';
import type { Cell } from '../../../src/core/grid/cell';
import { numberOf, readNumber, type NumberKind, type NumberRead } from '../../../src/core/parse/cellNumber';

/** A read with its decimal shown as a plain string, for toEqual. */
function show(r: NumberRead): unknown {
  return r.kind === 'number' ? { ...r, value: plain(r.value) } : r;
}

type Row = [string, Cell | undefined, NumberKind, unknown];

describe('readNumber', () => {
  const PLAIN: Row[] = [
    ['an integer', { v: 1216145 }, 'plain', { kind: 'number', value: '1216145', asText: false }],
    ['a decimal', { v: 1212480.41 }, 'plain', { kind: 'number', value: '1212480.41', asText: false }],
    ['a negative', { v: -3.5 }, 'plain', { kind: 'number', value: '-3.5', asText: false }],
    ['zero', { v: 0 }, 'plain', { kind: 'number', value: '0', asText: false }],
    ['a formula with its cached result', { v: 9.97, f: 'D7*0.1' }, 'plain', { kind: 'number', value: '9.97', asText: false }],
    ['a number formatted as an amount', { v: 1000, fmt: '#,##0.00' }, 'plain', { kind: 'number', value: '1000', asText: false }],
    ['text with separators', { v: '1,212,480.41' }, 'plain', { kind: 'number', value: '1212480.41', asText: true }],
    ['text ".00"', { v: '.00' }, 'plain', { kind: 'number', value: '0', asText: true }],
    ['full-width text', { v: '６３４，２７３' }, 'plain', { kind: 'number', value: '634273', asText: true }],
    [
      'a percent as text, read as a fraction even for a plain number',
      { v: '50%' },
      'plain',
      { kind: 'number', value: '0.5', asText: true },
    ],
  ];
  const BLANK: Row[] = [
    ['no cell', undefined, 'plain', { kind: 'blank' }],
    ['a null value', { v: null }, 'plain', { kind: 'blank' }],
    ['empty text', { v: '' }, 'plain', { kind: 'blank' }],
    ['spaces', { v: '   ' }, 'plain', { kind: 'blank' }],
    ['a dash', { v: '—' }, 'plain', { kind: 'blank' }],
    ['无', { v: '无' }, 'plain', { kind: 'blank' }],
    ['（空）', { v: '（空）' }, 'plain', { kind: 'blank' }],
    ['no cell, as a rate', undefined, 'rate', { kind: 'blank' }],
  ];
  const NOT_NUMBERS: Row[] = [
    ['#DIV/0!', { v: null, e: '#DIV/0!' }, 'plain', { kind: 'error', code: '#DIV/0!' }],
    ['#VALUE! from a formula', { v: null, e: '#VALUE!', f: 'A1+B1' }, 'plain', { kind: 'error', code: '#VALUE!' }],
    ['#REF! as a rate', { v: null, e: '#REF!' }, 'rate', { kind: 'error', code: '#REF!' }],
    ['an uncached formula', { v: null, f: 'A1/B1' }, 'plain', { kind: 'uncached', formula: 'A1/B1' }],
    ['an uncached rate formula', { v: null, f: 'E7/D7', fmt: '0.00%' }, 'rate', { kind: 'uncached', formula: 'E7/D7' }],
    ['TRUE', { v: true }, 'plain', { kind: 'invalid', text: 'TRUE' }],
    ['FALSE', { v: false }, 'plain', { kind: 'invalid', text: 'FALSE' }],
    ['Infinity', { v: Infinity }, 'plain', { kind: 'invalid', text: 'Infinity' }],
    ['-Infinity', { v: -Infinity }, 'plain', { kind: 'invalid', text: '-Infinity' }],
    ['NaN', { v: NaN }, 'plain', { kind: 'invalid', text: 'NaN' }],
    ['NaN as a rate', { v: NaN, fmt: '0.00%' }, 'rate', { kind: 'invalid', text: 'NaN' }],
    ['words', { v: '见附件' }, 'plain', { kind: 'invalid', text: '见附件' }],
    ['bad grouping', { v: '12,12' }, 'plain', { kind: 'invalid', text: '12,12' }],
  ];
  const RATES: Row[] = [
    ['a number formatted 0.00%', { v: 0.997, fmt: '0.00%' }, 'rate', { kind: 'number', value: '0.997', asText: false }],
    ['a number formatted 0%', { v: 1, fmt: '0%' }, 'rate', { kind: 'number', value: '1', asText: false }],
    ['a cached rate formula', { v: 0.9796, f: 'E8/D8', fmt: '0.00%' }, 'rate', { kind: 'number', value: '0.9796', asText: false }],
    ['text "99.70%"', { v: '99.70%' }, 'rate', { kind: 'number', value: '0.997', asText: true }],
    ['full-width text "９９.７０％"', { v: '９９.７０％' }, 'rate', { kind: 'number', value: '0.997', asText: true }],
    ['plain 99.7: percentage points', { v: 99.7 }, 'rate', { kind: 'number', value: '0.997', asText: false }],
    ['plain 100: percentage points', { v: 100 }, 'rate', { kind: 'number', value: '1', asText: false }],
    ['text "99.7": percentage points', { v: '99.7' }, 'rate', { kind: 'number', value: '0.997', asText: true }],
    ['plain 0.997: a fraction', { v: 0.997 }, 'rate', { kind: 'number', value: '0.997', asText: false }],
    ['plain 1.2: a fraction (120%)', { v: 1.2 }, 'rate', { kind: 'number', value: '1.2', asText: false }],
    ['plain 2: still a fraction (the cut is "above 2")', { v: 2 }, 'rate', { kind: 'number', value: '2', asText: false }],
    ['plain 2.5: percentage points', { v: 2.5 }, 'rate', { kind: 'number', value: '0.025', asText: false }],
    // With a % format the number is the fraction, as Excel shows it: 99.7 formatted 0.00% shows 9970.00%.
    ['99.7 formatted 0.00%: taken as is', { v: 99.7, fmt: '0.00%' }, 'rate', { kind: 'number', value: '99.7', asText: false }],
    ['99.7 as a plain amount: unchanged', { v: 99.7 }, 'plain', { kind: 'number', value: '99.7', asText: false }],
  ];

  describe('plain numbers', () => {
    it.each(PLAIN)('%s', (_what, cell, kind, expected) => expect(show(readNumber(cell, kind))).toEqual(expected));
  });
  describe('blank cells', () => {
    it.each(BLANK)('%s', (_what, cell, kind, expected) => expect(show(readNumber(cell, kind))).toEqual(expected));
  });
  describe('cells that hold no number', () => {
    it.each(NOT_NUMBERS)('%s', (_what, cell, kind, expected) => expect(show(readNumber(cell, kind))).toEqual(expected));
  });
  describe('rates', () => {
    it.each(RATES)('%s', (_what, cell, kind, expected) => expect(show(readNumber(cell, kind))).toEqual(expected));
  });

  it('reads as plain by default', () => {
    expect(show(readNumber({ v: 99.7 }))).toEqual({ kind: 'number', value: '99.7', asText: false });
  });

  it('numberOf gives the value of a number and null otherwise', () => {
    expect(plain(numberOf(readNumber({ v: '1,000' }))!)).toBe('1000');
    expect(numberOf(readNumber(undefined))).toBeNull();
    expect(numberOf(readNumber({ v: null, e: '#N/A' }))).toBeNull();
    expect(numberOf(readNumber({ v: null, f: 'A1' }))).toBeNull();
    expect(numberOf(readNumber({ v: 'abc' }))).toBeNull();
  });
});
