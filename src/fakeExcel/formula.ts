import type { Rect } from '../core/grid/address';
import { MAX_COLS, MAX_ROWS, parseAddress } from './address';
import { roundDown, roundHalfUp, roundUp, XlError, type Scalar } from './values';

/** A parsed formula. */
export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'ref'; sheet?: string; rect: Rect; range: boolean }
  | { t: 'name'; name: string }
  | { t: 'unary'; op: '-' | '+' | '%'; a: Node }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'call'; name: string; args: Node[] };

/** What a formula reads: cell values of its own or another sheet. A missing sheet gives #REF!. */
export interface FormulaInputs {
  /** The value of one cell; undefined when blank. */
  cell(sheet: string | undefined, row: number, col: number): Scalar | undefined;
  /** The non-blank values of a rectangle. */
  cells(sheet: string | undefined, rect: Rect): Scalar[] | XlError;
}

/** The functions the evaluator knows; a formula calling anything else falls back to its cached result. */
export const FUNCTIONS = [
  'SUM',
  'MIN',
  'MAX',
  'AVERAGE',
  'COUNT',
  'ROUND',
  'ROUNDDOWN',
  'ROUNDUP',
  'ABS',
  'IF',
  'IFERROR',
  'AND',
  'OR',
  'NOT',
  'HYPERLINK',
];

type Tok = { k: 'num' | 'str' | 'err' | 'id' | 'sheet' | 'op'; v: string };

const ERRORS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!'];

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ k: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new SyntaxError('unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      out.push({ k: 'str', v: s });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(rest);
      if (!m) throw new SyntaxError('bad sheet reference');
      out.push({ k: 'sheet', v: m[1].replace(/''/g, "'") });
      i += m[0].length;
      continue;
    }
    if (ch === '#') {
      const e = ERRORS.find((x) => rest.toUpperCase().startsWith(x));
      if (!e) throw new SyntaxError('bad error literal');
      out.push({ k: 'err', v: e });
      i += e.length;
      continue;
    }
    const id = /^[\p{L}_$][\p{L}\p{N}_.$]*/u.exec(rest);
    if (id) {
      if (src[i + id[0].length] === '!') {
        out.push({ k: 'sheet', v: id[0] });
        i += id[0].length + 1;
      } else {
        out.push({ k: 'id', v: id[0] });
        i += id[0].length;
      }
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&%=<>(),:])/.exec(rest);
    if (!op) throw new SyntaxError(`unexpected ${ch}`);
    out.push({ k: 'op', v: op[0] });
    i += op[0].length;
  }
  return out;
}

