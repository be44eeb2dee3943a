import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { analyse, DEFAULT_PROFILE, percentText, planEdits, type Analysis } from '../../src/core';
import { planReview, type ReviewPlan } from '../../src/core/plan/review';
import type { Pos } from '../../src/core/model';
import { toGrid } from '../../src/hosts/exceljs/toGrid';
import { buildWorkbook, sheetName } from '../../scripts/fixtures/workbooks';
import type { CellSpec, FormSpec } from '../../scripts/fixtures/formSpec';
import { fixture, seeds } from '../helpers/grids';

/**
 * What `selfeval check --fill` and `--summary` write, recalculated by a real spreadsheet application: LibreOffice Calc, headless,
 * with recalculation on load forced (it would otherwise trust the cached results of a file that says it was written
 * by Microsoft Excel, as exceljs's files do; /work/shared/toolchain.md). The 执行率, budget 得分 and 总分 it shows
 * must be the engine's. A copy whose cached results were set to 0 proves that the formulas, not the cached results,
 * are what is shown.
 *
 * .ci/run installs LibreOffice. Without `soffice` the test is skipped on a developer's machine, and fails under CI.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'selfeval.js');

function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

const SOFFICE = which('soffice');
const IN_CI = !!process.env.CI && process.env.CI !== 'false';

/**
 * The CSV filter's options: comma, double quote, UTF-8 (76), from line 1, default cell formats, language 0,
 * quoted fields as text, detect special numbers, **cells as shown** (so 执行率 reads "99.70%", as a user sees it),
 * no formulas, no trimming, and **every sheet** (-1: one file per sheet, `<name>-<sheet>.csv`; LibreOffice ≥ 7.2).
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** The profile setting that makes Calc recalculate every formula of an OOXML file on load (0 = always). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Parses CSV as LibreOffice writes it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A seed form whose 全年预算数 and 全年执行数 are plain numbers ("1,212,480.41" → 1212480.41), so Fill writes formulas. */
function withNumericAmounts(spec: FormSpec): FormSpec {
  const num = (c: CellSpec | undefined): CellSpec | undefined => (typeof c === 'string' ? Number(c.replace(/,/g, '')) : c);
  const total = { ...spec.funds.total, adjusted: num(spec.funds.total.adjusted), executed: num(spec.funds.total.executed) };
  for (const v of [total.adjusted, total.executed]) if (typeof v !== 'number' || Number.isNaN(v)) throw new Error(`${spec.id}: ${v}`);
  return { ...spec, funds: { ...spec.funds, total } };
}

/** The engine's analysis of a workbook file, in-process, as the CLI reads it. */
async function analysisOf(file: string): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return analyse(wb.worksheets.map(toGrid));
}

/** The cells Fill writes for each form, from the engine's reading of the input. */
function targets(a: Analysis) {
  return a.forms.map(({ result: r }) => {
    const t = r.form.funds?.total;
    if (!t?.rate || !t.score || !r.form.total?.score || !r.rate || !r.budgetScore || !r.total)
      throw new Error(`${r.form.sheet}: the engine cannot compute this form`);
    return {
      sheet: r.form.sheet,
      rate: { at: t.rate as Pos, text: percentText(r.rate, a.profile.rounding) },
      budget: { at: t.score as Pos, value: r.budgetScore.toNumber() },
      total: { at: r.form.total.score as Pos, value: r.total.toNumber() },
    };
  });
}

const ENGINE_CELLS = ['rate', 'budget', 'total'] as const;

/** Sets the cached result of every formula among the given cells to 0; returns how many it falsified. */
async function falsify(from: string, to: string, a: Analysis): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  let n = 0;
  for (const t of targets(a)) {
    const ws = wb.getWorksheet(t.sheet);
    if (!ws) throw new Error(`no sheet ${t.sheet}`);
    for (const k of ENGINE_CELLS) {
      const cell = ws.getCell(t[k].at.row + 1, t[k].at.col + 1);
      if (cell.formula) {
        cell.value = { formula: cell.formula, result: 0 };
        n++;
      }
    }
  }
  await wb.xlsx.writeFile(to);
  return n;
}

