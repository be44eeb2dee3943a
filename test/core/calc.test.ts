import fc from 'fast-check';
import Decimal from 'decimal.js';
import {
  DEFAULT_ROUNDING,
  ONE,
  ZERO,
  dec,
  cmp,
  decOrNull,
  eq,
  fromPercent,
  gt,
  gte,
  isDec,
  lt,
  lte,
  max,
  min,
  percentText,
  plain,
  rateText,
  roundRate,
  roundScore,
  scoreText,
  sum,
  sumBy,
  Tally,
  type Rounding,
  type RoundingMode,
} from '../../src/core/calc';

const rounding = (r: Partial<Rounding> = {}): Rounding => ({ ...DEFAULT_ROUNDING, ...r });

describe('DEFAULT_ROUNDING', () => {
  it('is 2 places for scores, 4 for rates, half-up', () => {
    expect(DEFAULT_ROUNDING).toEqual({ scorePlaces: 2, ratePlaces: 4, mode: 'half-up' });
  });
});

describe('roundScore', () => {
  // [value, mode, places, result]
  const CASES: [string, RoundingMode, number, string][] = [
    ['1.875', 'half-up', 2, '1.88'],
    ['1.875', 'half-even', 2, '1.88'],
    ['1.875', 'down', 2, '1.87'],
    ['1.865', 'half-up', 2, '1.87'],
    ['1.865', 'half-even', 2, '1.86'],
    ['1.865', 'down', 2, '1.86'],
    ['1.8749999', 'half-up', 2, '1.87'],
    ['1.879', 'down', 2, '1.87'],
    ['9.9699', 'half-up', 2, '9.97'],
    ['9.9699', 'half-up', 1, '10'],
    ['9.9699', 'down', 1, '9.9'],
    ['9.95', 'half-even', 1, '10'],
    ['9.85', 'half-even', 1, '9.8'],
    ['2.5', 'half-up', 0, '3'],
    ['2.5', 'half-even', 0, '2'],
    ['2.5', 'down', 0, '2'],
    // Negative values: half-up rounds a tie away from zero, down truncates toward zero.
    ['-1.875', 'half-up', 2, '-1.88'],
    ['-1.865', 'half-even', 2, '-1.86'],
    ['-1.879', 'down', 2, '-1.87'],
    ['8.888888888888888888888888888888888888889', 'half-up', 2, '8.89'],
    ['10', 'half-up', 2, '10'],
    ['0', 'down', 2, '0'],
  ];
  it.each(CASES)('%s %s at %i places → %s', (value, mode, scorePlaces, result) => {
    expect(plain(roundScore(dec(value), rounding({ mode, scorePlaces })))).toBe(result);
  });

  it('does not touch the rate places', () => {
    expect(plain(roundScore(dec('0.99695'), rounding({ ratePlaces: 2 })))).toBe('1');
  });
});

describe('roundRate', () => {
  const CASES: [string, RoundingMode, number, string][] = [
    ['0.99695', 'half-up', 4, '0.997'],
    ['0.99695', 'half-even', 4, '0.997'],
    ['0.99695', 'down', 4, '0.9969'],
    ['0.99685', 'half-up', 4, '0.9969'],
    ['0.99685', 'half-even', 4, '0.9968'],
    ['0.99685', 'down', 4, '0.9968'],
    ['0.942252', 'half-up', 4, '0.9423'],
    ['0.7132', 'half-up', 2, '0.71'],
    ['0.715', 'half-even', 2, '0.72'],
    ['0.725', 'half-even', 2, '0.72'],
    ['1', 'half-up', 4, '1'],
  ];
  it.each(CASES)('%s %s at %i places → %s', (value, mode, ratePlaces, result) => {
    expect(plain(roundRate(dec(value), rounding({ mode, ratePlaces })))).toBe(result);
  });

  it('does not touch the score places', () => {
    expect(plain(roundRate(dec('0.99695'), rounding({ scorePlaces: 0 })))).toBe('0.997');
  });
});

describe('percentText', () => {
  const CASES: [string, Partial<Rounding>, string][] = [
    ['0.99699', {}, '99.70%'],
    ['0.9423', {}, '94.23%'],
    ['0.94225', {}, '94.23%'],
    ['0.94225', { mode: 'half-even' }, '94.22%'],
    ['0.94225', { mode: 'down' }, '94.22%'],
    ['1', {}, '100.00%'],
    ['0', {}, '0.00%'],
    ['1.5', {}, '150.00%'],
    ['0.7132', {}, '71.32%'],
    ['0.997', { ratePlaces: 2 }, '100%'],
    ['0.997', { ratePlaces: 3 }, '99.7%'],
    ['0.997', { ratePlaces: 5 }, '99.700%'],
    // Fewer than 2 rate places still shows a whole percent.
    ['0.997', { ratePlaces: 1 }, '100%'],
  ];
  it.each(CASES)('%s with %j → %s', (value, r, text) => {
    expect(percentText(dec(value), rounding(r))).toBe(text);
  });
});