const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const COLUMN = /^\$?[A-Za-z]{1,3}$/;

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): Node {
    const n = this.compare();
    if (this.i < this.toks.length) throw new SyntaxError(`unexpected ${this.toks[this.i].v}`);
    return n;
  }
  private peek(v?: string): Tok | undefined {
    const t = this.toks[this.i];
    return v === undefined || (t && t.k === 'op' && t.v === v) ? t : undefined;
  }
  private eat(v: string): boolean {
    if (!this.peek(v)) return false;
    this.i++;
    return true;
  }
  private compare(): Node {
    let a = this.concat();
    for (;;) {
      const t = this.toks[this.i];
      if (!t || t.k !== 'op' || !['=', '<>', '<', '>', '<=', '>='].includes(t.v)) return a;
      this.i++;
      a = { t: 'bin', op: t.v, a, b: this.concat() };
    }
  }
  private concat(): Node {
    let a = this.additive();
    while (this.eat('&')) a = { t: 'bin', op: '&', a, b: this.additive() };
    return a;
  }
  private additive(): Node {
    let a = this.term();
    for (;;) {
      if (this.eat('+')) a = { t: 'bin', op: '+', a, b: this.term() };
      else if (this.eat('-')) a = { t: 'bin', op: '-', a, b: this.term() };
      else return a;
    }
  }
  private term(): Node {
    let a = this.power();
    for (;;) {
      if (this.eat('*')) a = { t: 'bin', op: '*', a, b: this.power() };
      else if (this.eat('/')) a = { t: 'bin', op: '/', a, b: this.power() };
      else return a;
    }
  }
  private power(): Node {
    let a = this.percent();
    while (this.eat('^')) a = { t: 'bin', op: '^', a, b: this.percent() };
    return a;
  }
  private percent(): Node {
    let a = this.unary();
    while (this.eat('%')) a = { t: 'unary', op: '%', a };
    return a;
  }
  private unary(): Node {
    if (this.eat('-')) return { t: 'unary', op: '-', a: this.unary() };
    if (this.eat('+')) return { t: 'unary', op: '+', a: this.unary() };
    return this.primary();
  }
  private primary(): Node {
    const t = this.toks[this.i++];
    if (!t) throw new SyntaxError('unexpected end');
    if (t.k === 'op' && t.v === '(') {
      const n = this.compare();
      if (!this.eat(')')) throw new SyntaxError('missing )');
      return n;
    }
    if (t.k === 'str') return { t: 'str', v: t.v };
    if (t.k === 'err') return { t: 'err', v: t.v };
    if (t.k === 'sheet') return this.reference(t.v, this.toks[this.i++]);
    if (t.k === 'num') {
      if (this.peek(':') && this.toks[this.i + 1]?.k === 'num') return this.reference(undefined, t);
      return { t: 'num', v: Number(t.v) };
    }
    if (t.k === 'id') {
      if (this.peek('(')) {
        this.i++;
        const args: Node[] = [];
        if (!this.eat(')')) {
          do args.push(this.peek(',') || this.peek(')') ? { t: 'str', v: '' } : this.compare());
          while (this.eat(','));
          if (!this.eat(')')) throw new SyntaxError('missing )');
        }
        return { t: 'call', name: t.v.toUpperCase(), args };
      }
      if (CELL.test(t.v) || (COLUMN.test(t.v) && this.peek(':'))) return this.reference(undefined, t);
      if (/^(TRUE|FALSE)$/i.test(t.v)) return { t: 'bool', v: t.v.toUpperCase() === 'TRUE' };
      return { t: 'name', name: t.v };
    }
    throw new SyntaxError(`unexpected ${t.v}`);
  }
  /** A cell, a range A1:B2, whole columns A:C or whole rows 1:3, after an optional sheet prefix. */
  private reference(sheet: string | undefined, first: Tok | undefined): Node {
    if (!first || (first.k !== 'id' && first.k !== 'num')) throw new SyntaxError('bad reference');
    let text = first.v;
    if (this.eat(':')) {
      const second = this.toks[this.i++];
      if (!second || (second.k !== 'id' && second.k !== 'num')) throw new SyntaxError('bad range');
      text += ':' + second.v;
    }
    const parsed = parseAddress(text);
    if (!parsed) throw new SyntaxError(`bad reference ${text}`);
    return { t: 'ref', sheet, rect: parsed.rect, range: text.includes(':') };
  }
}

const cache = new Map<string, Node | SyntaxError>();

/** Parses a formula ("=…" or without the "="); throws SyntaxError when it is not one the fake understands. */
export function parseFormula(formula: string): Node {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  let n = cache.get(src);
  if (!n) {
    try {
      n = new Parser(tokenize(src)).parse();
    } catch (e) {
      n = e instanceof SyntaxError ? e : new SyntaxError(String(e));
    }
    if (cache.size > 10000) cache.clear();
    cache.set(src, n);
  }
  if (n instanceof SyntaxError) throw n;
  return n;
}

