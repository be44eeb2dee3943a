import type { Sheet } from '../grid/grid';
import { cellText, isBlank } from '../grid/cell';
import { classify, unitOf, yearOf, type LabelKind } from '../locate/labels';
import type { Anchor, FormLocation } from '../locate/locateForms';
import { readNumber, type NumberKind, type NumberRead } from '../parse/cellNumber';
import { sharedColumns } from './indicatorRow';
import { labelKey } from '../parse/text';
import type { Form, Funds, FundsLine, Indicator, IndicatorColumns, IndicatorLevels, Level1, NumCell, TextCell, TotalLine } from '../model';

type Columns = Partial<Record<LabelKind, { col: number; right: number }>>;

/** Reads one located form: header, funds block, goals, indicator table and 总分 row. */
export function readForm(sheet: Sheet, loc: FormLocation): Form {
  const first = (kind: LabelKind, from = loc.top, to = loc.bottom): Anchor | undefined =>
    loc.anchors.find((a) => a.kind === kind && a.row >= from && a.row <= to);
  const start = loc.anchors[0];
  const level1Header = loc.anchors.find(
    (a) => a.kind === 'level1' && loc.anchors.some((b) => b.row === a.row && (b.kind === 'level2' || b.kind === 'level3')),
  );
  const totalAnchors = loc.anchors.filter((a) => a.kind === 'total' && (!level1Header || a.row > level1Header.row));
  const totalAnchor = totalAnchors[totalAnchors.length - 1];
  const goalsAnchor = first('goals');
  const title = first('title');
  const yearAnchor = first('year');
  const fundsAnchor = first('funds');

  const tableEnd = totalAnchor ? totalAnchor.row - 1 : loc.bottom;
  const indicatorCols = level1Header ? columnsOn(loc, level1Header.row, sheet) : {};
  const fundsEnd = Math.min(goalsAnchor?.row ?? Infinity, level1Header?.row ?? Infinity, loc.bottom + 1) - 1;

  return {
    sheet: sheet.name,
    rect: { top: loc.top, bottom: loc.bottom, left: Math.min(...loc.anchors.map((a) => a.col)), right: rightEdge(sheet, loc) },
    start: { row: start.row, col: start.col },
    year: (title && yearOf(title.text)) || (yearAnchor && yearOf(yearAnchor.text)) || null,
    project: textRightOf(sheet, first('project')),
    department: textRightOf(sheet, first('department')),
    agency: textRightOf(sheet, first('agency')),
    fundsLabel: fundsAnchor ? { row: fundsAnchor.row, col: fundsAnchor.col } : null,
    funds: readFunds(sheet, loc, fundsAnchor, fundsEnd),
    goals: goalsAnchor ? readGoals(sheet, loc, goalsAnchor) : null,
    indicatorHeader: level1Header ? { row: level1Header.row, col: level1Header.col } : null,
    indicators: level1Header ? readIndicators(sheet, loc, level1Header.row + 1, tableEnd, indicatorCols) : [],
    total: totalAnchor ? readTotal(sheet, totalAnchor, indicatorCols) : null,
  };
}

/** The form's last column: its rightmost non-blank cell or merge, within the columns it may use. */
function rightEdge(sheet: Sheet, loc: FormLocation): number {
  let right = 0;
  for (let r = loc.top; r <= loc.bottom; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = Math.min(row.length - 1, loc.right); c > right; c--) {
      if (!isBlank(row[c])) {
        right = sheet.spanRight(r, c);
        break;
      }
    }
  }
  for (const m of sheet.merges) if (m.top >= loc.top && m.top <= loc.bottom && m.right > right && m.left <= loc.right) right = m.right;
  return right;
}

function columnsOn(loc: FormLocation, row: number, sheet: Sheet): Columns {
  const cols: Columns = {};
  for (const a of loc.anchors) {
    if (a.row === row && !cols[a.kind]) cols[a.kind] = { col: a.col, right: sheet.spanRight(a.row, a.col) };
  }
  return cols;
}

/** The first non-blank text to the right of a label on its row, stopping at the next label. */
function textRightOf(sheet: Sheet, label: Anchor | undefined): string {
  if (!label) return '';
  for (let c = sheet.spanRight(label.row, label.col) + 1; c < sheet.colCount; c++) {
    if (sheet.isCovered(label.row, c)) continue;
    const cell = sheet.at(label.row, c);
    if (isBlank(cell)) continue;
    const text = cellText(cell);
    if (classify(text)) return '';
    return text.trim();
  }
  return '';
}