describe('rateText', () => {
  const CASES: [string, Partial<Rounding>, string][] = [
    ['0.997', {}, '0.9970'],
    ['0.99695', {}, '0.9970'],
    ['0.99695', { mode: 'down' }, '0.9969'],
    ['1', {}, '1.0000'],
    ['0', {}, '0.0000'],
    ['0.71322', {}, '0.7132'],
    ['0.71325', { mode: 'half-even' }, '0.7132'],
    ['0.997', { ratePlaces: 2 }, '1.00'],
  ];
  it.each(CASES)('%s with %j → %s', (value, r, text) => {
    expect(rateText(dec(value), rounding(r))).toBe(text);
  });
});

describe('scoreText', () => {
  it.each<[string, Partial<Rounding>, string]>([
    ['9.8', {}, '9.80'],
    ['10', {}, '10.00'],
    ['1.875', {}, '1.88'],
    ['1.875', { mode: 'down' }, '1.87'],
    ['9.9699', { scorePlaces: 1 }, '10.0'],
    ['49', { scorePlaces: 0 }, '49'],
  ])('%s with %j → %s', (value, r, text) => {
    expect(scoreText(dec(value), rounding(r))).toBe(text);
  });
});

describe('plain', () => {
  it.each<[number | string, string]>([
    ['1212480.41', '1212480.41'],
    ['49.00', '49'],
    [49, '49'],
    ['1.50', '1.5'],
    ['0.0000001', '0.0000001'],
    ['1e-7', '0.0000001'],
    ['1e21', '1000000000000000000000'],
    [1e21, '1000000000000000000000'],
    ['-0', '0'],
    ['-12.5', '-12.5'],
    [0.1, '0.1'],
    [1212480.41, '1212480.41'],
  ])('%j → %s', (value, text) => {
    expect(plain(dec(value))).toBe(text);
  });

  it('keeps exact decimal arithmetic: 0.1 + 0.2 = 0.3', () => {
    expect(plain(dec(0.1).plus(dec(0.2)))).toBe('0.3');
  });
});