/** Tells whether every function and name of a formula is one the evaluator knows. */
export function isSupported(n: Node): boolean {
  switch (n.t) {
    case 'name':
      return false;
    case 'call':
      return FUNCTIONS.includes(n.name) && n.args.every(isSupported);
    case 'unary':
      return isSupported(n.a);
    case 'bin':
      return isSupported(n.a) && isSupported(n.b);
    default:
      return true;
  }
}

type Val = Scalar | undefined | { range: Scalar[] };

/** Evaluates a parsed formula; blank results become 0, as a cell showing =A1 of a blank A1 does. */
export function evaluate(n: Node, inputs: FormulaInputs): Scalar {
  const v = ev(n, inputs);
  if (v === undefined) return 0;
  if (typeof v === 'object' && 'range' in v) return new XlError('#VALUE!');
  return v;
}

function isErr(v: unknown): v is XlError {
  return v instanceof XlError;
}

function ev(n: Node, inp: FormulaInputs): Val {
  switch (n.t) {
    case 'num':
    case 'str':
    case 'bool':
      return n.v;
    case 'err':
      return new XlError(n.v);
    case 'name':
      return new XlError('#NAME?');
    case 'ref': {
      if (!n.range) return inp.cell(n.sheet, n.rect.top, n.rect.left);
      const vals = inp.cells(n.sheet, n.rect);
      return isErr(vals) ? vals : { range: vals };
    }
    case 'unary': {
      const a = num(ev(n.a, inp));
      if (isErr(a)) return a;
      return n.op === '-' ? -a : n.op === '%' ? a / 100 : a;
    }
    case 'bin':
      return binary(n.op, ev(n.a, inp), ev(n.b, inp));
    case 'call':
      return call(n.name, n.args, inp);
  }
}

/** A value as a number for arithmetic: blank 0, booleans 1/0, numeric text parsed, other text #VALUE!. */
function num(v: Val): number | XlError {
  if (v === undefined || v === '') return 0;
  if (isErr(v)) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim();
    return t !== '' && Number.isFinite(Number(t)) ? Number(t) : new XlError('#VALUE!');
  }
  return new XlError('#VALUE!');
}

function text(v: Val): string | XlError {
  if (v === undefined) return '';
  if (isErr(v)) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  if (typeof v === 'string') return v;
  return new XlError('#VALUE!');
}

function bool(v: Val): boolean | XlError {
  if (v === undefined) return false;
  if (isErr(v)) return v;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    if (/^true$/i.test(v)) return true;
    if (/^false$/i.test(v)) return false;
  }
  return new XlError('#VALUE!');
}

function binary(op: string, a: Val, b: Val): Val {
  if (op === '&') {
    const [x, y] = [text(a), text(b)];
    return isErr(x) ? x : isErr(y) ? y : x + y;
  }
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) return compare(op, a, b);
  const [x, y] = [num(a), num(b)];
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new XlError('#DIV/0!') : x / y;
    default: {
      const p = Math.pow(x, y);
      return Number.isFinite(p) ? p : new XlError('#NUM!');
    }
  }
}

function compare(op: string, a: Val, b: Val): Val {
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  if ((a !== undefined && typeof a === 'object') || (b !== undefined && typeof b === 'object')) return new XlError('#VALUE!');
  // A blank compares as 0 with a number, "" with text, FALSE with a boolean.
  const blank = (other: Val): Scalar => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const x = (a === undefined ? blank(b) : a) as number | string | boolean;
  const y = (b === undefined ? blank(a) : b) as number | string | boolean;
  const rank = (v: number | string | boolean) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === 'string') c = x.toLowerCase() < String(y).toLowerCase() ? -1 : x.toLowerCase() > String(y).toLowerCase() ? 1 : 0;
  else c = x < y ? -1 : x > y ? 1 : 0;
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

