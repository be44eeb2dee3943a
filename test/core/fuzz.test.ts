/**
 * Engine fuzzing: generated grids, from pure noise to real forms with random damage, go through the whole engine
 * (analyse → planEdits → the CLI's JSON and text reports), and the engine must hold up:
 * - analyse() and planEdits() never throw;
 * - every finding, mark, fill and summary link points at a position on a sheet of the workbook: its sheet is one of
 *   the grid names, 0 ≤ row < the sheet's row extent and 0 ≤ col < its column extent (the extent is the bounding box
 *   of A1, the stored rows and cells and the merges), and its A1 address is that row and column;
 * - every computed score stays within 0..分值: an indicator's quantitative score when its 分值 w ≥ 0, the budget 得分
 *   when the budget 分值 ≥ 0 (and so does every fill of a score);
 * - every message is a non-empty string in both languages, with no template hole ("undefined", "{fill}").
 */
import fc from 'fast-check';
import {
  a1,
  analyse,
  computeForms,
  DEFAULT_PROFILE,
  makeProfile,
  messageOf,
  parseA1,
  planEdits,
  type Analysis,
  type FormResult,
  type Grid,
  type Lang,
} from '../../src/core';
import { dec } from '../../src/core/calc';
import { scoreQuantitative } from '../../src/core/compute/scoreIndicator';
import type { Cell } from '../../src/core/grid/cell';
import type { Rect } from '../../src/core/grid/address';
import { jsonReport } from '../../src/cli/jsonReport';
import { textReport } from '../../src/cli/table';
import { fixturePlans } from '../../scripts/fixtures/workbooks';
import { gridOf, gridsOfPlan, gridsOfSpec, seeds } from '../helpers/grids';
import { handMadeForm } from './locate/handMade';

// ---------------------------------------------------------------------------------------------------------------
// Cells

/** Every label the locator and the reader look for, in the spellings real forms use. */
const LABELS = [
  '财政项目支出绩效自评表',
  '2022年度财政项目支出绩效自评表',
  '(2022年度)',
  '（ 2022 年度 ）',
  '项目名称',
  '主管部门',
  '实施单位',
  '项目资金（元）',
  '项目资金（万元）',
  '项目资金',
  '单位：万元',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
  '年度资金总额',
  '其中：当年财政拨款',
  '上年结转资金',
  '其他资金',
  '年度总体目标',
  '预期目标',
  '实际完成情况',
  '绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '偏差原因分析及改进措施',
  '总分',
  '总 分',
  '产出指标',
  '效益指标',
  '满意度指标',
  '成本指标',
  '数量指标',
  '质量指标',
  '达成',
  '部分达成',
  '未达成',
];

/** Texts that stress the number, target and actual parsers. */
const WEIRD_TEXTS = [
  '',
  ' ',
  '\u3000',
  '\n',
  '—',
  '-',
  '/',
  '无',
  'N/A',
  '.00',
  '0',
  '-0',
  '+0',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e300',
  '-1e300',
  '1e-300',
  '1e308',
  '1e309',
  '1e99999999999',
  '0x1F',
  '1,212,480.41',
  '12,12',
  '(1,000)',
  '()',
  '(-5)',
  '¥1,000',
  '1,000元',
  '99.70%',
  '%',
  '100%%',
  '１２３',
  '１2３.4５',
  '１,２１２,４８０．４１',
  '９９．７０％',
  '1 000',
  'TRUE',
  '#DIV/0!',
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1)',
  '=HYPERLINK("http://x","y")',
  '≥500份',
  '=200项',
  '＝２００项',
  '>90%',
  '＞９０％',
  '≤ 5 天',
  '<0',
  '=0项',
  '≥0%',
  '=5-10家',
  '=10-5家',
  '活动：5次，签约：1项',
  '活动：0次，签约：0项',
  '不低于95%',
  '不超过1%',
  '控制在0元以内',
  '300项以上',
  '276项',
  '0项',
  '80%',
  '系统并发量800',
  '300余条',
  '大于90%',
  '不足5项',
  '完成',
  '100%完成',
  '符合',
  '举办6场培训',
  '活动5次签约0项',
  '9'.repeat(400) + '项',
  '≥' + '9'.repeat(400) + '项',
  '.' + '0'.repeat(300) + '1',
];

