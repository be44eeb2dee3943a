import DecimalLib from 'decimal.js';

/** An exact decimal number: every amount, rate and score in the engine is one of these. */
export type Dec = DecimalLib;

/** How results are rounded; set once per profile. */
export interface Rounding {
  /** Decimal places of scores and totals (default 2). */
  scorePlaces: number;
  /** Decimal places of rates as fractions (default 4, i.e. 0.01%). */
  ratePlaces: number;
  /** Rounding mode (default half-up). */
  mode: RoundingMode;
}

/** The rounding modes a profile may choose. */
export type RoundingMode = 'half-up' | 'half-even' | 'down';

/** The default rounding: 2 places for scores, 4 for rates, half-up. */
export const DEFAULT_ROUNDING: Rounding = { scorePlaces: 2, ratePlaces: 4, mode: 'half-up' };

// 28 significant digits (as .NET's decimal): amounts up to 1e14 with cents, and their ratios, with room to spare.
const Decimal = DecimalLib.clone({ precision: 28, rounding: DecimalLib.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

const MODES: Record<RoundingMode, DecimalLib.Rounding> = {
  'half-up': DecimalLib.ROUND_HALF_UP,
  'half-even': DecimalLib.ROUND_HALF_EVEN,
  down: DecimalLib.ROUND_DOWN,
};

/** The value zero. */
export const ZERO: Dec = new Decimal(0);
/** The value one. */
export const ONE: Dec = new Decimal(1);

// Weights, scores and the numbers in targets repeat on every form (10, 5, "100", "2022"…): decimals are immutable,
// so the common ones are shared instead of being parsed again.
const common = new Map<number | string, Dec>();

/** Makes a decimal from a finite number or a canonical numeric string; throws on anything else. */
export function dec(x: number | string): Dec {
  let d = common.get(x);
  if (!d) {
    d = new Decimal(x);
    if (common.size < 8192 && (typeof x === 'number' || x.length <= 12)) common.set(x, d);
  }
  return d;
}

/** Reads a canonical numeric string ("-12.5", ".00", "1e3"); null when it is not one. */
export function decOrNull(s: string): Dec | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const d = new Decimal(s);
  return d.isFinite() ? d : null;
}

/** Sums decimals exactly. */
export function sum(values: readonly Dec[]): Dec {
  const t = new Tally();
  for (const v of values) t.add(v);
  return t.value;
}

/** Sums exactly the decimals `f` picks from items; a null pick adds nothing. */
export function sumBy<T>(items: readonly T[], f: (x: T) => Dec | null): Dec {
  const t = new Tally();
  for (const x of items) t.add(f(x));
  return t.value;
}

const WORD = 1e7; // decimal.js keeps digits in base-1e7 words (its documented d, e and s properties)

/**
 * An exact running sum. Values below 1e7 with at most 7 decimals (weights, scores, rates: nearly all) are added as whole
 * numbers of 1e-7, which stay exact integers far below 2^53; from the first value that does not fit, decimals add up.
 */
export class Tally {
  private units = 0;
  private exact: Dec | null = null;

  /** Adds a value; null adds nothing. */
  add(v: Dec | null): void {
    if (!v) return;
    if (this.exact) {
      this.exact = this.exact.plus(v);
      return;
    }
    const u = unitsOf(v);
    if (u !== null && Number.isSafeInteger(this.units + u)) this.units += u;
    else this.exact = fromUnits(this.units).plus(v);
  }

  /** The sum so far. */
  get value(): Dec {
    return this.exact ?? fromUnits(this.units);
  }
}

/** A value as a whole number of 1e-7, or null when it is 1e7 or more or has more than 7 decimals. */
function unitsOf(v: Dec): number | null {
  const d = v.d;
  let units: number;
  if (v.e >= 0 && v.e < 7 && d.length <= 2) units = d[0] * WORD + (d.length === 2 ? d[1] : 0);
  else if (v.e < 0 && v.e >= -7 && d.length === 1) units = d[0];
  else return null;
  return v.s < 0 ? -units : units;
}

function fromUnits(total: number): Dec {
  let d = sums.get(total);
  if (!d) {
    const abs = Math.abs(total);
    const frac = abs % WORD;
    d = new Decimal(`${total < 0 ? '-' : ''}${(abs - frac) / WORD}.${String(frac).padStart(7, '0')}`);
    if (sums.size < 8192) sums.set(total, d);
  }
  return d;
}

// Level subtotals and totals repeat across forms (50, 30, 10, 100…): the sums are shared by their count of 1e-7 units.
const sums = new Map<number, Dec>();

const HUNDREDTH = new Decimal('0.01');

/** A percentage as a fraction, exactly: 99.7 → 0.997 (a shift of two places, cheaper than dividing by 100). */
export function fromPercent(d: Dec): Dec {
  return d.times(HUNDREDTH);
}

/**
 * Compares two decimals: −1, 0 or 1. decimal.js copies its argument on every comparison; this reads both values'
 * documented sign, exponent and base-1e7 words in place, so the engine's many comparisons allocate nothing.
 */
export function cmp(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.cmp(b); // NaN or ±Infinity: let decimal.js decide
  if (ad[0] === 0 || bd[0] === 0) return ad[0] !== 0 ? a.s : bd[0] !== 0 ? -b.s : 0;
  if (a.s !== b.s) return a.s;
  const sign = a.s;
  // Equal exponents put the digits in the same words, so the words compare in order.
  if (a.e !== b.e) return a.e > b.e ? sign : -sign;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i] > bd[i] ? sign : -sign;
  return ad.length === bd.length ? 0 : ad.length > bd.length ? sign : -sign;
}

