import type { Rect } from '../core/grid/address';
import { parseAddress } from './address';
import type { Scalar, XlError } from './values';

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
