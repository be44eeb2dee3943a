/** selfeval over folders: check DIR…, summary --out FILE.xlsx, with bad files mixed in and the inputs untouched. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import type { JsonReport } from '../../src/cli/jsonReport';
import { writeBadFiles } from '../../scripts/fixtures/badFiles';
import { fixture } from '../helpers/grids';
import { isOwnOutput } from '../../src/cli/ownOutput';
import { REPORT_GENERATOR } from '../../src/report/reportGenerator';

let dir: string;
let folder: string;

/** Runs the CLI in this process; what it writes is captured. */
async function run(argv: string[], progress = false) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), colour: false, progress };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const hashes = (files: string[]) => Object.fromEntries(files.map((f) => [f, sha(f)]));
const under = (root: string) =>
  (fs.readdirSync(root, { recursive: true }) as string[]).map((f) => path.join(root, f)).filter((f) => fs.statSync(f).isFile());

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-review-'));
  // A reviewer's folder: two counties' submissions, bad files mixed in, and a file that is no workbook.
  folder = path.join(dir, '收件');
  fs.mkdirSync(path.join(folder, 'B县'), { recursive: true });
  fs.mkdirSync(path.join(folder, 'A县'), { recursive: true });
  fs.copyFileSync(fixture('seed.xlsx'), path.join(folder, 'A县', '科委.xlsx'));
  fs.copyFileSync(fixture('stacked.xlsx'), path.join(folder, 'B县', '第10张.xlsx'));
  fs.copyFileSync(fixture('wanyuan.xlsx'), path.join(folder, 'B县', '第2张.xlsx'));
  fs.copyFileSync(fixture('real/dept-chongqing-kxc-media-center.xlsx'), path.join(folder, '部门整体.xlsx'));
  await writeBadFiles(path.join(folder, '坏文件'));
  fs.writeFileSync(path.join(folder, '说明.txt'), '本文件夹为各单位报送的自评表');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('selfeval check DIR', () => {
  it('checks every workbook in the folder, in a stable order, reporting the bad ones and going on', async () => {
    const { code, stdout, stderr } = await run(['check', '--json', folder]);
    const report = JSON.parse(stdout) as JsonReport;
    const names = report.files.map((f) => path.relative(folder, f.file).split(path.sep).join('/'));
    // zh-CN collation: Han names by pinyin (部 bù, 坏 huài) before Latin ones (A县, B县).
    expect(names).toEqual([
      '部门整体.xlsx',
      '坏文件/corrupt.xlsx',
      '坏文件/encrypted.xlsx',
      '坏文件/legacy.xls',
      '坏文件/macro.xlsm',
      'A县/科委.xlsx',
      'B县/第2张.xlsx',
      'B县/第10张.xlsx',
    ]);
    const failed = report.files.filter((f) => f.error).map((f) => path.basename(f.file));
    expect(failed).toEqual(['corrupt.xlsx', 'encrypted.xlsx', 'legacy.xls']);
    expect(stderr.trim().split('\n')).toHaveLength(3);
    expect(code).toBe(2);
    const again = await run(['check', '--json', folder]);
    expect(again.stdout).toBe(stdout);
  });

  it('shows its progress on one line of stderr on a terminal, and clears it', async () => {
    const { stderr } = await run(['check', path.join(folder, 'A县'), path.join(folder, 'B县')], true);
    expect(stderr).toContain('\r\x1b[K检查中 1/3：');
    expect(stderr).toContain('检查中 3/3：');
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
    const quiet = await run(['check', path.join(folder, 'A县'), path.join(folder, 'B县')]);
    expect(quiet.stderr).toBe('');
  });

  it('says so when a folder holds no workbook, and exits 2 when nothing is left to check', async () => {
    const empty = path.join(dir, '空');
    fs.mkdirSync(empty, { recursive: true });
    const r = await run(['check', empty]);
    expect(r.stderr).toBe(`selfeval: 文件夹 ${empty} 中没有 .xlsx 或 .xlsm 文件\nselfeval: 没有找到要检查的工作簿\n`);
    expect(r.code).toBe(2);
  });
});