/** Long texts: never labels, and numbers that do not end. */
const ENORMOUS = ['9'.repeat(20000), '项'.repeat(20000), '≥1项，'.repeat(3000), '１'.repeat(5000) + '％', 'x'.repeat(100000)];

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  10,
  100,
  2.666,
  3.335,
  0.005,
  0.1 + 0.2,
  0.5,
  1.5,
  2,
  2.0000001,
  99.7,
  1e300,
  -1e300,
  5e-324,
  Number.MAX_VALUE,
  NaN,
  Infinity,
  -Infinity,
  1212480.41,
];
const ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];
const FORMATS = [undefined, undefined, '0.00%', '0%', '@', '#,##0.00', 'General', '0.00_);(0.00)', '"¥"#,##0.00'];

/** Characters to build texts from that the parsers care about. */
const SOUP = [
  ...'0123456789０１２３４５６７８９.．,，%％≥≤><=＝＞＜:：-~—至()（）¥元项份次人%e E+',
  '万元',
  '人次',
  '个工作日',
  '以上',
  '以内',
  '不低于',
  '达到',
  '余',
  '达成',
  '部分',
  '未',
  '总分',
  '得分',
  '分值',
  '\u3000',
  ' ',
  '\n',
];

const fmtArb = fc.constantFrom(...FORMATS);
const withFmt = (c: Cell, fmt: string | undefined): Cell => (fmt === undefined ? c : { ...c, fmt });

const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 4, arbitrary: fc.constantFrom(...WEIRD_TEXTS) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...SOUP), { maxLength: 12 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.double().map((d) => String(d)) },
  { weight: 1, arbitrary: fc.constantFrom(...LABELS).map((l) => l.split('').join(' ')) },
);

const numberArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 200 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e9 }).map((n) => n / 100) },
);

/** One cell of any kind a host may hand over, weird ones included; undefined is a blank. */
const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 40, arbitrary: fc.constant(undefined) },
  { weight: 10, arbitrary: fc.constant<Cell>({ v: null }) },
  { weight: 60, arbitrary: fc.tuple(textArb, fmtArb).map(([v, fmt]) => withFmt({ v }, fmt)) },
  { weight: 40, arbitrary: fc.tuple(numberArb, fmtArb).map(([v, fmt]) => withFmt({ v }, fmt)) },
  { weight: 10, arbitrary: fc.boolean().map((v): Cell => ({ v })) },
  { weight: 10, arbitrary: fc.constantFrom(...ERRORS).map((e): Cell => ({ v: null, e })) },
  {
    weight: 10,
    arbitrary: fc.oneof(
      fc.constant<Cell>({ v: null, f: 'SUM(C7:C9)' }),
      fc.constant<Cell>({ v: null, f: '', fmt: '0.00%' }),
      numberArb.map((v): Cell => ({ v, f: 'E6/D6', fmt: '0.00%' })),
      textArb.map((v): Cell => ({ v, f: 'A1' })),
      fc.constantFrom(...ERRORS).map((e): Cell => ({ v: null, e, f: 'E6/D6' })),
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom(...ENORMOUS).map((v): Cell => ({ v })) },
);

/** A merge anywhere near the grid, overlapping others or beyond the stored cells. */
const mergeArb = (rows: number, cols: number): fc.Arbitrary<Rect> =>
  fc
    .record({
      top: fc.nat(rows + 4),
      left: fc.nat(cols + 3),
      height: fc.oneof(fc.constant(0), fc.nat(6)),
      width: fc.oneof(fc.constant(0), fc.nat(4)),
    })
    .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

const SHEET_NAMES = [
  'Sheet1',
  '表1',
  '1 绿色技术银行综合管理与运行',
  "O'Brien's",
  '=1+1',
  '@SUM',
  '绩效自评汇总',
  '填报说明',
  'x'.repeat(31),
];

/** A noise grid: up to 40 × 15, rows and cells with holes, random merges. */
const noiseGridArb: fc.Arbitrary<Omit<Grid, 'name'>> = fc.integer({ min: 0, max: 40 }).chain((rows) =>
  fc.integer({ min: 0, max: 15 }).chain((cols) =>
    fc.record({
      rows: fc.sparseArray(fc.sparseArray(cellArb, { maxLength: cols }), { maxLength: rows }),
      merges: fc.array(mergeArb(rows, cols), { maxLength: 8 }),
    }),
  ),
);

/** A workbook of 1 to 3 noise sheets with distinct names. */
const noiseWorkbookArb: fc.Arbitrary<Grid[]> = fc
  .tuple(fc.array(noiseGridArb, { minLength: 1, maxLength: 3 }), fc.shuffledSubarray(SHEET_NAMES, { minLength: 3, maxLength: 3 }))
  .map(([grids, names]) => grids.map((g, i) => ({ name: names[i], ...g })));

