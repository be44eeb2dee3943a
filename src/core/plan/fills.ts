import type { Dec, Rounding } from '../calc';
import type { FormResult } from '../compute/computeForm';
import { totalOverWeight } from '../rules/overWeight';
import { a1 } from '../grid/address';
import type { Grid } from '../grid/grid';
import type { NumCell, Pos } from '../model';
import type { NumberRead } from '../parse/cellNumber';
import { indicatorCell } from '../read/indicatorRow';

/** What a filled cell holds. */
export type FillKind = 'rate' | 'budget-score' | 'indicator-score' | 'total';

/** One cell that Fill in writes. */
export interface CellFill {
  sheet: string;
  row: number;
  col: number;
  /** A1 address. */
  cell: string;
  kind: FillKind;
  /** The exact value, as a decimal. */
  value: Dec;
  /** A live formula without "=", written when every input is a plain numeric cell; else null and the value is written. */
  formula: string | null;
  /** The number format to set ("0.00%" for rates), or null to keep the cell's own. */
  format: string | null;
}

const ROUND_FN: Partial<Record<Rounding['mode'], string>> = { 'half-up': 'ROUND', down: 'ROUNDDOWN' };

/** A number stored as a number, not as text, and usable in a formula. */
function plainNumber(c: NumCell | null | undefined): boolean {
  return !!c && plainRead(c.read);
}

function plainRead(r: NumberRead): boolean {
  return r.kind === 'number' && !r.asText;
}

/** Plans the cells Fill in writes for one form: 执行率, the budget 得分, computable blank indicator scores and 总分. */
export function planFills(r: FormResult, rounding: Rounding): CellFill[] {
  const out: CellFill[] = [];
  const sheet = r.form.sheet;
  const put = (at: Pos, kind: FillKind, value: Dec, formula: string | null, format: string | null) =>
    out.push({ sheet, row: at.row, col: at.col, cell: a1(at.row, at.col), kind, value, formula, format });
  const t = r.form.funds?.total;
  const round = ROUND_FN[rounding.mode];
  const decimals = Math.max(0, rounding.ratePlaces - 2);
  const rateFormat = decimals ? `0.${'0'.repeat(decimals)}%` : '0%';

  if (t?.rate && r.rate && t.adjusted && t.executed) {
    const live = plainNumber(t.adjusted) && plainNumber(t.executed);
    put(t.rate, 'rate', r.rate, live ? `${ref(t.executed)}/${ref(t.adjusted)}` : null, rateFormat);
  }
  if (t?.score && r.budgetScore && r.budgetWeight) {
    const budgetWeight = r.budgetWeight;
    const rateCell = t.rate ? ref(t.rate) : null;
    const weightBlank = !t.weight || t.weight.read.kind === 'blank';
    const weight = plainNumber(t.weight) ? ref(t.weight as NumCell) : weightBlank ? budgetWeight.toFixed() : null;
    // The formula gives the value only for a rate ≥ 0 and a 分值 of at most scorePlaces decimals (see computeForm).
    const exact = !r.rate?.isNegative() && budgetWeight.decimalPlaces() <= rounding.scorePlaces;
    const live = round && rateCell && weight && exact && out.some((f) => f.kind === 'rate');
    put(t.score, 'budget-score', r.budgetScore, live ? `${round}(MIN(${rateCell},1)*${weight},${rounding.scorePlaces})` : null, null);
  }
  for (const ind of r.indicators) {
    const computed = ind.quantitative?.score;
    if (!computed || ind.recorded) continue;
    const i = ind.indicator;
    if (i.score.kind === 'blank' && i.columns.score >= 0) {
      put(indicatorCell(i, 'score'), 'indicator-score', computed, null, null);
    }
  }
  const total = r.form.total?.score;
  if (total && r.total && total.col >= 0 && !totalOverWeight(r)) {
    put(total, 'total', r.total, totalFormula(r, round, rounding.scorePlaces), null);
  }
  return out;
}

/** ROUND(budget+SUM(first:last)) when the scores form one plain numeric column and no cap applies; else null. */
function totalFormula(r: FormResult, round: string | undefined, places: number): string | null {
  const budget = r.form.funds?.total?.score;
  if (!round || !budget || r.indicators.length === 0) return null;
  if (r.capped) return null;
  // One plain numeric column, and no row between the first and last indicator that is not one (the SUM would add it):
  // indicators come one a row, in order, so their rows must run without a gap.
  const first = r.indicators[0].indicator;
  const col = first.columns.score;
  let last = first.row - 1;
  for (const { indicator: i } of r.indicators) {
    if (i.columns.score !== col || i.row !== last + 1) return null;
    // A blank score the officer has yet to give counts 0 now, and its value once typed: the formula stays live.
    if (!(plainRead(i.score) || i.score.kind === 'blank')) return null;
    last = i.row;
  }
  return `${round}(${ref(budget)}+SUM(${a1(first.row, col)}:${a1(last, col)}),${places})`;
}

function ref(p: Pos): string {
  return a1(p.row, p.col);
}

/** The grids as they will be once Fill in wrote its cells: each filled cell holds its value, formula and format. */
export function applyFills(grids: readonly Grid[], fills: readonly CellFill[]): Grid[] {
  const bySheet = new Map<string, CellFill[]>();
  for (const f of fills) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  return grids.map((g) => {
    const mine = bySheet.get(g.name);
    if (!mine) return g;
    const rows = g.rows.map((r) => (r ? [...r] : r));
    for (const f of mine) {
      const old = rows[f.row]?.[f.col];
      const fmt = f.format ?? old?.fmt;
      (rows[f.row] ??= [])[f.col] = { v: f.value.toNumber(), ...(f.formula ? { f: f.formula } : {}), ...(fmt ? { fmt } : {}) };
    }
    return { ...g, rows };
  });
}