/** Each engine cell's formula (null for a value) in a written workbook. */
async function formulasOf(file: string, a: Analysis): Promise<Record<string, string | null>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, string | null> = {};
  for (const t of targets(a)) {
    const ws = wb.getWorksheet(t.sheet);
    for (const k of ENGINE_CELLS) {
      const cell = ws?.getCell(t[k].at.row + 1, t[k].at.col + 1);
      out[`${t.sheet}!${k}`] = cell?.formula ?? null;
      if (cell?.formula) out[`${t.sheet}!${k}:cached`] = String(cell.result);
    }
  }
  return out;
}

if (!SOFFICE && !IN_CI) {
  // eslint-disable-next-line no-console
  console.log(
    'test/cli/libreoffice.test.ts skipped: soffice is not installed (apt-get install -y --no-install-recommends libreoffice-calc; .ci/run does)',
  );
}

(SOFFICE || IN_CI ? describe : describe.skip)('LibreOffice Calc recalculates what --fill writes to the engine’s values', () => {
  let tmp: string;
  let csvDir: string;
  const analyses: Record<string, Analysis> = {};
  const sheetsOf: Record<string, Map<string, string[][]>> = {};
  let falsified: Record<string, number> = {};
  let reviewPlan: ReviewPlan;
  let version = '';

  /** The CSV rows of one sheet of one converted workbook. */
  function sheetCsv(book: string, sheet: string): string[][] {
    let sheets = sheetsOf[book];
    if (!sheets) {
      sheets = new Map();
      for (const f of fs.readdirSync(csvDir)) {
        if (f.startsWith(`${book}-`) && f.endsWith('.csv'))
          sheets.set(f.slice(book.length + 1, -4), parseCsv(fs.readFileSync(path.join(csvDir, f), 'utf8')));
      }
      sheetsOf[book] = sheets;
    }
    const rows = sheets.get(sheet);
    if (!rows) throw new Error(`no CSV for sheet ${sheet} of ${book} in ${csvDir} (${[...sheets.keys()].join(', ')})`);
    return rows;
  }
  const shown = (rows: string[][], at: Pos) => rows[at.row]?.[at.col] ?? '';

  beforeAll(async () => {
    if (!SOFFICE) throw new Error('CI is set but soffice is not installed: .ci/run must install libreoffice-calc');
    if (!fs.existsSync(path.join(ROOT, 'lib', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build:cli` first (npm test does)');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-lo-'));
    const input = path.join(tmp, 'in');
    const out = path.join(tmp, 'out');
    csvDir = path.join(tmp, 'csv');
    fs.mkdirSync(input);
    fs.mkdirSync(csvDir);

    // 1. The seed as it is (amounts as text: 执行率 is written as a value, the budget 得分 and 总分 as formulas),
    //    and the seed with numeric amounts (all three are live formulas).
    fs.copyFileSync(fixture('seed.xlsx'), path.join(input, 'seed.xlsx'));
    const specs = seeds().map(withNumericAmounts);
    await buildWorkbook({
      file: 'numbers.xlsx',
      sheets: specs.map((spec, i) => ({ name: sheetName(i, spec), forms: [{ spec, layout: {} }] })),
    }).xlsx.writeFile(path.join(input, 'numbers.xlsx'));

    // 2. The real command writes the filled copies (exit 1: the seed has a form with an error).
    const run = spawnSync(
      process.execPath,
      [BIN, 'check', '--fill', '--out', out, path.join(input, 'seed.xlsx'), path.join(input, 'numbers.xlsx')],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    if (![0, 1].includes(run.status ?? -1) || run.stderr) throw new Error(`selfeval failed (${run.status}):\n${run.stdout}\n${run.stderr}`);

    // 2b. A summary over three forms, one without its 全年执行数: the overall 执行率 then needs SUMIFS, not a plain ratio.
    const partial = specs
      .slice(0, 3)
      .map((spec, i) => (i === 1 ? { ...spec, funds: { ...spec.funds, total: { ...spec.funds.total, executed: '' } } } : spec));
    await buildWorkbook({
      file: 'partial.xlsx',
      sheets: partial.map((spec, i) => ({ name: sheetName(i, spec), forms: [{ spec, layout: {} }] })),
    }).xlsx.writeFile(path.join(input, 'partial.xlsx'));
    const summaryRun = spawnSync(process.execPath, [BIN, 'check', '--summary', '--out', out, path.join(input, 'partial.xlsx')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (![0, 1].includes(summaryRun.status ?? -1))
      throw new Error(`selfeval --summary failed (${summaryRun.status}):\n${summaryRun.stderr}`);
    analyses.partial = await analysisOf(path.join(input, 'partial.xlsx'));
    const summaryCopy = new ExcelJS.Workbook();
    await summaryCopy.xlsx.readFile(path.join(out, 'partial.xlsx'));
    const overall = summaryCopy.getWorksheet(planEdits(analyses.partial, 'zh-CN').summary.sheetName)?.getCell('G8');
    if (!overall?.formula) throw new Error('the summary has no formula for the overall 执行率 at G8');
    overall.value = { formula: overall.formula, result: 0 };
    await summaryCopy.xlsx.writeFile(path.join(out, 'partial-falsified.xlsx'));

    // 2c. The consolidated workbook of a review over two files (selfeval summary), and a copy whose totals row caches 0:
    //     its totals are formulas of an Excel table's totals row, which Calc must compute as the engine planned them.
    const reviewFiles = [path.join(input, 'partial.xlsx'), path.join(input, 'numbers.xlsx')];
    const reviewRun = spawnSync(process.execPath, [BIN, 'summary', '--out', path.join(out, 'review.xlsx'), ...reviewFiles], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (![0, 1].includes(reviewRun.status ?? -1)) throw new Error(`selfeval summary failed (${reviewRun.status}):\n${reviewRun.stderr}`);
    reviewPlan = planReview(
      await Promise.all(reviewFiles.map(async (file) => ({ file, analysis: await analysisOf(file), error: null }))),
      DEFAULT_PROFILE,
      'zh-CN',
    );
    const reviewCopy = new ExcelJS.Workbook();
    await reviewCopy.xlsx.readFile(path.join(out, 'review.xlsx'));
    const reviewSheet = reviewCopy.getWorksheet(reviewPlan.forms.sheetName)!;
    // The totals row and the overall 执行率 under it.
    for (const r of [4, 5].map((k) => k + reviewPlan.forms.rows.length)) {
      reviewSheet.getRow(r).eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula, result: 0 };
      });
    }
    await reviewCopy.xlsx.writeFile(path.join(out, 'review-falsified.xlsx'));

    // 3. The engine in-process on the same inputs; falsified copies of the filled files.
    for (const book of ['seed', 'numbers']) analyses[book] = await analysisOf(path.join(input, `${book}.xlsx`));
    falsified = {
      seed: await falsify(path.join(out, 'seed.xlsx'), path.join(out, 'seed-falsified.xlsx'), analyses.seed),
      numbers: await falsify(path.join(out, 'numbers.xlsx'), path.join(out, 'numbers-falsified.xlsx'), analyses.numbers),
    };

    // 4. LibreOffice, with a private profile that recalculates on load, converts every sheet of the four files to CSV.
    const profile = path.join(tmp, 'profile');
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const files = [
      'seed',
      'numbers',
      'seed-falsified',
      'numbers-falsified',
      'partial',
      'partial-falsified',
      'review',
      'review-falsified',
    ].map((b) => path.join(out, `${b}.xlsx`));
    const lo = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', CSV_FILTER, '--outdir', csvDir, ...files],
      { encoding: 'utf8', timeout: 50_000, env: { ...process.env, HOME: tmp } },
    );
    if (lo.status !== 0) throw new Error(`soffice failed (${lo.status} ${lo.signal ?? ''}):\n${lo.stdout}\n${lo.stderr}`);
    version = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8', env: { ...process.env, HOME: tmp } }).stdout.trim();
  }, 90_000);

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('has a LibreOffice that writes one CSV per sheet', () => {
    expect(version).toMatch(/^LibreOffice \d+\.\d+/);
    expect(fs.readdirSync(csvDir).filter((f) => f.startsWith('seed-') && !f.startsWith('seed-falsified'))).toHaveLength(8);
  });

  it('the numeric workbook got live formulas for 执行率, the budget 得分 and 总分 of every form; the seed for the last two', async () => {
    const numbers = await formulasOf(path.join(tmp, 'out', 'numbers.xlsx'), analyses.numbers);
    for (const t of targets(analyses.numbers))
      for (const k of ENGINE_CELLS)
        expect([`${t.sheet}!${k}`, numbers[`${t.sheet}!${k}`]]).toEqual([`${t.sheet}!${k}`, expect.any(String)]);
    const seed = await formulasOf(path.join(tmp, 'out', 'seed.xlsx'), analyses.seed);
    for (const t of targets(analyses.seed)) {
      expect(seed[`${t.sheet}!rate`]).toBeNull();
      expect(seed[`${t.sheet}!budget`]).toEqual(expect.any(String));
      expect(seed[`${t.sheet}!total`]).toEqual(expect.any(String));
    }
    expect(falsified).toEqual({ seed: 14, numbers: 21 });
  });

  it('the falsified copies really carry 0 as every formula’s cached result', async () => {
    const f = await formulasOf(path.join(tmp, 'out', 'numbers-falsified.xlsx'), analyses.numbers);
    const cached = Object.entries(f).filter(([k]) => k.endsWith(':cached'));
    expect(cached).toHaveLength(21);
    for (const [, v] of cached) expect(v).toBe('0');
  });

  describe.each([
    ['seed', 'seed'],
    ['numbers', 'numbers'],
    ['seed-falsified', 'seed'],
    ['numbers-falsified', 'numbers'],
  ])('%s.xlsx, recalculated by LibreOffice', (book, source) => {
    it('shows the engine’s 执行率 (0.00%), budget 得分 and 总分 for each of the seven forms', () => {
      const rows = targets(analyses[source]).map((t) => {
        const csv = sheetCsv(book, t.sheet);
        return {
          sheet: t.sheet,
          rate: shown(csv, t.rate.at),
          budget: Number(shown(csv, t.budget.at)),
          total: Number(shown(csv, t.total.at)),
        };
      });
      const expected = targets(analyses[source]).map((t) => ({
        sheet: t.sheet,
        rate: t.rate.text,
        budget: t.budget.value,
        total: t.total.value,
      }));
      expect(rows).toHaveLength(7);
      expect(rows).toEqual(expected);
    });
  });

  it.each(['partial', 'partial-falsified'])(
    '%s.xlsx shows the summary’s overall 执行率 over the forms with both amounts (SUMIFS), as the engine planned it',
    (book) => {
      const plan = planEdits(analyses.partial, 'zh-CN').summary;
      const rate = plan.table.totals[6];
      if (rate?.kind !== 'formula') throw new Error('no overall 执行率 in the plan');
      expect(rate.formula).toMatch(/^IF\(SUMIFS\(/);
      const csv = sheetCsv(book, plan.sheetName);
      const totalsRow = plan.table.top + plan.table.rows.length + 1;
      expect(csv[totalsRow][0]).toBe('合计');
      expect(csv[totalsRow][6]).toBe(percentText(rate.value, analyses.partial.profile.rounding));
    },
  );

  it.each(['review', 'review-falsified'])(
    '%s.xlsx (selfeval summary) shows the totals row of its forms table as the engine planned it',
    (book) => {
      const t = reviewPlan.forms;
      const csv = sheetCsv(book, t.sheetName);
      const row = csv[3 + t.rows.length];
      expect(row[0]).toBe('合计');
      const rate = t.totals[7];
      if (rate?.kind !== 'formula') throw new Error('no overall 执行率 in the review');
      // The overall 执行率 stands on the row under the table (a table's totals row holds only its own SUBTOTALs).
      expect(csv[4 + t.rows.length][7]).toBe(percentText(rate.value, DEFAULT_PROFILE.rounding));
      for (const c of [5, 6, 17, 18]) {
        const v = t.totals[c];
        if (v?.kind !== 'formula') throw new Error(`no total in column ${c}`);
        expect(Number(row[c].replace(/,/g, ''))).toBe(v.value.toNumber());
      }
      expect(csv.slice(3, 3 + t.rows.length).map((r) => r[1])).toEqual(t.rows.map((r) => (r[1]?.kind === 'text' ? r[1].text : '')));
    },
  );
});