// ---------------------------------------------------------------------------------------------------------------
// Almost forms: real forms with random damage

/** One change to a grid; positions are taken modulo the grid's size when applied. */
type Mutation =
  | { kind: 'set'; r: number; c: number; cell: Cell | undefined }
  | { kind: 'label'; r: number; c: number; text: string }
  | { kind: 'copy'; r: number; c: number; r2: number; c2: number }
  | { kind: 'widen'; r: number; c: number; mask: number }
  | { kind: 'deleteRow'; r: number; n: number }
  | { kind: 'duplicateRow'; r: number }
  | { kind: 'insertRows'; r: number; n: number }
  | { kind: 'swapRows'; r: number; r2: number }
  | { kind: 'shiftBlock'; r: number; n: number; c: number; by: number }
  | { kind: 'addMerge'; rect: Rect }
  | { kind: 'dropMerge'; i: number };

const pos = fc.nat(1000);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), r: pos, c: pos, cell: cellArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('label' as const), r: pos, c: pos, text: fc.constantFrom(...LABELS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('copy' as const), r: pos, c: pos, r2: pos, c2: pos }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('widen' as const), r: pos, c: pos, mask: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), r: pos, n: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicateRow' as const), r: pos }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insertRows' as const), r: pos, n: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapRows' as const), r: pos, r2: pos }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('shiftBlock' as const),
      r: pos,
      n: fc.integer({ min: 1, max: 12 }),
      c: pos,
      by: fc.integer({ min: -2, max: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addMerge' as const), rect: mergeArb(40, 10) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropMerge' as const), i: pos }) },
);

/** A copy of a grid whose rows and merges can be changed without touching the original (cells are replaced, never edited). */
function copyGrid(g: Grid): Grid {
  const rows: (Cell | undefined)[][] = [];
  g.rows.forEach((r, i) => (rows[i] = r.slice()));
  rows.length = g.rows.length;
  return { name: g.name, rows, merges: g.merges.map((m) => ({ ...m })) };
}

/** Full-width forms of some characters of a text ("1212480.41" → "１2１2480．41"), chosen by the bits of a mask. */
function widen(s: string, mask: number): string {
  let i = 0;
  return s.replace(/[0-9.,%]/g, (ch) => ((mask >> (i++ % 30)) & 1 ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch));
}