describe('decOrNull', () => {
  const NUMBERS: [string, string][] = [
    ['1', '1'],
    ['-1.5', '-1.5'],
    ['+2', '2'],
    ['.5', '0.5'],
    ['.00', '0'],
    ['1.', '1'],
    ['1e3', '1000'],
    ['1E-2', '0.01'],
    ['-0', '0'],
    ['007', '7'],
  ];
  it.each(NUMBERS)('%j → %s', (text, value) => {
    const d = decOrNull(text);
    expect(d).not.toBeNull();
    expect(plain(d!)).toBe(value);
  });

  const NOT_CANONICAL: [string, string][] = [
    ['', 'empty'],
    [' 1', 'leading space'],
    ['1 ', 'trailing space'],
    ['1,000', 'separators'],
    ['abc', 'letters'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['-Infinity', '-Infinity'],
    ['0x10', 'hexadecimal'],
    ['1e', 'an exponent without digits'],
    ['.', 'a lone point'],
    ['-', 'a lone sign'],
    ['１２', 'full-width digits (folding is the parser’s job)'],
    ['99%', 'a percent sign'],
  ];
  it.each(NOT_CANONICAL)('%j → null (%s)', (text) => {
    expect(decOrNull(text)).toBeNull();
  });
});

describe('dec', () => {
  it('throws on what is not a number', () => {
    expect(() => dec('abc')).toThrow();
  });

  it('makes equal decimals from a number and its string', () => {
    expect(dec(1212480.41).equals(dec('1212480.41'))).toBe(true);
  });
});

describe('sum, min, max, isDec', () => {
  it('sums exactly, and the empty sum is zero', () => {
    expect(plain(sum([dec('0.1'), dec('0.2'), dec('9.97')]))).toBe('10.27');
    expect(plain(sum([]))).toBe('0');
  });

  it.each<[string, string, string, string]>([
    ['1', '2', '1', '2'],
    ['-1', '0', '-1', '0'],
    ['9.97', '9.970', '9.97', '9.97'],
  ])('min/max of %s and %s → %s / %s', (a, b, lo, hi) => {
    expect(plain(min(dec(a), dec(b)))).toBe(lo);
    expect(plain(max(dec(a), dec(b)))).toBe(hi);
    expect(plain(min(dec(b), dec(a)))).toBe(lo);
    expect(plain(max(dec(b), dec(a)))).toBe(hi);
  });

  it('has ZERO and ONE', () => {
    expect(ZERO.isZero()).toBe(true);
    expect(ONE.equals(1)).toBe(true);
  });

  it('tells decimals from other values', () => {
    expect(isDec(dec(1))).toBe(true);
    expect(isDec(1)).toBe(false);
    expect(isDec('1')).toBe(false);
    expect(isDec(null)).toBe(false);
  });
});

describe('sum: the whole-number fast path gives the same exact result as adding decimals one by one', () => {
  const arb = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => `${n / 100}`),
    fc.integer({ min: -99999999, max: 99999999 }).map((n) => `${n}e-7`),
    fc.double({ min: -1e8, max: 1e8, noNaN: true, noDefaultInfinity: true }).map((x) => String(x)),
    fc.constantFrom('0', '-0', '9999999.9999999', '0.0000001', '10000000', '1e-8', '123456789012.5'),
  );
  it('for any list of values', () => {
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (xs) => {
        const ds = xs.map((x) => dec(new Decimal(x).toFixed()));
        const naive = ds.reduce((a, b) => a.plus(b), dec(0));
        expect(sum(ds).equals(naive)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('cmp and its shorthands agree with decimal.js', () => {
  it.each<[string, string, number]>([
    ['0', '-0', 0],
    ['0', '0.0000001', -1],
    ['-0.5', '0', -1],
    ['1', '1.000', 0],
    ['9.97', '9.970000001', -1],
    ['10', '9.9999999999', 1],
    ['-10', '-9.99', -1],
    ['1e100', '99999999999999', 1],
    ['0.05', '0.5', -1],
    ['12345678.1234567', '12345678.12345671', -1],
    ['-12345678.1234567', '-12345678.12345671', 1],
  ])('cmp(%s, %s) = %d', (a, b, want) => {
    expect(cmp(dec(a), dec(b))).toBe(want);
    expect(cmp(dec(b), dec(a))).toBe(-want || 0);
    expect([lt, lte, gt, gte, eq].map((f) => f(dec(a), dec(b)))).toEqual([want < 0, want <= 0, want > 0, want >= 0, want === 0]);
  });

  const arb = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => `${n / 1000}`),
    fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }).map((x) => new Decimal(x).toFixed()),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((n) => `${n}e-${Number((n < 0n ? -n : n) % 40n)}`),
    fc.constantFrom('0', '-0', '1', '-1', '0.0000001', '1e-20', '9999999', '10000000'),
  );
  it('for any two values', () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const [x, y] = [dec(new Decimal(a).toFixed()), dec(new Decimal(b).toFixed())];
        expect(cmp(x, y)).toBe(x.cmp(y));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves NaN and infinities to decimal.js', () => {
    const inf = ONE.dividedBy(0);
    expect(cmp(inf, ONE)).toBe(1);
    expect(cmp(ONE, inf)).toBe(-1);
    expect(cmp(inf.negated(), ZERO)).toBe(-1);
  });
});

describe('sumBy', () => {
  it('adds what the picker returns and skips nulls', () => {
    const items = [{ v: '1.5' }, { v: null }, { v: '2.25' }, { v: '-0.75' }];
    expect(plain(sumBy(items, (x) => (x.v === null ? null : dec(x.v))))).toBe('3');
    expect(plain(sumBy([], () => ONE))).toBe('0');
  });

  it('is exact beyond the whole-number fast path', () => {
    expect(plain(sumBy(['123456789012.5', '0.00000001'], (x) => dec(x)))).toBe('123456789012.50000001');
  });
});

describe('fromPercent', () => {
  it.each([
    ['99.7', '0.997'],
    ['100', '1'],
    ['-5', '-0.05'],
    ['0.01', '0.0001'],
    ['12345678901234567890.123456', '123456789012345678.90123456'],
  ])('%s%% → %s', (pct, frac) => {
    expect(plain(fromPercent(dec(pct)))).toBe(frac);
  });
});

describe('Tally', () => {
  it('stays exact when a value beyond the whole-number fast path comes after small ones, and small ones after it', () => {
    const t = new Tally();
    for (const x of ['2.5', '0.0000001', '123456789012.345', '-3', '0.00000001', null, '7']) t.add(x === null ? null : dec(x));
    expect(plain(t.value)).toBe('123456789018.84500011');
  });

  it('is zero when nothing was added', () => {
    expect(new Tally().value.isZero()).toBe(true);
  });

  it('adds like decimal.js for any values, whatever their order', () => {
    const arb = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => dec(`${n / 100}`)),
      fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }).map((n) => dec(`${n}e-9`)),
    );
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 30 }), (ds) => {
        const t = new Tally();
        for (const d of ds) t.add(d);
        expect(t.value.equals(ds.reduce((a, b) => a.plus(b), dec(0)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
