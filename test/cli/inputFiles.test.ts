/** inputFiles: the FILE and DIR arguments of a run, folders searched recursively in a stable order. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inputFiles } from '../../src/cli/inputFiles';

let dir: string;
const rel = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

function layout(files: string[]): void {
  for (const f of files) {
    const p = path.join(dir, f);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, 'x');
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-inputs-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('inputFiles', () => {
  it('finds .xlsx, .xlsm and legacy .xls files in a folder and its sub-folders, and nothing else', () => {
    layout(['a.xlsx', 'b.XLSM', 'c.xls', 'notes.docx', 'd.csv', 'sub/e.xlsx', 'sub/deeper/f.xlsm']);
    expect(rel(inputFiles([dir]).files)).toEqual(['a.xlsx', 'b.XLSM', 'c.xls', 'sub/deeper/f.xlsm', 'sub/e.xlsx']);
  });

  it('orders names as a reviewer reads them: numbers by value, the same every run', () => {
    layout(['第10张.xlsx', '第2张.xlsx', '第1张.xlsx', 'B县.xlsx', 'A县.xlsx', '10/x.xlsx', '9/x.xlsx']);
    const once = rel(inputFiles([dir]).files);
    // zh-CN collation: digits, then Han by pinyin, then Latin.
    expect(once).toEqual(['9/x.xlsx', '10/x.xlsx', '第1张.xlsx', '第2张.xlsx', '第10张.xlsx', 'A县.xlsx', 'B县.xlsx']);
    expect(rel(inputFiles([dir]).files)).toEqual(once);
  });

  it('passes over Excel’s lock files and hidden folders', () => {
    layout(['~$a.xlsx', 'a.xlsx', '.git/x.xlsx', '.hidden.xlsx']);
    expect(rel(inputFiles([dir]).files)).toEqual(['a.xlsx']);
  });

  it('takes a file as given, even one that is not a workbook: it is reported as unreadable later', () => {
    layout(['notes.docx']);
    const missing = path.join(dir, 'missing.xlsx');
    expect(inputFiles([path.join(dir, 'notes.docx'), missing]).files).toEqual([path.join(dir, 'notes.docx'), missing]);
  });

  it('checks a file reached twice once, where it was first reached', () => {
    layout(['a.xlsx', 'sub/b.xlsx']);
    const b = path.join(dir, 'sub', 'b.xlsx');
    expect(rel(inputFiles([b, dir, path.join(dir, 'sub')]).files)).toEqual(['sub/b.xlsx', 'a.xlsx']);
  });

  it('names a folder without any workbook', () => {
    layout(['empty/notes.txt', 'full/a.xlsx']);
    const r = inputFiles([path.join(dir, 'empty'), path.join(dir, 'full')]);
    expect(r.empty).toEqual([path.join(dir, 'empty')]);
    expect(rel(r.files)).toEqual(['full/a.xlsx']);
  });

  it('does not loop on a link back to a folder it is searching', () => {
    layout(['a.xlsx', 'sub/b.xlsx']);
    fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    expect(rel(inputFiles([dir]).files)).toEqual(['a.xlsx', 'sub/b.xlsx']);
  });

  it('passes over what the run writes: the copies’ folder and the summary workbook', () => {
    layout(['a.xlsx', 'selfeval-out/a.xlsx', '汇总.xlsx']);
    const r = inputFiles([dir], [path.join(dir, 'selfeval-out'), path.join(dir, '汇总.xlsx')]);
    expect(rel(r.files)).toEqual(['a.xlsx']);
  });

  it('passes over an earlier run’s copies folder (selfeval-out) wherever it lies, and names it', () => {
    layout(['a.xlsx', 'selfeval-out/a.xlsx', 'sub/selfeval-out/b.xlsx', 'sub/b.xlsx']);
    const r = inputFiles([dir]);
    expect(rel(r.files)).toEqual(['a.xlsx', 'sub/b.xlsx']);
    expect(rel(r.passed)).toEqual(['selfeval-out', 'sub/selfeval-out']);
  });

  it('reports a link to nowhere as a file, and passes over a named pipe, which would block the run', () => {
    layout(['a.xlsx']);
    fs.symlinkSync(path.join(dir, 'gone.xlsx'), path.join(dir, 'dangling.xlsx'));
    spawnSync('mkfifo', [path.join(dir, 'pipe.xlsx')]);
    expect(fs.existsSync(path.join(dir, 'pipe.xlsx'))).toBe(true);
    expect(rel(inputFiles([dir]).files)).toEqual(['a.xlsx', 'dangling.xlsx']);
  });
});
