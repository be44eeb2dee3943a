import { officeError } from './errors';
import { inTurns } from './turns';
import { FakeObject } from './proxy';
import { XlError } from './values';

/**
 * Where Excel runs: which operations can join an undo group depends on it (§12), and only Excel on the web limits a
 * request and a response to 5 MB (docs/office-api.md §3).
 */
export type FakePlatform = 'windows' | 'mac' | 'web';

/** What a read of more than 5,000,000 cells does: Excel documents both a RangeExceedsLimit error and a null result. */
export type OverLimitRead = 'error' | 'null';

/** The most cells Excel reads from one range, on every platform. */
export const MAX_READ_CELLS = 5_000_000;

/** The most merged areas Range.getMergedAreasOrNullObject returns; above, it fails. */
export const MAX_MERGED_AREAS = 512;

/** The settings a read is checked against. */
export interface ReadLimits {
  platform: FakePlatform;
  overLimitRead: OverLimitRead;
  limitBytes: number;
}

/**
 * Checks a read of `cells` cells: over 5,000,000 it throws RangeExceedsLimit or, with overLimitRead "null", returns
 * true (the property reads as null). On the web it also refuses, before building it, a response that cannot fit.
 */
export function overReadLimit(limits: ReadLimits, cells: number, where: string): boolean {
  if (cells > MAX_READ_CELLS) {
    if (limits.overLimitRead === 'null') return true;
    throw officeError('RangeExceedsLimit', where);
  }
  if (limits.platform === 'web' && cells * 3 > limits.limitBytes) throw officeError('ResponsePayloadSizeLimitExceeded', where);
  return false;
}

/** The UTF-8 length of a string. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** The JSON size of a payload; proxies count as small references. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v, (_k, x) => (x instanceof FakeObject ? 0 : x instanceof XlError ? x.code : x));
  return s === undefined ? 0 : utf8Length(s);
}

/** The JSON size of a list of payloads, as jsonBytes(items) counts it, one item at a time with turns for the page. */
export async function listBytes(items: readonly unknown[]): Promise<number> {
  // "[" and "]", a comma between items, and "null" for an item JSON leaves out.
  let n = 2 + Math.max(0, items.length - 1);
  await inTurns(items, (x) => {
    n += x === undefined || typeof x === 'function' ? 4 : jsonBytes(x);
  });
  return n;
}