type Span = { col: number; right: number } | undefined;

/**
 * The column of a value under a header: when the header spans several columns, the first non-blank of them (seen as
 * Excel shows merged cells when `shown`); −1 without a header.
 */
function colIn(sheet: Sheet, row: number, span: Span, shown: boolean): number {
  if (!span) return -1;
  for (let c = span.col; c < span.right; c++) if (!blankAt(sheet, row, c, shown)) return c;
  // The last column (the only one, usually) is the answer whether it is blank or not.
  return span.col === span.right || !blankAt(sheet, row, span.right, shown) ? span.right : span.col;
}

function blankAt(sheet: Sheet, row: number, col: number, shown: boolean): boolean {
  return isBlank(shown ? sheet.shown(row, col) : sheet.at(row, col));
}

const numCol = (sheet: Sheet, row: number, span: Span) => colIn(sheet, row, span, false);
const textCol = (sheet: Sheet, row: number, span: Span) => colIn(sheet, row, span, true);

function textAt(sheet: Sheet, row: number, col: number): string {
  return col < 0 ? '' : cellText(sheet.shown(row, col)).trim();
}

function readAt(sheet: Sheet, row: number, col: number, kind: NumberKind = 'plain'): NumberRead {
  return col < 0 ? BLANK : readNumber(sheet.at(row, col), kind);
}

const BLANK: NumberRead = { kind: 'blank' };

/** A number cell under a header, or null without the header. */
function numIn(sheet: Sheet, row: number, span: Span, kind: NumberKind = 'plain'): NumCell | null {
  if (!span) return null;
  const col = numCol(sheet, row, span);
  return { row, col, read: readAt(sheet, row, col, kind) };
}

function textIn(sheet: Sheet, row: number, span: Span): TextCell {
  const col = textCol(sheet, row, span);
  return { row, col, text: textAt(sheet, row, col) };
}

const FUNDS_LINES = ['fundsTotal', 'fundsCurrent', 'fundsCarryover', 'fundsOther'] as const;

const UNIT_ONLY = /^\(?(单位:)?(万元|元)\)?$/;

/** The unit written in a cell of its own beside the funds label ("项目资金" | "（万元）"), or under it; null if none. */
function unitBeside(sheet: Sheet, label: Anchor): '元' | '万元' | null {
  const right = sheet.spanRight(label.row, label.col) + 1;
  for (const [row, col] of [
    [label.row, right],
    [label.row + 1, label.col],
  ]) {
    const m = UNIT_ONLY.exec(labelKey(textAt(sheet, row, col)));
    if (m) return m[2] as '元' | '万元';
  }
  return null;
}

function readFunds(sheet: Sheet, loc: FormLocation, label: Anchor | undefined, end: number): Funds | null {
  if (!label) return null;
  const header = loc.anchors.find((a) => (a.kind === 'adjusted' || a.kind === 'executed') && a.row >= label.row && a.row <= label.row + 2);
  if (!header) return null;
  const cols = columnsOn(loc, header.row, sheet);
  const unitCell = loc.anchors.find((a) => a.kind === 'unit' && a.row <= header.row);
  const unit = unitOf(label.text) ?? unitBeside(sheet, label) ?? (unitCell && unitOf(unitCell.text)) ?? '元';
  const lines: Partial<Record<(typeof FUNDS_LINES)[number], FundsLine>> = {};
  for (const a of loc.anchors) {
    if (a.row <= header.row || a.row > end) continue;
    const k = FUNDS_LINES.find((x) => x === a.kind);
    if (!k || lines[k]) continue;
    // 分值, 执行率 and 得分 belong to the 年度资金总额 line; the source lines' cells under them are merged or blank.
    const total = k === 'fundsTotal';
    lines[k] = {
      label: { row: a.row, col: a.col },
      initial: numIn(sheet, a.row, cols.initial),
      adjusted: numIn(sheet, a.row, cols.adjusted),
      executed: numIn(sheet, a.row, cols.executed),
      weight: total ? numIn(sheet, a.row, cols.weight) : null,
      rate: total ? numIn(sheet, a.row, cols.rate, 'rate') : null,
      score: total ? numIn(sheet, a.row, cols.score) : null,
    };
  }
  return {
    label: { row: label.row, col: label.col },
    unit,
    total: lines.fundsTotal ?? null,
    current: lines.fundsCurrent ?? null,
    carryover: lines.fundsCarryover ?? null,
    other: lines.fundsOther ?? null,
  };
}

