/** Tells whether a number format shows a date or time, by exceljs's test: a y, m, d, h, M, s or b outside quotes and brackets. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const DAY_MS = 86400000;
const UNIX_EPOCH = 25569; // 1970-01-01 as a serial of the 1900 system
const SHIFT_1904 = 1462; // days from 1900-01-00 to 1904-01-01

/**
 * The serial (1900 system) a date-formatted number reads as: what exceljs's Date gives back through the grid adapter,
 * rounded to the millisecond; a 1904 workbook's serial is moved to the 1900 system.
 */
export function dateSerial(v: number, date1904: boolean): number {
  // The same arithmetic, in the same order, as exceljs's excelToDate followed by toGrid's excelSerial.
  const ms = Math.round((v - UNIX_EPOCH + (date1904 ? SHIFT_1904 : 0)) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= 8.64e15)) return NaN; // beyond what a JavaScript Date holds: exceljs gives an invalid date
  return ms / DAY_MS + UNIX_EPOCH;
}

/** The serial (1900 system) of an ISO 8601 date or date-time, as a `t="d"` cell stores it; NaN when it is not one. */
export function isoSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z)?$/.exec(iso.trim());
  if (m) {
    const [, y, mo, d, h, mi, s] = m;
    const ms = Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0), 0) + Math.round(parseFloat(s ?? '0') * 1000);
    return ms / DAY_MS + UNIX_EPOCH;
  }
  const t = /^(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(iso.trim()); // a time alone
  if (t) return (+t[1] * 3600 + +t[2] * 60 + parseFloat(t[3] ?? '0')) / 86400;
  return NaN;
}
