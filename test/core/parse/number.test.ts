import fc from 'fast-check';
import { dec, plain } from '../../../src/core/calc';
import { formatAmount, parseNumberText } from '../../../src/core/parse/number';

/** What a text reads as, in a form easy to compare: the plain decimal, 'blank' or 'not a number'. */
function readAs(text: string): { value: string; percent: boolean } | 'blank' | 'not a number' {
  const p = parseNumberText(text);
  if (p.ok === 'blank') return 'blank';
  if (p.ok === false) return 'not a number';
  return { value: plain(p.value), percent: p.percent };
}

describe('parseNumberText', () => {
  // [text, what it reads as, why]
  const NUMBERS: [string, string, boolean, string][] = [
    ['1,212,480.41', '1212480.41', false, 'thousands separators'],
    ['.00', '0', false, 'no digit before the point (as Excel shows a zero amount)'],
    ['634,273', '634273', false, 'separators without decimals'],
    ['１２３４.５', '1234.5', false, 'full-width digits'],
    ['１，２３４．５', '1234.5', false, 'full-width digits, comma and point'],
    ['¥1,000', '1000', false, 'a yuan sign'],
    ['1,000元', '1000', false, 'a trailing 元'],
    ['(1,000)', '-1000', false, 'an accounting negative in parentheses'],
    ['-1,000', '-1000', false, 'a minus sign with separators'],
    ['99.70%', '0.997', true, 'a percent is read as a fraction'],
    ['  12 ', '12', false, 'surrounding white space'],
    ['1e3', '1000', false, 'exponent notation, as a number stored as text may show'],
    ['+5', '5', false, 'an explicit plus sign'],
    ['1 234 567', '1234567', false, 'spaces inside are dropped (a space used as a thousands separator)'],
    ['-.5', '-0.5', false, 'a negative without a leading digit'],
    ['1.', '1', false, 'a trailing point'],
  ];
  it.each(NUMBERS)('%s → %s (%s)', (text, value, percent) => {
    expect(readAs(text)).toEqual({ value, percent });
  });

  const BLANKS: [string, string][] = [
    ['—', 'an em dash (the source rows’ 分值)'],
    ['-', 'a hyphen'],
    ['无', '无 (none)'],
    ['', 'empty text'],
    ['   ', 'only spaces'],
    ['／', 'a full-width slash'],
  ];
  it.each(BLANKS)('%j is blank: %s', (text) => {
    expect(readAs(text)).toBe('blank');
  });

  const NOT_NUMBERS: [string, string][] = [
    ['abc', 'letters'],
    ['12,12', 'a comma that does not group by three'],
    ['1,2345', 'a group of four digits'],
    ['1,000,00', 'a short last group'],
    ['NaN', 'NaN is not an amount'],
    ['Infinity', 'Infinity is not an amount'],
    ['-Infinity', 'nor its negative'],
    ['1.2.3', 'two points'],
    ['约100', 'a word before the number'],
  ];
  it.each(NOT_NUMBERS)('%j is not a number: %s', (text) => {
    expect(readAs(text)).toBe('not a number');
  });

  it('reads "-0" as zero', () => {
    const p = parseNumberText('-0');
    expect(p.ok).toBe(true);
    if (p.ok !== true) return;
    expect(p.value.isZero()).toBe(true);
    expect(p.value.equals(dec(0))).toBe(true);
    expect(plain(p.value)).toBe('0');
    expect(formatAmount(p.value, 2)).toBe('0.00');
  });

  it('regression: an absurd exponent is not a number (printing 1e99999999999 never ends)', () => {
    expect(readAs('1e99999999999')).toBe('not a number');
    expect(readAs('1e-99999999999')).toBe('not a number');
    expect(readAs('1e400')).toBe('not a number');
    // Anything Excel can hold still reads.
    expect(readAs('1.5E+15')).toEqual({ value: '1500000000000000', percent: false });
    expect(readAs('1e-300')).not.toBe('not a number');
  });
});

describe('formatAmount', () => {
  const CASES: [string, number, string][] = [
    ['1212480.41', 2, '1,212,480.41'],
    ['1216145', 2, '1,216,145.00'],
    ['634273', 0, '634,273'],
    ['0', 2, '0.00'],
    ['999', 2, '999.00'],
    ['1000', 2, '1,000.00'],
    ['-1234567.891', 2, '-1,234,567.89'],
    ['999.995', 2, '1,000.00'],
    ['0.005', 2, '0.01'],
    ['-999', 0, '-999'],
    ['123456789012345.67', 2, '123,456,789,012,345.67'],
  ];
  it.each(CASES)('%s with %i places → %s', (value, places, text) => {
    expect(formatAmount(dec(value), places)).toBe(text);
  });

  it('regression: an amount that rounds to zero shows no minus sign ("-0.00")', () => {
    expect(formatAmount(dec('-0.001'), 2)).toBe('0.00');
    expect(formatAmount(dec('-0.4'), 0)).toBe('0');
    expect(formatAmount(dec('-0.005'), 2)).toBe('-0.01');
  });
});

describe('formatAmount then parseNumberText (property)', () => {
  const FULL_WIDTH: Record<string, string> = { ',': '\uFF0C', '.': '\uFF0E' };
  for (let d = 0; d <= 9; d++) FULL_WIDTH[String(d)] = String.fromCharCode(0xff10 + d);
  const toFullWidth = (s: string) => s.replace(/[0-9,.]/g, (ch) => FULL_WIDTH[ch]);

  /** Amounts of up to two decimals, as integers of cents: small ones, and big ones up to 1e15 cents. */
  const amount = fc
    .oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }).map(BigInt), fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }))
    .map((cents) => dec(cents.toString()).dividedBy(100));

  it('gives back exactly the amount', () => {
    fc.assert(
      fc.property(amount, (d) => {
        const p = parseNumberText(formatAmount(d, 2));
        expect(p.ok).toBe(true);
        if (p.ok !== true) return;
        expect(p.value.equals(d)).toBe(true);
        expect(p.percent).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back exactly the amount from its full-width form', () => {
    fc.assert(
      fc.property(amount, (d) => {
        const text = toFullWidth(formatAmount(d, 2));
        expect(text).not.toMatch(/[0-9,.]/);
        const p = parseNumberText(text);
        expect(p.ok).toBe(true);
        if (p.ok !== true) return;
        expect(p.value.equals(d)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseNumberText: the fast path for plain ASCII numbers reads as the general one does', () => {
  // A leading space keeps a text off the fast path without changing what it means.
  const viaGeneralPath = (text: string) => readAs(` ${text}`);

  it.each(['338,558.99', '94.23%', '.00', '-.5', '0', '-0', '1,234', '00012', '1,234,567.891%', '9'.repeat(309), '1' + '0'.repeat(400)])(
    '%s',
    (text) => {
      expect(readAs(text)).toEqual(viaGeneralPath(text));
    },
  );

  it('for any plain number, with or without thousands commas and a %', () => {
    const text = fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.option(fc.nat(99999), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([neg, int, frac, commas, pct]) => {
        const digits = commas ? int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int.toString();
        return `${neg ? '-' : ''}${digits}${frac === undefined ? '' : `.${frac}`}${pct ? '%' : ''}`;
      });
    fc.assert(
      fc.property(text, (t) => {
        expect(readAs(t)).toEqual(viaGeneralPath(t));
      }),
      { numRuns: 500 },
    );
  });
});
