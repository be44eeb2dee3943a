import { dec, fromPercent, gt, type Dec } from '../calc';
import { type Cell, isUncached } from '../grid/cell';
import { parseNumberText } from './number';

/** What a cell that must hold a number holds. */
export type NumberRead =
  | { kind: 'blank' }
  | { kind: 'number'; value: Dec; /** stored as text rather than as a number */ asText: boolean }
  | { kind: 'invalid'; text: string }
  | { kind: 'error'; code: string }
  | { kind: 'uncached'; formula: string };

/** How a cell's number is meant: an amount or score as is, or a rate (a fraction, possibly shown as a percent). */
export type NumberKind = 'plain' | 'rate';

const BLANK: NumberRead = { kind: 'blank' };

/**
 * Reads a number from a cell. Rates: a number formatted with % or text ending in % is a percentage;
 * a plain number above 2 is read as percentage points (99.7 → 0.997), otherwise as a fraction.
 */
export function readNumber(cell: Cell | undefined, kind: NumberKind = 'plain'): NumberRead {
  if (!cell) return BLANK;
  if (cell.e !== undefined) return { kind: 'error', code: cell.e };
  if (isUncached(cell)) return { kind: 'uncached', formula: cell.f as string };
  const v = cell.v;
  if (v === null) return BLANK;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', text: String(v) };
    if (kind === 'plain') return plainRead(v);
    return { kind: 'number', value: asRate(dec(v), !!cell.fmt && cell.fmt.includes('%')), asText: false };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: v ? 'TRUE' : 'FALSE' };
  const p = parseNumberText(v);
  if (p.ok === 'blank') return BLANK;
  if (p.ok === false) return { kind: 'invalid', text: v };
  return { kind: 'number', value: kind === 'rate' ? asRate(p.value, p.percent) : p.value, asText: true };
}

/** A rate read as written: a percentage as is, a plain number above 2 as percentage points (99.7 → 0.997). */
function asRate(d: Dec, percent: boolean): Dec {
  return !percent && gt(d.abs(), TWO) ? fromPercent(d) : d;
}

const TWO = dec(2);

// 分值 and 得分 repeat on every row and every form (3, 2.5, 10…): their reads are immutable, so they are shared.
const plainReads = new Map<number, NumberRead>();

function plainRead(v: number): NumberRead {
  let r = plainReads.get(v);
  if (!r) {
    r = Object.freeze({ kind: 'number', value: dec(v), asText: false } as const);
    if (plainReads.size < 8192) plainReads.set(v, r);
  }
  return r;
}

/** The number a read holds, or null. */
export function numberOf(r: NumberRead): Dec | null {
  return r.kind === 'number' ? r.value : null;
}
