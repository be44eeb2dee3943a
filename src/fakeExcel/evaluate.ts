/** Evaluation of parsed formulas: arithmetic, comparisons, text joining and the functions in FUNCTIONS. */
import type { FormulaInputs, Node } from './formula';
import { roundDown, roundHalfUp, roundUp, XlError, type Scalar } from './values';

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