describe('selfeval summary --out FILE.xlsx DIR', () => {
  let out: string;
  let before: Record<string, string>;
  let result: Awaited<ReturnType<typeof run>>;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    out = path.join(folder, '汇总.xlsx');
    before = hashes(under(folder));
    result = await run(['summary', '--out', out, folder]);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  it('leaves every input as it was', () => {
    const after = hashes(under(folder).filter((f) => f !== out));
    expect(after).toEqual(before);
  });

  it('says what it wrote, and exits 2 for the files it could not read', () => {
    expect(result.stdout).toMatch(/^已写入 .*汇总\.xlsx：8 个文件（3 个无法读取）、\d+ 张绩效自评表/);
    expect(result.code).toBe(2);
  });

  it('holds the forms, the findings and the unreadable files, each on a sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['自评表汇总', '问题清单', '无法读取的文件']);
  });

  it('lists every form of every file in an Excel table with a totals row, formatted as the summary sheet', async () => {
    const ws = wb.getWorksheet('自评表汇总')!;
    const json = JSON.parse((await run(['check', '--json', folder])).stdout) as JsonReport;
    const forms = json.files.flatMap((f) => f.forms.map((x) => [f.file, x.sheet]));
    const table = ws.getTables()[0] as unknown as { table: { totalsRow: boolean; name: string } };
    expect(table.table).toMatchObject({ totalsRow: true, name: 'SelfEvalReview' });
    const header = ws.getRow(3).values as unknown[];
    expect(header.slice(1, 4)).toEqual(['文件', '工作表', '项目名称']);
    const rows = forms.map((_, i) => ws.getRow(4 + i).values as unknown[]);
    expect(rows.map((r) => [r[1], r[2]])).toEqual(forms);
    const totals = ws.getRow(4 + forms.length);
    expect(totals.getCell(1).value).toBe('合计');
    // Amounts and counts are totalled by the table itself; the overall 执行率, a ratio of two totals, stands under it.
    expect(totals.getCell(6).value).toMatchObject({ formula: 'SUBTOTAL(109,SelfEvalReview[全年预算数(元)])' });
    expect(totals.getCell(18).value).toMatchObject({ formula: 'SUBTOTAL(109,SelfEvalReview[错误])' });
    expect(totals.getCell(8).value).toBeNull();
    const under = ws.getRow(5 + forms.length);
    expect(under.getCell(1).value).toBe('总体执行率');
    expect(under.getCell(8).value).toMatchObject({ formula: expect.stringMatching(/^IF\(/) });
    expect(under.getCell(8).numFmt).toBe('0.00%');
    expect([ws.getCell(4, 6).numFmt, ws.getCell(4, 8).numFmt, ws.getCell(4, 16).numFmt]).toEqual(['#,##0.00', '0.00%', '0.00']);
    const status = rows.map((r) => r[20]);
    expect(new Set(status)).toEqual(new Set(['通过', '需修改']));
  });

  it('lists every finding with its file, sheet, cell, rule, severity and message', async () => {
    const ws = wb.getWorksheet('问题清单')!;
    const json = JSON.parse((await run(['check', '--json', folder])).stdout) as JsonReport;
    const expected = json.files.flatMap((f) =>
      [...f.forms.flatMap((x) => x.findings), ...f.findings].map((x) => [f.file, x.sheet, x.cell, x.rule, x.message]),
    );
    const got = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2).values as unknown[]).map((r) => [
      r[1],
      r[2],
      r[3],
      r[5],
      r[7],
    ]);
    expect(got).toEqual(expected);
  });

  it('names every file it could not read, and why', () => {
    const ws = wb.getWorksheet('无法读取的文件')!;
    const rows = [2, 3, 4].map((r) => ws.getRow(r).values as unknown[]);
    expect(rows.map((r) => path.basename(r[1] as string))).toEqual(['corrupt.xlsx', 'encrypted.xlsx', 'legacy.xls']);
    expect(rows[2][2]).toBe('legacy.xls 是旧版 .xls 工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再检查');
  });

  it('does not take its own earlier output for a submission when run again on the same folder', async () => {
    const again = await run(['summary', '--out', out, folder]);
    expect(again.stdout).toBe(result.stdout);
  });

  it('refuses to write over a submission inside the folder, and writes nothing', async () => {
    const input = path.join(folder, 'A县', '科委.xlsx');
    const hash = sha(input);
    const r = await run(['summary', '--out', input, folder]);
    expect(r.stderr).toContain('拒绝覆盖输入文件');
    expect(r.code).toBe(2);
    expect(sha(input)).toBe(hash);
  });
});