function readGoals(sheet: Sheet, loc: FormLocation, goals: Anchor): { expected: string; actual: string } {
  const near = (kind: LabelKind) => loc.anchors.find((a) => a.kind === kind && a.row >= goals.row - 1 && a.row <= goals.row + 2);
  const below = (a: Anchor | undefined): string => {
    if (!a) return '';
    const span = { col: a.col, right: sheet.spanRight(a.row, a.col) };
    for (let r = a.row + 1; r <= Math.min(a.row + 4, loc.bottom); r++) {
      const t = textIn(sheet, r, span).text;
      if (t && !classify(t)) return t;
    }
    return '';
  };
  return { expected: below(near('expected')), actual: below(near('achieved')) };
}

const LEVEL1: [string, Level1][] = [
  ['产出', '产出指标'],
  ['效益', '效益指标'],
  ['满意度', '满意度指标'],
  ['成本', '成本指标'],
];

const level1Names = new Map<string, Level1>();

/** The canonical name of a first-level indicator: "产出" and "产出指标" are both "产出指标". */
export function canonicalLevel1(text: string): Level1 {
  let name = level1Names.get(text);
  if (name === undefined) {
    const k = labelKey(text);
    name = LEVEL1.find(([prefix]) => k.startsWith(prefix))?.[1] ?? k;
    if (level1Names.size < 10000) level1Names.set(text, name);
  }
  return name;
}

function readIndicators(sheet: Sheet, loc: FormLocation, from: number, to: number, cols: Columns): Indicator[] {
  const out: Indicator[] = [];
  let levels: IndicatorLevels = { level1: '', level1At: { row: from, col: cols.level1?.col ?? 0 }, level2: '' };
  let shared: IndicatorColumns | null = null;
  const headerRows = new Set(loc.anchors.filter((a) => a.kind === 'level1' || a.kind === 'level3').map((a) => a.row));
  for (let r = from; r <= to; r++) {
    if (headerRows.has(r)) continue;
    const nameCol = textCol(sheet, r, cols.level3);
    const targetCol = textCol(sheet, r, cols.target);
    const actualCol = textCol(sheet, r, cols.actual);
    const weightCol = numCol(sheet, r, cols.weight);
    const scoreCol = numCol(sheet, r, cols.score);
    const name = textAt(sheet, r, nameCol);
    const target = textAt(sheet, r, targetCol);
    const actual = textAt(sheet, r, actualCol);
    const weight = readAt(sheet, r, weightCol);
    const score = readAt(sheet, r, scoreCol);
    const nameOwn = cols.level3 && !sheet.isCovered(r, nameCol) && name !== '';
    if (!nameOwn && !target && !actual && weight.kind === 'blank' && score.kind === 'blank') continue;
    let { level1, level1At, level2 } = levels;
    if (cols.level1) {
      const text = textAt(sheet, r, cols.level1.col);
      if (text) {
        const canon = canonicalLevel1(text);
        if (canon !== level1) {
          level1 = canon;
          const m = sheet.mergeOf(r, cols.level1.col);
          level1At = m ? { row: m.top, col: m.left } : { row: r, col: cols.level1.col };
          level2 = '';
        }
      }
    }
    if (cols.level2) {
      const text = textAt(sheet, r, cols.level2.col);
      if (text) level2 = text;
    }
    if (level1 !== levels.level1 || level2 !== levels.level2) levels = { level1, level1At, level2 };
    const reasonCol = textCol(sheet, r, cols.reason);
    const reason = textAt(sheet, r, reasonCol);
    shared = sharedColumns(shared, nameCol, targetCol, actualCol, reasonCol, weightCol, scoreCol);
    out.push({ row: r, levels, columns: shared, name, target, actual, reason, weight, score });
  }
  return out;
}

function readTotal(sheet: Sheet, label: Anchor, cols: Columns): TotalLine {
  let weight = numIn(sheet, label.row, cols.weight);
  let score = numIn(sheet, label.row, cols.score);
  if (!weight || !score) {
    const found: NumCell[] = [];
    for (let c = sheet.spanRight(label.row, label.col) + 1; c < sheet.colCount && found.length < 2; c++) {
      if (sheet.isCovered(label.row, c) || isBlank(sheet.at(label.row, c))) continue;
      found.push({ row: label.row, col: c, read: readNumber(sheet.at(label.row, c)) });
    }
    weight = weight ?? found[0] ?? null;
    score = score ?? found[1] ?? null;
  }
  return { label: { row: label.row, col: label.col }, weight, score };
}
