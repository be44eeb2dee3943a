/** An Excel error value such as #DIV/0!, kept apart from text. */
export class XlError {
  constructor(readonly code: string) {}
  /** The error's code, as Range.values returns it. */
  toString(): string {
    return this.code;
  }
}

/** A cell's value: a number, text, a boolean, an error, or blank (""). */
export type Scalar = number | string | boolean | XlError;

/** What an input string becomes when written through Range.values or Range.formulas, as if typed. */
export type Typed = { kind: 'formula'; formula: string } | { kind: 'value'; value: Scalar; format?: string } | { kind: 'clear' };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;

/**
 * Interprets a value written to a cell the way Excel interprets typed input: "=…" (and "+…"/"-…" that is not a number)
 * is a formula; numeric text becomes a number (a % sign or thousands separators also set a format when the cell has
 * none); TRUE/FALSE become booleans; a leading apostrophe forces text. With the text format "@" every string stays text.
 */
export function interpretInput(v: unknown, cellFormat: string | undefined): Typed | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'value', value: v } : { kind: 'value', value: new XlError('#NUM!') };
  if (typeof v === 'boolean') return { kind: 'value', value: v };
  const s = String(v);
  if (s === '') return { kind: 'clear' };
  if (cellFormat === '@') return { kind: 'value', value: s };
  if (s.startsWith("'")) return { kind: 'value', value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { kind: 'formula', formula: s };
  const general = !cellFormat || cellFormat === 'General';
  const t = s.trim();
  if (NUMBER.test(t)) return { kind: 'value', value: Number(t) };
  if (GROUPED.test(t)) {
    const decimals = t.includes('.') ? t.split('.')[1].length : 0;
    const format = general ? (decimals ? `#,##0.${'0'.repeat(Math.min(decimals, 2))}` : '#,##0') : undefined;
    return { kind: 'value', value: Number(t.replace(/,/g, '')), ...(format ? { format } : {}) };
  }
  const pct = PERCENT.exec(t);
  if (pct) {
    const decimals = pct[1].includes('.') ? pct[1].split('.')[1].length : 0;
    const format = general ? (decimals ? `0.${'0'.repeat(decimals)}%` : '0%') : undefined;
    return { kind: 'value', value: shiftDecimal(Number(pct[1]), -2), ...(format ? { format } : {}) };
  }
  if (/^(true|false)$/i.test(t)) return { kind: 'value', value: t.toUpperCase() === 'TRUE' };
  if (s.startsWith('+') || s.startsWith('-')) return { kind: 'formula', formula: '=' + s };
  return { kind: 'value', value: s };
}

/** x × 10^n computed on the decimal text, so 1.005 shifted by 2 is exactly 100.5. */
export function shiftDecimal(x: number, n: number): number {
  const [m, e = '0'] = String(x).split('e');
  return Number(`${m}e${Number(e) + n}`);
}

/** Rounds half away from zero to `places` decimals (negative places round to tens, hundreds…), like Excel's ROUND. */
export function roundHalfUp(x: number, places: number): number {
  const clean = Number(x.toPrecision(15));
  const r = Math.round(shiftDecimal(Math.abs(clean), places));
  return Math.sign(clean) * shiftDecimal(r, -places) || 0;
}

/** Rounds toward zero to `places` decimals, like Excel's ROUNDDOWN. */
export function roundDown(x: number, places: number): number {
  const clean = Number(x.toPrecision(15));
  return Math.sign(clean) * shiftDecimal(Math.floor(shiftDecimal(Math.abs(clean), places)), -places) || 0;
}

/** Rounds away from zero to `places` decimals, like Excel's ROUNDUP. */
export function roundUp(x: number, places: number): number {
  const clean = Number(x.toPrecision(15));
  return Math.sign(clean) * shiftDecimal(Math.ceil(shiftDecimal(Math.abs(clean), places)), -places) || 0;
}

/** The value Range.values reports for a cell value: errors as their code, blank as "". */
export function outward(v: Scalar | undefined): number | string | boolean {
  if (v === undefined) return '';
  return v instanceof XlError ? v.code : v;
}

/** The Excel.RangeValueType of a value. */
export function valueType(v: Scalar | undefined): 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
  if (v === undefined || v === '') return 'Empty';
  if (v instanceof XlError) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** Formats a number as Excel's General format shows it in a standard-width column: at most 11 characters. */
function general(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  if (abs >= 1e11 || abs < 1e-4) {
    const [m, e] = abs.toExponential(5).split('e');
    const exp = Number(e);
    return `${sign}${m.replace(/\.?0+$/, '')}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const fixed = roundHalfUp(abs, Math.max(0, 10 - intDigits)).toFixed(Math.max(0, 10 - intDigits));
  return sign + (fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed);
}

/** Groups the integer digits of a non-negative number's fixed text with commas. */
function group(fixed: string): string {
  const [i, f] = fixed.split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return f === undefined ? g : `${g}.${f}`;
}

/**
 * The text a value shows under a number format, as Range.text returns it. Handles General, "@", and numeric formats
 * built from 0 # , . % with quoted or escaped literals and a negative section; other formats (dates…) fall back to General.
 */
export function formatValue(v: Scalar | undefined, format: string | undefined): string {
  if (v === undefined) return '';
  if (v instanceof XlError) return v.code;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = format ?? 'General';
  if (fmt === 'General' || fmt === '@') return general(v);
  const sections = splitSections(fmt);
  const negSection = v < 0 && sections.length > 1;
  const section = negSection ? sections[1] : sections[0];
  const out = formatNumber(Math.abs(v), section);
  if (out === null) return general(v);
  return v < 0 && !negSection && out.replace(/[^1-9]/g, '') !== '' ? '-' + out : out;
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Formats a non-negative number under one format section; null when the section is not a plain numeric one. */
function formatNumber(n: number, section: string): string | null {
  const literal: string[] = [];
  let code = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal.push(section.slice(i + 1, end < 0 ? undefined : end));
      code += `\u0000${literal.length - 1}\u0000`;
      i = end < 0 ? section.length : end;
    } else if (ch === '\\' && i + 1 < section.length) {
      literal.push(section[++i]);
      code += `\u0000${literal.length - 1}\u0000`;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end; // colours and conditions are ignored
    } else if (ch === '_' || ch === '*') {
      i++; // padding
    } else code += ch;
  }
  if (/[yYmMdDhHsS]/.test(code.replace(/\u0000\d+\u0000/g, '')) || /[eE][+-]/.test(code)) return null;
  const m = /[#0?,]*[0#?](\.[0#?]*)?|\.[0#?]+/.exec(code);
  if (!m) return null;
  const core = m[0];
  const percent = (code.match(/%/g) ?? []).length;
  const decimals = (core.split('.')[1] ?? '').replace(/[^0]/g, '').length;
  const optional = (core.split('.')[1] ?? '').length - decimals;
  const scaled = shiftDecimal(n, 2 * percent);
  let fixed = roundHalfUp(scaled, decimals + optional).toFixed(decimals + optional);
  if (optional) fixed = fixed.replace(new RegExp(`0{1,${optional}}$`), '').replace(/\.$/, decimals ? '.' : '');
  const intPart = core.split('.')[0];
  if (!intPart.includes('0') && fixed.startsWith('0')) fixed = fixed.slice(1) || (decimals ? fixed : '0');
  const body = intPart.includes(',') ? group(fixed) : fixed;
  const before = code.slice(0, m.index);
  const after = code.slice(m.index + core.length);
  const lit = (s: string) => s.replace(/\u0000(\d+)\u0000/g, (_, i) => literal[Number(i)]);
  return lit(before) + body + lit(after);
}