describe('a second run in a folder where check --fill wrote its copies', () => {
  it('passes over the copies, says so, and counts every form once (regression: review F2)', async () => {
    const own = path.join(dir, 'second-run');
    fs.mkdirSync(own, { recursive: true });
    fs.copyFileSync(fixture('seed.xlsx'), path.join(own, 'seed.xlsx'));
    const cwd = process.cwd();
    process.chdir(own);
    try {
      await run(['check', '--fill', '--summary', '.']);
      expect(fs.existsSync(path.join(own, 'selfeval-out', 'seed.xlsx'))).toBe(true);
      const again = await run(['check', '--json', '.']);
      expect((JSON.parse(again.stdout) as JsonReport).summary).toMatchObject({ files: 1, forms: 7 });
      expect(again.stderr).toBe('selfeval: 已跳过 selfeval-out：其中是 selfeval check --fill 写出的副本\n');
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('an existing file at --out', () => {
  it('is replaced only when this tool wrote it: any other file is refused and left as it was', async () => {
    const other = path.join(dir, 'someone-else.xlsx');
    fs.copyFileSync(fixture('wanyuan.xlsx'), other);
    const hash = sha(other);
    const r = await run(['summary', '--out', other, fixture('seed.xlsx')]);
    expect(r.stderr).toBe(`selfeval: ${other} 已存在，且不是本工具写出的汇总或报告，未覆盖；请换一个 --out，或先移走该文件\n`);
    expect(r.code).toBe(2);
    expect(sha(other)).toBe(hash);
    const notes = path.join(dir, 'notes.html');
    fs.writeFileSync(notes, '<p>mine</p>');
    expect((await run(['report', '--out', notes, fixture('seed.xlsx')])).code).toBe(2);
    expect(fs.readFileSync(notes, 'utf8')).toBe('<p>mine</p>');
    const own = path.join(dir, 'again.xlsx');
    expect((await run(['summary', '--out', own, fixture('seed.xlsx')])).code).toBe(1);
    expect((await run(['summary', '--out', own, fixture('seed.xlsx')])).code).toBe(1);
  });
});

describe('selfeval report --out FILE.html DIR', () => {
  it('writes one self-contained report of the folder, in the language asked, leaving the inputs as they were', async () => {
    const out = path.join(dir, 'report.html');
    const before = hashes(under(folder));
    const r = await run(['report', '--lang', 'en-US', '--out', out, folder]);
    expect(r.stdout).toMatch(/^wrote .*report\.html: 8 files \(3 unreadable\), \d+ forms/);
    expect(r.code).toBe(2);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en-US">');
    expect(html).toContain(REPORT_GENERATOR);
    // The library is inside (test/e2e/report.test.ts opens the page and sees no request leave it).
    expect(html.length).toBeGreaterThan(500_000);
    expect(html).toContain('legacy.xls');
    expect(hashes(under(folder))).toEqual(before);
    expect(isOwnOutput(out)).toBe(true);
  });
});

describe('summary and report on the command line', () => {
  it.each([
    [['summary', '--json', 'a.xlsx'], 'summary 写出文件，不能与 --json 同用'],
    [['summary', '--fill', 'a.xlsx'], 'summary 不写副本，不能与 --fill、--summary 同用'],
    [['summary', '--out', 'x.html', 'a.xlsx'], 'summary 的 --out 应是 .xlsx 文件，不能是 x.html'],
    [['report', '--out', 'x.xlsx', 'a.xlsx'], 'report 的 --out 应是 .html 文件，不能是 x.xlsx'],
  ])('%j is a usage error', async (argv, message) => {
    const r = await run(argv);
    expect(r.stderr.split('\n')[0]).toBe(`selfeval: 用法错误：${message}`);
    expect(r.code).toBe(2);
  });
});

describe('isOwnOutput', () => {
  it('knows a consolidated workbook and a report this tool wrote from a submission', async () => {
    const out = path.join(dir, 'own.xlsx');
    await run(['summary', '--out', out, fixture('seed.xlsx')]);
    const html = path.join(dir, 'own.html');
    fs.writeFileSync(html, `<!doctype html><html><head>${REPORT_GENERATOR}</head></html>`);
    const other = path.join(dir, 'other.html');
    fs.writeFileSync(other, '<!doctype html><title>x</title>');
    expect([out, html, fixture('seed.xlsx'), other, path.join(dir, 'missing.xlsx')].map(isOwnOutput)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('lets check pass over a consolidated workbook written into the folder it searches', async () => {
    const json = JSON.parse((await run(['check', '--json', folder])).stdout) as JsonReport;
    expect(fs.existsSync(path.join(folder, '汇总.xlsx'))).toBe(true);
    expect(json.files.map((f) => path.basename(f.file))).not.toContain('汇总.xlsx');
  });
});
