import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs the built CLI's main in a fresh node with the arguments; tells the exit code and whether exceljs was loaded. */
function run(args: string[]): { code: number; exceljs: boolean; out: string } {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, 'lib', 'src', 'cli', 'main.js'))});
    let out = '';
    const io = { stdout: (s) => (out += s), stderr: (s) => (out += s), colour: false };
    main(${JSON.stringify(args)}, io).then((code) => {
      const exceljs = Object.keys(require.cache).some((k) => k.includes('/node_modules/exceljs/'));
      process.stdout.write(JSON.stringify({ code, exceljs, out }));
    });`;
  const child = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

describe('the command starts fast: exceljs loads only to read or write a workbook (issue 13)', () => {
  it.each([
    ['--help', ['--help'], 0],
    ['a usage error', ['check', '--no-such-option', 'a.xlsx'], 2],
    ['no file given', ['check'], 2],
  ])('%s answers without loading exceljs', (_name, args, code) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.out).toMatch(/selfeval/);
    expect(r.exceljs).toBe(false);
  });

  it('a check alone does not load it: it reads the file directly (issue 14)', () => {
    const r = run(['check', '--json', path.join(ROOT, 'examples', 'seed-2022.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.exceljs).toBe(false);
  });

  it('a check that writes a copy loads it', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-startup-'));
    try {
      const r = run(['check', '--json', '--fill', '--out', out, path.join(ROOT, 'examples', 'seed-2022.xlsx')]);
      expect(r.code).toBe(1);
      expect(r.exceljs).toBe(true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