function apply(g: Grid, m: Mutation): void {
  const rows = g.rows;
  const height = Math.max(rows.length, 1);
  const width = Math.max(1, ...rows.map((r) => (r ? r.length : 0)));
  const R = (r: number) => r % (height + 2);
  const C = (c: number) => c % (width + 2);
  const row = (r: number) => (rows[r] ??= []);
  switch (m.kind) {
    case 'set':
      row(R(m.r))[C(m.c)] = m.cell;
      break;
    case 'label':
      row(R(m.r))[C(m.c)] = { v: m.text };
      break;
    case 'copy':
      row(R(m.r2))[C(m.c2)] = rows[R(m.r)]?.[C(m.c)];
      break;
    case 'widen': {
      const r = R(m.r);
      const c = C(m.c);
      const cell = rows[r]?.[c];
      if (cell && (typeof cell.v === 'number' || typeof cell.v === 'string')) row(r)[c] = { ...cell, v: widen(String(cell.v), m.mask) };
      break;
    }
    case 'deleteRow':
      rows.splice(m.r % height, m.n);
      break;
    case 'duplicateRow': {
      const r = m.r % height;
      rows.splice(r + 1, 0, (rows[r] ?? []).slice());
      break;
    }
    case 'insertRows':
      rows.splice(m.r % height, 0, ...Array.from({ length: m.n }, () => []));
      break;
    case 'swapRows': {
      const [a, b] = [m.r % height, m.r2 % height];
      [rows[a], rows[b]] = [rows[b] ?? [], rows[a] ?? []];
      break;
    }
    case 'shiftBlock': {
      // Moves the cells of some rows from column c on to the right (inserting blanks) or to the left (dropping cells).
      const top = m.r % height;
      for (let r = top; r < Math.min(top + m.n, rows.length); r++) {
        const cells = rows[r];
        if (!cells) continue;
        const c = C(m.c);
        if (m.by > 0) cells.splice(c, 0, ...Array.from({ length: m.by }, () => undefined));
        else if (m.by < 0) cells.splice(Math.max(0, c + m.by), -m.by);
      }
      break;
    }
    case 'addMerge':
      g.merges.push(m.rect);
      break;
    case 'dropMerge':
      if (g.merges.length) g.merges.splice(m.i % g.merges.length, 1);
      break;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The invariants

interface Extent {
  rows: number;
  cols: number;
}

/** The bounding box of a grid's stored rows and cells and of its merges; A1 is on every sheet, even an empty one. */
function extentOf(g: Grid): Extent {
  let rows = Math.max(1, g.rows.length);
  let cols = 1;
  for (const r of g.rows) if (r && r.length > cols) cols = r.length;
  for (const m of g.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows, cols };
}

class InvariantError extends Error {}

function fail(what: string): never {
  throw new InvariantError(what);
}

/** Asserts that a (sheet, row, col, A1) names a position on one of the workbook's sheets. */
function expectOnSheet(extents: Map<string, Extent>, what: string, p: { sheet: string; row: number; col: number; cell: string }): void {
  const e = extents.get(p.sheet);
  if (!e) fail(`${what} names sheet ${JSON.stringify(p.sheet)}, which is not in the workbook`);
  if (!Number.isInteger(p.row) || !Number.isInteger(p.col)) fail(`${what} at ${p.cell}: row ${p.row} / col ${p.col} are not integers`);
  if (p.row < 0 || p.col < 0) fail(`${what} at ${p.cell}: negative position row ${p.row}, col ${p.col}`);
  if (p.row >= e.rows || p.col >= e.cols)
    fail(`${what} at ${p.cell} (row ${p.row}, col ${p.col}) lies outside ${p.sheet}, ${e.rows} × ${e.cols}`);
  if (p.cell !== a1(p.row, p.col)) fail(`${what}: cell ${p.cell} is not row ${p.row}, col ${p.col}`);
}

const LANGS: Lang[] = ['zh-CN', 'en-US'];
const PROFILES = [DEFAULT_PROFILE, makeProfile({ capTotalByRate: true })];

/** Runs the whole engine on a workbook's grids and checks every invariant; returns the analysis and each form's full result. */
function checkWorkbook(grids: Grid[], profileIndex = 0): Analysis & { results: FormResult[] } {
  const profile = PROFILES[profileIndex];
  const analysis = analyse(grids, { profile });
  const results = computeForms(grids, { profile });
  const extents = new Map(grids.map((g) => [g.name, extentOf(g)]));
  const findings = [...analysis.forms.flatMap((f) => f.findings), ...analysis.findings];

  for (const f of findings) {
    expectOnSheet(extents, `finding ${f.rule}`, f);
    for (const lang of LANGS) {
      const m = messageOf(f, lang);
      if (typeof m !== 'string' || m.trim() === '') fail(`finding ${f.rule} at ${f.cell} has an empty ${lang} message`);
      if (/undefined|\{fill\}|\{expected\}|\{found\}/.test(m)) fail(`finding ${f.rule} at ${f.cell}: ${lang} message has a hole: ${m}`);
    }
  }

  for (const r of results) {
    const where = `${r.form.sheet}!${a1(r.form.start.row, r.form.start.col)}`;
    expectOnSheet(extents, `form start`, { sheet: r.form.sheet, ...r.form.start, cell: a1(r.form.start.row, r.form.start.col) });
    for (const ind of r.indicators) {
      const q = ind.quantitative;
      if (!q?.score || !ind.weight || ind.weight.isNegative()) continue;
      if (q.score.isNegative() || q.score.greaterThan(ind.weight) || !q.score.isFinite())
        fail(`${where}: indicator row ${ind.indicator.row + 1} scores ${q.score.toFixed()} of 分值 ${ind.weight.toFixed()}`);
    }
    if (r.budgetScore && r.budgetWeight && !r.budgetWeight.isNegative()) {
      if (r.budgetScore.isNegative() || r.budgetScore.greaterThan(r.budgetWeight) || !r.budgetScore.isFinite())
        fail(`${where}: budget 得分 ${r.budgetScore.toFixed()} of 分值 ${r.budgetWeight.toFixed()} (rate ${r.rate?.toFixed()})`);
    }
  }

  for (const lang of LANGS) {
    const plan = planEdits(analysis, lang);
    for (const fill of plan.fills) {
      expectOnSheet(extents, `${fill.kind} fill`, fill);
      if (!fill.value.isFinite()) fail(`${fill.kind} fill at ${fill.cell} is not finite`);
    }
    for (const mark of plan.marks) {
      expectOnSheet(extents, `mark`, mark);
      if (!mark.note.trim()) fail(`mark at ${mark.cell} has an empty note`);
    }
    const links = [...plan.summary.table.rows, ...plan.summary.findings.rows].flat();
    for (const v of links) {
      if (v?.kind !== 'link') continue;
      const p = parseA1(v.cell);
      if (!p) fail(`summary link to ${v.sheet}!${v.cell} is not an A1 address`);
      expectOnSheet(extents, 'summary link', { sheet: v.sheet, ...p, cell: v.cell });
    }
    // The CLI's reports are built from the same analysis: they must not throw either.
    const outcome = [{ file: 'fuzz.xlsx', analysis, output: null, unkept: [], error: null }];
    const report = jsonReport(outcome, lang);
    JSON.stringify(report);
    textReport(outcome, report.summary, lang, false);
  }
  return { ...analysis, results };
}

// ---------------------------------------------------------------------------------------------------------------
// The seeds of the almost forms: every fixture workbook's sheets and the hand-made form, read once

let seedGrids: Grid[];
/** The seed grids that hold a form (seed.xlsx's 填报说明 sheet holds none). */
let formGrids: Grid[];
beforeAll(() => {
  seedGrids = [...fixturePlans().flatMap((plan) => gridsOfPlan(plan)), handMadeForm('手工表').grid];
  formGrids = seedGrids.filter((g) => analyse([g]).forms.length > 0);
});

describe('engine fuzzing', () => {
  it('the seed grids themselves hold every invariant (the almost forms start from working forms)', () => {
    const a = checkWorkbook(seedGrids);
    expect(a.forms.length).toBeGreaterThanOrEqual(29);
  });

  it('noise grids: random sizes, cells, weird values and merges never break the engine', () => {
    fc.assert(
      fc.property(noiseWorkbookArb, fc.nat(1), (grids, profile) => {
        checkWorkbook(grids, profile);
      }),
      { numRuns: 600 },
    );
  });

  it('noise rows around labels: a form-like label soup at random offsets', () => {
    // Labels dense enough that most runs locate a form, so the reader runs on nonsense.
    const soupCell = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...LABELS).map((v): Cell => ({ v })) },
      { weight: 2, arbitrary: cellArb },
    );
    const arb = fc.record({
      rows: fc.array(fc.sparseArray(soupCell, { maxLength: 12 }), { maxLength: 30 }),
      merges: fc.array(mergeArb(30, 12), { maxLength: 10 }),
    });
    let located = 0;
    fc.assert(
      fc.property(arb, (g) => {
        located += checkWorkbook([{ name: 'Sheet1', ...g }]).forms.length > 0 ? 1 : 0;
      }),
      { numRuns: 500 },
    );
    expect(located).toBeGreaterThan(250);
  });

  it('almost forms: real forms with damaged cells, shifted blocks, lost rows, repeated labels and stray merges', () => {
    let withForms = 0;
    let withIndicators = 0;
    fc.assert(
      fc.property(fc.nat(1000), fc.array(mutationArb, { minLength: 1, maxLength: 10 }), fc.nat(1), (which, mutations, profile) => {
        const seed = seedGrids[which % seedGrids.length];
        const g = copyGrid(seed);
        for (const m of mutations) apply(g, m);
        const a = checkWorkbook([g], profile);
        if (a.forms.length) withForms++;
        if (a.results.some((r) => r.indicators.length > 0)) withIndicators++;
      }),
      { numRuns: 400 },
    );
    // The damage must leave most forms recognisable, or the reader's deep paths are never reached.
    expect(withForms).toBeGreaterThan(320);
    expect(withIndicators).toBeGreaterThan(280);
  });

  it('almost forms: numbers of a real form replaced by weird values, cell by cell', () => {
    // Every numeric cell of a form (amounts, rates, 分值, 得分, 总分) gets a weird number, text or error.
    fc.assert(
      fc.property(fc.nat(1000), fc.array(fc.tuple(fc.nat(), cellArb), { minLength: 1, maxLength: 12 }), (which, swaps) => {
        const g = copyGrid(formGrids[which % formGrids.length]);
        const numeric: [number, number][] = [];
        g.rows.forEach((r, i) =>
          r.forEach((c, j) => c && (typeof c.v === 'number' || /^[\d.,%\s()-]+$/.test(String(c.v))) && numeric.push([i, j])),
        );
        for (const [k, cell] of swaps) {
          if (!numeric.length) break;
          const [r, c] = numeric[k % numeric.length];
          g.rows[r][c] = cell;
        }
        const a = checkWorkbook([g]);
        if (a.forms.length === 0) fail('a form with weird numbers was no longer found');
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// What the fuzzing found, pinned

/** The grid with the plan's fills written in as plain values, as Fill in leaves it once recalculated. */
function filled(g: Grid, fills: { row: number; col: number; value: { toNumber(): number } }[]): Grid {
  const c = copyGrid(g);
  for (const f of fills) (c.rows[f.row] ??= [])[f.col] = { v: f.value.toNumber() };
  return c;
}

describe('regressions found by fuzzing', () => {
  it('regression: a negative 执行率 (a negative 全年执行数) earns a budget 得分 of 0, not a negative one, written as a value', () => {
    const spec = seeds()[4];
    spec.funds.total.executed = '(1,000)';
    spec.funds.total.score = null;
    const [g] = gridsOfSpec(spec);
    const a = checkWorkbook([g]);
    const r = a.forms[0].result;
    expect(r.rate?.isNegative()).toBe(true);
    expect(r.budgetScore?.toFixed()).toBe('0');
    expect(r.budgetScore?.isNegative()).toBe(false); // not -0 either
    const fill = planEdits(a, 'zh-CN').fills.find((f) => f.kind === 'budget-score');
    // ROUND(MIN(rate,1)*分值,2) would recalculate to a negative score: the value is written instead.
    expect(fill).toMatchObject({ formula: null });
    expect(fill?.value.toFixed()).toBe('0');
  });

  it('regression: rounding never carries a score above a 分值 of three decimals (a met target with 分值 2.666 scores 2.666, not 2.67)', () => {
    const spec = seeds()[4];
    spec.funds.total.weight = 2.666;
    spec.funds.total.score = null;
    spec.indicators[0] = { ...spec.indicators[0], target: '≥1项', actual: '1项', weight: 2.666, score: null, reason: '' };
    const [g] = gridsOfSpec(spec);
    const a = checkWorkbook([g]);
    const r = a.results[0];
    expect(r.budgetScore?.toFixed()).toBe('2.666');
    expect(r.indicators[0].quantitative?.score?.toFixed()).toBe('2.666');
    const fills = planEdits(a, 'zh-CN').fills;
    // ROUND(MIN(rate,1)*2.666,2) gives 2.67: the value is written instead.
    expect(fills.find((f) => f.kind === 'budget-score')).toMatchObject({ formula: null });
    // Once filled, the form does not contradict itself: the written score is within its 分值 and needs no explanation.
    const again = analyse([filled(g, fills)]).forms[0].findings.filter((f) => f.row === r.indicators[0].indicator.row);
    expect(again.map((f) => f.rule)).not.toContain('score.exceeds-weight');
    expect(again.map((f) => f.rule)).not.toContain('deviation.unexplained');
    expect(again.map((f) => f.rule)).not.toContain('score.missing');
    // And a missed target just under the 分值 is capped at it too: 2.6659… rounds to 2.67 > 2.666.
    const q = scoreQuantitative('≥10000项', '9999项', dec('2.666'), DEFAULT_PROFILE);
    expect(q?.met).toBe(false);
    expect(q?.score?.toFixed()).toBe('2.666');
  });

  it('regression: a missed target on a form without 得分 and 偏差原因 columns points at no column -1 (and raises no error: issue 10)', () => {
    const g = gridOf('Sheet1', [
      ['项目资金（元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 100, 100, 100, 10, { v: 1, fmt: '0.00%' }, 10],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['产出指标', '数量指标', '培训场次', '≥4场', '2场', 50],
      ['效益指标', '社会效益指标', '覆盖人数', '≥100人', '300人', 30],
      ['总分', null, null, null, null, 90],
    ]);
    const a = checkWorkbook([g]);
    // The form has nowhere to explain a deviation: it is told once, as info, at the indicator header, not as an error.
    const found = a.forms[0].findings.filter((f) => f.rule.startsWith('deviation.') || f.rule === 'form.unread');
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([['form.unread', 'info', 'A3']]);
    expect(found[0].params.parts).toMatchObject({ 'zh-CN': expect.stringContaining('2 个指标的偏差') });
  });
});
