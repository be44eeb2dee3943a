import { decOrNull, fromPercent, type Dec } from '../calc';
import { fold, isNotApplicable } from './text';

// ASCII digits with an optional minus, thousands commas in their places, decimals and a trailing %.
const PLAIN = /^-?(?=\.?\d)(\d{1,3}(,\d{3})+|\d*)(\.\d+)?%?$/;

/** The outcome of reading a text as a number. */
export type NumberText = { ok: true; value: Dec; percent: boolean } | { ok: false } | { ok: 'blank' };

/**
 * Reads a number written as text the way officers write it:
 * "1,212,480.41", ".00", "634,273", "１２３", "¥1,000", "99.70%", "100分", "(1,000)" for a negative amount.
 * A dash or 无 reads as blank.
 */
export function parseNumberText(raw: string): NumberText {
  if (PLAIN.test(raw)) {
    // The usual case, "338,558.99" or "94.23%": no folding, spaces, currency or brackets to take off.
    const percent = raw.endsWith('%');
    const digits = (percent ? raw.slice(0, -1) : raw).replace(/,/g, '');
    const d = decOrNull(digits) as Dec;
    if (Math.abs(d.e) > 308) return { ok: false };
    return { ok: true, value: percent ? fromPercent(d) : d, percent };
  }
  const t = fold(raw).trim();
  if (t === '' || isNotApplicable(t)) return { ok: 'blank' };
  let s = t.replace(/\s+/g, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(/^[¥$]/, '').replace(/[元分]$/, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, '');
  const d = decOrNull(s);
  // Excel holds nothing beyond about 1e±308; a wilder exponent ("1e99999999999") is no amount, and printing it never ends.
  if (!d || Math.abs(d.e) > 308) return { ok: false };
  let value = negative ? d.negated() : d;
  if (percent) value = fromPercent(value);
  return { ok: true, value, percent };
}

/** Formats an amount with thousands separators and the given decimals: 1212480.41 → "1,212,480.41". */
export function formatAmount(d: Dec, places: number): string {
  const [int, frac] = d.toFixed(places).split('.');
  // An amount that rounds to zero shows no sign: "0.00", not "-0.00".
  const sign = int.startsWith('-') && /[1-9]/.test(int + (frac ?? '')) ? '-' : '';
  const digits = int.replace(/^-/, '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (frac !== undefined ? '.' + frac : '');
}
