import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../../scripts/fixtures/workbooks';
import type { FormSpec } from '../../scripts/fixtures/formSpec';
import { fixture, seeds } from '../helpers/grids';
import type { JsonReport } from '../../src/cli/jsonReport';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'selfeval.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[]) {
  const r = run(['check', '--json', ...args]);
  return { ...r, report: JSON.parse(r.stdout) as JsonReport };
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
let tmp: string;

async function workbookOf(name: string, specs: FormSpec[]): Promise<string> {
  const file = path.join(tmp, name);
  await buildWorkbook({
    file: name,
    sheets: specs.map((spec, i) => ({ name: `表${i + 1}`, forms: [{ spec, layout: {} }] })),
  }).xlsx.writeFile(file);
  return file;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-cli-'));
  if (!fs.existsSync(path.join(ROOT, 'lib', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build:cli` first (npm test does)');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('selfeval check --json', () => {
  it('reports the seed workbook as design §4 describes, and exits 1 for its errors', () => {
    const { code, report, stderr } = json([fixture('seed.xlsx')]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 1, forms: 7, errors: 3, warnings: 8, infos: 0 });
    const [f] = report.files;
    expect(f.error).toBeNull();
    expect(f.forms[0]).toMatchObject({
      sheet: '1 绿色技术银行综合管理与运行',
      range: 'A1:I26',
      project: '绿色技术银行综合管理与运行',
      unit: '元',
      budget: { initial: '1690000', adjusted: '1216145', executed: '1212480.41', rate: '0.9970', weight: '10', score: '9.97' },
      levels: {
        产出指标: { weight: '50', score: '49' },
        效益指标: { weight: '30', score: '30' },
        满意度指标: { weight: '10', score: '10' },
      },
      total: { weight: '100', score: '98.97', recorded: '98.97' },
      grade: '优',
    });
    expect(f.forms.map((x) => x.budget.rate)).toEqual(['0.9970', '0.9796', '0.9422', '0.9999', '1.0000', '0.7132', '1.0000']);
    const mismatch = f.forms[2].findings.find((x) => x.rule === 'rate.mismatch');
    expect(mismatch).toMatchObject({ severity: 'warning', cell: 'G6', expected: '94.22%', found: '94.23%' });
    expect(mismatch?.message).toContain('94.22%');
    expect(f.forms[5].findings.filter((x) => x.rule === 'funds.sources-sum').map((x) => [x.cell, x.also])).toEqual([
      ['C6', ['C7', 'C8', 'C9']],
      ['D6', ['D7', 'D8', 'D9']],
      ['E6', ['E7', 'E8', 'E9']],
    ]);
    expect(mismatch).not.toHaveProperty('also');
  });

  it('exits 0 for a workbook with warnings but no errors', async () => {
    const clean = await workbookOf(
      'clean.xlsx',
      seeds().filter((s) => s.id !== 'research-base'),
    );
    const { code, report } = json([clean]);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBeGreaterThan(0);
    expect(code).toBe(0);
  });

  it('writes messages in English with --lang en-US', () => {
    const { report } = json(['--lang', 'en-US', fixture('seed.xlsx')]);
    expect(report.files[0].forms[2].findings[0].message).toBe('The execution rate reads 94.23%; spending ÷ budget gives 94.22%');
  });

  it('reports a formula without a cached value as a finding, not a crash', async () => {
    const spec = seeds()[6];
    spec.funds.total.initial = { f: 'C7+C8+C9' };
    const file = await workbookOf('uncached.xlsx', [spec]);
    const { code, report } = json([file]);
    expect(code).toBe(1);
    expect(report.files[0].forms[0].findings.find((x) => x.rule === 'value.uncalculated')).toMatchObject({ cell: 'C6', severity: 'error' });
  });
});

describe('unreadable files', () => {
  it.each([
    ['a missing file', () => path.join(tmp, 'nope.xlsx'), /找不到文件/],
    ['a text file', () => write('notes.xlsx', 'just text'), /不是 .xlsx/],
    ['a corrupt zip', () => write('corrupt.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(200)])), /已损坏/],
  ])('%s: one-line error, exit 2, and the other files are still processed', (_n, make, message) => {
    const bad = make();
    const { code, report, stderr } = json([bad, fixture('seed.xlsx')]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(report.files[0]).toMatchObject({ file: bad, forms: [], error: expect.stringMatching(message) });
    expect(report.files[1].forms).toHaveLength(7);
  });
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('selfeval check --fill --summary', () => {
  let out: string;
  let input: string;
  let before: string;
  let wb: ExcelJS.Workbook;
  let result: ReturnType<typeof run>;

  beforeAll(async () => {
    input = path.join(tmp, 'seed-copy.xlsx');
    fs.copyFileSync(fixture('seed.xlsx'), input);
    before = sha(input);
    out = path.join(tmp, 'out');
    result = run(['check', '--fill', '--summary', '--out', out, input]);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'seed-copy.xlsx'));
  });

  it('leaves the input byte for byte as it was', () => {
    expect(result.code).toBe(1);
    expect(sha(input)).toBe(before);
  });

  it('fills 执行率 with its value where an input is text, and the budget 得分 as a live formula on it', () => {
    const ws = wb.getWorksheet('3 技术转移合作')!;
    expect(ws.getCell('G6').value).toBeCloseTo(0.94223770098, 10);
    expect(ws.getCell('G6').numFmt).toBe('0.00%');
    expect(ws.getCell('H6').value).toEqual({ formula: 'ROUND(MIN(G6,1)*F6,2)', result: 9.42 });
  });

  it('fills 执行率 as a live formula with its result where the amounts are numbers', async () => {
    const spec = seeds()[2];
    spec.funds.total.executed = 338558.99;
    const file = await workbookOf('numeric.xlsx', [spec]);
    const dir = path.join(tmp, 'numeric');
    run(['check', '--fill', '--out', dir, file]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(dir, 'numeric.xlsx'));
    const g6 = copy.worksheets[0].getCell('G6');
    expect(g6.value).toMatchObject({ formula: 'E6/D6' });
    expect((g6.value as ExcelJS.CellFormulaValue).result).toBeCloseTo(0.94223770098, 10);
    expect(g6.numFmt).toBe('0.00%');
  });

  it('marks the filled copy as it now is: the corrected 执行率 keeps no mark or note (issue 12)', () => {
    const g6 = wb.getWorksheet('3 技术转移合作')!.getCell('G6');
    expect(g6.note).toBeUndefined();
    expect((g6.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe('FFFFEB9C');
    // A problem Fill in cannot mend keeps its mark.
    expect(wb.getWorksheet('6 科研基地服务与科技项目管理')!.getCell('C6').note).toBeDefined();
  });

  it('writes a value where an input is text', () => {
    const g6 = wb.getWorksheet('1 绿色技术银行综合管理与运行')!.getCell('G6');
    expect(typeof g6.value).toBe('number');
    expect(g6.value).toBeCloseTo(0.99698671622, 10);
  });

  it('fills 总分 with a formula carrying its result', () => {
    const total = wb.getWorksheet('5 技贸大厦楼顶维修改造')!.getCell('H21');
    expect(total.value).toEqual({ formula: 'ROUND(H6+SUM(H13:H20),2)', result: 96 });
  });

  it('marks the offending cells with a fill and a note', () => {
    const c6 = wb.getWorksheet('6 科研基地服务与科技项目管理')!.getCell('C6');
    expect(c6.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(JSON.stringify(c6.note)).toContain('funds.sources-sum');
    const i13 = wb.getWorksheet('1 绿色技术银行综合管理与运行')!.getCell('I13');
    expect(i13.fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
  });

  it('adds the summary sheet as an Excel table with a row per form and totals', () => {
    const ws = wb.getWorksheet('绩效自评汇总')!;
    expect(ws).toBeDefined();
    expect(ws.getCell('B5').value).toBe('绿色技术银行综合管理与运行');
    expect(ws.getCell('A12').value).toBe('合计');
    expect((ws.getCell('E12').value as ExcelJS.CellFormulaValue).result).toBeCloseTo(43290284.96, 2);
    expect((ws.getCell('G12').value as ExcelJS.CellFormulaValue).formula).toBe('IF(E12=0,0,F12/E12)');
    expect(ws.getCell('S10').value).toBe('需修改');
    expect(ws.getCell('S5').value).toBe('通过');
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['SelfEval_Summary']);
  });

  it('refuses to write over its own input and exits 2', () => {
    const r = run(['check', '--fill', '--out', tmp, input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/拒绝覆盖输入文件/);
    expect(sha(input)).toBe(before);
  });

  it('regression: refuses a copy that would overwrite another input of the run before it is read', async () => {
    const dir = path.join(tmp, 'others');
    const first = path.join(dir, 'a.xlsx');
    const second = path.join(dir, 'out', 'a.xlsx'); // where the first file's copy would go
    fs.mkdirSync(path.dirname(second), { recursive: true });
    fs.copyFileSync(input, first);
    await workbookOf(path.relative(tmp, second), seeds().slice(0, 2));
    const secondBefore = sha(second);
    const r = run(['check', '--json', '--fill', '--out', path.dirname(second), first, second]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/拒绝覆盖输入文件/);
    expect(sha(second)).toBe(secondBefore);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => f.forms.length)).toEqual([7, 2]); // the second file is its own, read intact
    expect(report.files[0].error).toMatch(/a\.xlsx/);
    expect(report.files[1].error).toBeNull();
  });

  it('writes the copy of an output it reads again without adding a second summary sheet', async () => {
    const again = path.join(tmp, 'again');
    run(['check', '--summary', '--out', again, path.join(out, 'seed-copy.xlsx')]);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(path.join(again, 'seed-copy.xlsx'));
    expect(wb2.worksheets.filter((w) => w.name.startsWith('绩效自评汇总'))).toHaveLength(1);
  });
});

describe('a copy that cannot be written', () => {
  it('regression: still reports the file’s forms and findings, with the error', () => {
    const blocker = write('not-a-folder.txt', 'x');
    const { code, report } = json(['--fill', '--out', path.join(blocker, 'out'), fixture('seed.xlsx')]);
    expect(code).toBe(2);
    expect(report.files[0].error).toMatch(/无法写入/);
    expect(report.files[0].forms).toHaveLength(7);
  });
});

describe('usage', () => {
  it.each([[[]], [['check']], [['check', '--bogus', 'x.xlsx']], [['frobnicate', 'x.xlsx']], [['check', '--lang', 'fr', 'x.xlsx']]])(
    '%j exits 2 with the usage text on stderr',
    (args) => {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/用法/);
    },
  );

  it.each([
    [['check', '--lang', 'en-US'], 'selfeval: usage: no FILE or DIR given', /^usage: selfeval check/],
    [['check', '--bogus', '--lang=en', 'x.xlsx'], 'selfeval: usage: unknown option --bogus', /^usage: selfeval check/],
    // Node's own English words no longer leak into the Chinese message (issue 13 review).
    [['check', '--bogus', 'x.xlsx'], 'selfeval: 用法错误：没有选项 --bogus\n', /用法/],
    [['check', 'x.xlsx', '--out'], 'selfeval: 用法错误：选项 --out 缺少取值\n', /用法/],
    [['check'], 'selfeval: 用法错误：没有给出要检查的文件或文件夹', /用法/],
    [['frobnicate', 'x.xlsx'], 'selfeval: 用法错误：没有命令 frobnicate', /用法/],
  ])('regression: %j gives its usage error in the language asked for, not always zh-CN', (args, first, usage) => {
    const r = run(args);
    expect(r.code).toBe(2);
    const [line, ...rest] = r.stderr.split('\n');
    expect((line + '\n').startsWith(first)).toBe(true);
    expect(rest.join('\n')).toMatch(usage);
  });

  it('regression: prints the English table with grades glossed and counts without wrong plurals', () => {
    const r = run(['check', '--lang', 'en-US', fixture('seed.xlsx')]);
    expect(r.stdout).toContain('grade 优 (excellent)');
    expect(r.stdout).toContain('Checked files: 1, forms: 7; errors: 3, warnings: 8');
  });

  it('prints a readable table without colours when stdout is not a terminal', () => {
    const r = run(['check', fixture('seed.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('技术转移合作');
    expect(r.stdout).toContain('共检查 1 个文件、7 张绩效自评表：错误 3 个，警告 8 个');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});