/** The numbers of aggregate arguments: numbers in ranges (text and booleans skipped), direct arguments coerced. */
function numbers(args: Node[], inp: FormulaInputs): number[] | XlError {
  const out: number[] = [];
  for (const a of args) {
    const v = ev(a, inp);
    if (v !== undefined && typeof v === 'object' && 'range' in v) {
      for (const x of v.range) {
        if (isErr(x)) return x;
        if (typeof x === 'number') out.push(x);
      }
      continue;
    }
    if (a.t === 'ref' && (v === undefined || typeof v === 'string' || typeof v === 'boolean')) continue; // a referenced non-number is skipped
    const x = num(v);
    if (isErr(x)) return x;
    out.push(x);
  }
  return out;
}

function call(name: string, args: Node[], inp: FormulaInputs): Val {
  const arg = (i: number) => (i < args.length ? ev(args[i], inp) : undefined);
  const nums = () => numbers(args, inp);
  switch (name) {
    case 'SUM': {
      const ns = nums();
      return isErr(ns) ? ns : ns.reduce((s, x) => s + x, 0);
    }
    case 'MIN':
    case 'MAX': {
      const ns = nums();
      if (isErr(ns)) return ns;
      return ns.length === 0 ? 0 : name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
    }
    case 'AVERAGE': {
      const ns = nums();
      if (isErr(ns)) return ns;
      return ns.length === 0 ? new XlError('#DIV/0!') : ns.reduce((s, x) => s + x, 0) / ns.length;
    }
    case 'COUNT': {
      let c = 0;
      for (const a of args) {
        const v = ev(a, inp);
        if (v !== undefined && typeof v === 'object' && 'range' in v) c += v.range.filter((x) => typeof x === 'number').length;
        else if (typeof v === 'number') c++;
      }
      return c;
    }
    case 'ROUND':
    case 'ROUNDDOWN':
    case 'ROUNDUP': {
      if (args.length !== 2) return new XlError('#VALUE!');
      const [x, p] = [num(arg(0)), num(arg(1))];
      if (isErr(x)) return x;
      if (isErr(p)) return p;
      const places = Math.trunc(p);
      return name === 'ROUND' ? roundHalfUp(x, places) : name === 'ROUNDDOWN' ? roundDown(x, places) : roundUp(x, places);
    }
    case 'ABS': {
      const x = num(arg(0));
      return isErr(x) ? x : Math.abs(x);
    }
    case 'IF': {
      const c = bool(arg(0));
      if (isErr(c)) return c;
      if (c) return args.length > 1 ? (arg(1) ?? 0) : true;
      return args.length > 2 ? (arg(2) ?? 0) : false;
    }
    case 'IFERROR': {
      const v = arg(0);
      return isErr(v) ? arg(1) : v;
    }
    case 'AND':
    case 'OR': {
      const bs = args.map((_, i) => bool(arg(i)));
      const e = bs.find(isErr);
      if (e) return e;
      return name === 'AND' ? bs.every((b) => b === true) : bs.some((b) => b === true);
    }
    case 'NOT': {
      const b = bool(arg(0));
      return isErr(b) ? b : !b;
    }
    case 'HYPERLINK': {
      const shown = args.length > 1 ? arg(1) : arg(0);
      return shown === undefined ? 0 : shown;
    }
    default:
      return new XlError('#NAME?');
  }
}

/** The rectangles a formula reads, by sheet (undefined = its own sheet); for tests and dependency checks. */
export function references(n: Node, out: { sheet?: string; rect: Rect }[] = []): { sheet?: string; rect: Rect }[] {
  if (n.t === 'ref') out.push({ sheet: n.sheet, rect: n.rect });
  else if (n.t === 'unary') references(n.a, out);
  else if (n.t === 'bin') (references(n.a, out), references(n.b, out));
  else if (n.t === 'call') n.args.forEach((a) => references(a, out));
  return out;
}

/** Tells whether a rectangle spans whole rows or columns. */
export function isWhole(r: Rect): boolean {
  return (r.top === 0 && r.bottom === MAX_ROWS - 1) || (r.left === 0 && r.right === MAX_COLS - 1);
}