/** a < b. */
export const lt = (a: Dec, b: Dec): boolean => cmp(a, b) < 0;
/** a ≤ b. */
export const lte = (a: Dec, b: Dec): boolean => cmp(a, b) <= 0;
/** a > b. */
export const gt = (a: Dec, b: Dec): boolean => cmp(a, b) > 0;
/** a ≥ b. */
export const gte = (a: Dec, b: Dec): boolean => cmp(a, b) >= 0;
/** a = b. */
export const eq = (a: Dec, b: Dec): boolean => cmp(a, b) === 0;

/** The smaller of two decimals. */
export function min(a: Dec, b: Dec): Dec {
  return lt(a, b) ? a : b;
}

/** The larger of two decimals. */
export function max(a: Dec, b: Dec): Dec {
  return gt(a, b) ? a : b;
}

/** Rounds a score or total to the profile's score places. */
export function roundScore(d: Dec, r: Rounding): Dec {
  return d.decimalPlaces() <= r.scorePlaces ? d : d.toDecimalPlaces(r.scorePlaces, MODES[r.mode]);
}

/**
 * Rounds a score that must not exceed its 分值 w: where rounding would carry a score at most w above it (the full 分值
 * 2.666 rounds to 2.67), the score is w itself.
 */
export function roundScoreWithin(d: Dec, w: Dec, r: Rounding): Dec {
  const s = roundScore(d, r);
  return gt(s, w) && !gt(d, w) ? w : s;
}

/** Rounds a rate (a fraction) to the profile's rate places. */
export function roundRate(d: Dec, r: Rounding): Dec {
  return d.decimalPlaces() <= r.ratePlaces ? d : d.toDecimalPlaces(r.ratePlaces, MODES[r.mode]);
}

/** Shows a fraction as a percentage with (ratePlaces − 2) decimals: 0.99699 → "99.70%". */
export function percentText(d: Dec, r: Rounding): string {
  const places = Math.max(0, r.ratePlaces - 2);
  return d.times(100).toFixed(places, MODES[r.mode]) + '%';
}

/** Shows a rate as a fraction with exactly ratePlaces decimals: "0.9970". */
export function rateText(d: Dec, r: Rounding): string {
  return d.toFixed(r.ratePlaces, MODES[r.mode]);
}

/** Shows a score with exactly scorePlaces decimals: "9.80". */
export function scoreText(d: Dec, r: Rounding): string {
  return d.toFixed(r.scorePlaces, MODES[r.mode]);
}

/** The plain decimal string of a value, without exponent or trailing zeros: "1212480.41", "49". */
export function plain(d: Dec): string {
  return d.toFixed();
}

/** Tells whether a value is a decimal of this module. */
export function isDec(x: unknown): x is Dec {
  return DecimalLib.isDecimal(x);
}
