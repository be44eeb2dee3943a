import type { NumCell, FundsLine, Pos, UnreadAt } from '../model';
import type { FormResult } from '../compute/computeForm';
import { fillTerm, joinTerms, TERMS } from '../i18n/catalogue';
import { indicatorNumber } from '../read/indicatorRow';
import { a1 } from '../grid/address';
import type { Localised } from './finding';
import { explained, type Rule, type RuleContext } from './rule';
import { deviates } from './scoreRules';

type ReadKind = NumCell['read']['kind'];

/**
 * The cells of a form that must hold a number (funds amounts, 分值, 执行率, 得分, 总分) and whose read is of one of
 * `kinds`, each with its name for the message. Names are built only for the cells returned.
 */
function numberCells({ result }: RuleContext, kinds: ReadonlySet<ReadKind>): { cell: NumCell; field: Localised }[] {
  const f = result.form;
  const out: { cell: NumCell; field: Localised }[] = [];
  const take = (cell: NumCell | null, name: string | Localised, column: Localised) => {
    if (!cell || cell.col < 0 || !kinds.has(cell.read.kind)) return;
    const n = typeof name === 'string' ? { 'zh-CN': `“${name}”`, 'en-US': `"${name}"` } : name;
    out.push({ cell, field: joinPair(n, column) });
  };
  const line = (l: FundsLine, name: string | Localised) => {
    take(l.initial, name, TERMS.initial);
    take(l.adjusted, name, TERMS.adjusted);
    take(l.executed, name, TERMS.executed);
    take(l.weight, name, TERMS.weight);
    take(l.rate, name, TERMS.rate);
    take(l.score, name, TERMS.score);
  };
  if (f.funds?.total) line(f.funds.total, TERMS.fundsTotalLine);
  for (const l of f.funds?.sources ?? []) if (l.role === 'source') line(l, l.name);
  for (const r of result.indicators) {
    // The read's kind is looked at before a cell is made: most indicators' cells hold numbers and make none.
    const i = r.indicator;
    if (kinds.has(i.weight.kind)) take(indicatorNumber(i, 'weight'), i.name, TERMS.weight);
    if (kinds.has(i.score.kind)) take(indicatorNumber(i, 'score'), i.name, TERMS.score);
  }
  if (f.total) {
    take(f.total.weight, TERMS.totalLine, TERMS.weight);
    take(f.total.score, TERMS.totalLine, TERMS.score);
  }
  return out;
}

const BAD: ReadonlySet<ReadKind> = new Set(['invalid', 'error']);
const UNCACHED: ReadonlySet<ReadKind> = new Set(['uncached']);

function joinPair(a: Localised, b: Localised): Localised {
  return { 'zh-CN': `${a['zh-CN']}${b['zh-CN']}`, 'en-US': `${a['en-US']} ${b['en-US'].toLowerCase()}` };
}

/** The parts of a form that could not be read: what the reader recorded, and what the computed form shows missing. */
export function unreadParts(result: FormResult): UnreadAt[] {
  const f = result.form;
  const parts = [...f.layout.unread];
  const header = f.indicatorHeader;
  if (header && result.indicators.length) {
    const at = (part: UnreadAt['part'], text = ''): UnreadAt => ({ part, row: header.row, col: header.col, text });
    const scored = result.indicators.some((r) => r.indicator.columns.score >= 0 || r.indicator.columns.coefficient >= 0);
    // A table with neither 分值 nor 得分 (a transfer-payment template) scores nothing: there is nothing left unread.
    const weighted = result.indicators.some((r) => r.indicator.columns.weight >= 0) || result.levels.some((l) => l.stated);
    if (!scored && weighted) parts.push(at('scoreColumn'));
    else if (scored && !f.total) parts.push(at('totalRow'));
    // A 部门整体 form has no place for reasons by design: its deviations are not a part left unread.
    if (f.kind !== 'department' && result.indicators.every((r) => r.indicator.columns.reason < 0)) {
      const n = result.indicators.filter((r) => (deviates(r) || r.quantitative?.overachieved) && !explained(r)).length;
      if (n) parts.push(at('reasonColumn', String(n)));
    }
  }
  return parts;
}

/** The form-wide rules: parts missing or unread, and cells that must hold a number but do not. */
export const FORM_RULES: Record<'form.incomplete' | 'form.unread' | 'value.unparseable' | 'value.uncalculated', Rule> = {
  'form.incomplete': {
    id: 'form.incomplete',
    severity: 'error',
    check: ({ result }) => {
      const f = result.form;
      const missing: Localised[] = [];
      const unread = (part: UnreadAt['part']) => f.layout.unread.some((u) => u.part === part);
      if (!f.funds && !f.fundsLabel && !unread('fundsBlock')) missing.push(TERMS.fundsBlock);
      else if (f.funds && !f.funds.total && f.funds.sources.length === 0) missing.push(TERMS.fundsTotal);
      if (!f.indicatorHeader) missing.push(TERMS.indicatorHeader);
      return missing.length ? [{ at: f.start, params: { missing: joinTerms(missing) } }] : [];
    },
  },
  'form.unread': {
    id: 'form.unread',
    severity: 'info',
    check: (ctx) => {
      const parts = unreadParts(ctx.result);
      if (!parts.length) return [];
      const at: Pos = parts[0];
      return [
        {
          at,
          params: { parts: joinTerms(parts.map((p) => fillTerm(TERMS[`unread_${p.part}`], { text: p.text, cell: a1(p.row, p.col) }))) },
        },
      ];
    },
  },
  'value.unparseable': {
    id: 'value.unparseable',
    severity: 'error',
    check: (ctx) =>
      numberCells(ctx, BAD).map(({ cell, field }) => ({
        at: cell,
        params: { field },
        found: cell.read.kind === 'invalid' ? cell.read.text : cell.read.kind === 'error' ? cell.read.code : null,
      })),
  },
  'value.uncalculated': {
    id: 'value.uncalculated',
    severity: 'error',
    check: (ctx) =>
      numberCells(ctx, UNCACHED).map(({ cell, field }) => ({
        at: cell,
        params: { field, formula: cell.read.kind === 'uncached' ? cell.read.formula : '' },
        found: null,
      })),
  },
};
