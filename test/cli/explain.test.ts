import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { explainForms } from '../../src/core';
import { realLayouts } from '../../scripts/fixtures/realLayout';
import { FIXTURES, fixture, gridsOfFile } from '../helpers/grids';
import type { ExplainedFile } from '../../src/cli/explainText';
import type { JsonReport } from '../../src/cli/jsonReport';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'selfeval.js');
const REAL = realLayouts().map((l) => path.join(FIXTURES, 'real', `${l.id}.xlsx`));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('selfeval explain', () => {
  const text = run(['explain', ...REAL]);
  const json = run(['explain', '--json', ...REAL]);
  const files = (JSON.parse(json.stdout) as { version: 1; files: ExplainedFile[] }).files;

  it('exits 0 and prints nothing on stderr for readable files', () => {
    expect([text.code, text.stderr, json.code, json.stderr]).toEqual([0, '', 0, '']);
  });

  it.each(REAL.map((f, i) => [path.basename(f), i] as const))('%s: --json gives what the engine explains', async (_name, i) => {
    expect(files[i].file).toBe(REAL[i]);
    expect(files[i].forms).toEqual(JSON.parse(JSON.stringify(explainForms(await gridsOfFile(REAL[i])))));
    expect(files[i].forms.length).toBeGreaterThan(0);
  });

  it.each(REAL.map((f, i) => [path.basename(f), i] as const))(
    '%s: the text names each form, each role’s cell and each weight’s origin',
    (_name, i) => {
      const block = text.stdout.split('\n').slice(text.stdout.split('\n').indexOf(REAL[i]));
      const body = block.join('\n');
      for (const form of files[i].forms) {
        expect(body).toContain(`${form.sheet}!${form.range}`);
        for (const r of form.roles) expect(body).toContain(`${r.cell} “`);
        for (const w of form.weights.filter((x) => x.cell && x.from !== 'none')) expect(body).toContain(w.cell!);
        for (const u of form.unread) expect(body).toContain(u.cell);
      }
      expect(body).toContain('读取的单元格');
      expect(body).toContain('分值及来源');
    },
  );

  it('speaks English with --lang en-US', () => {
    const r = run(['explain', '--lang', 'en-US', REAL[0]]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cells read');
    expect(r.stdout).toContain('Weights and where they came from');
    expect(r.stdout).toContain('Explained files: 1');
  });

  it('says an unreadable file plainly, exits 2, and still explains the others', () => {
    const r = run(['explain', path.join(ROOT, 'no-such-file.xlsx'), fixture('seed.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain('1 绿色技术银行综合管理与运行!A1:I26');
  });

  it('refuses --fill, which it cannot honour', () => {
    const r = run(['explain', '--fill', fixture('seed.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('explain');
  });
});

describe('--profile', () => {
  const check = (args: string[]) => {
    const r = run(['check', '--json', ...args]);
    return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as JsonReport) : null };
  };

  it('picks the Hubei profile: the seed’s 50/30/10 split is then off its 40/40, and the stated 10-point budget still wins', () => {
    const mof = check([fixture('seed.xlsx')]).report!;
    const hubei = check(['--profile', 'hubei', fixture('seed.xlsx')]).report!;
    expect([mof.profile, hubei.profile]).toEqual(['mof-2020', 'hubei']);
    const level1 = (r: JsonReport) => r.files[0].forms.flatMap((f) => f.findings).filter((f) => f.rule === 'weights.level1');
    expect(level1(mof)).toEqual([]);
    expect(level1(hubei).length).toBeGreaterThan(0);
    // The forms state their budget 分值 (10) in a cell: the profile's 20 does not replace it.
    expect(hubei.files[0].forms.map((f) => f.budget.weight)).toEqual(mof.files[0].forms.map((f) => f.budget.weight));
    expect(hubei.files[0].forms.map((f) => f.total.score)).toEqual(mof.files[0].forms.map((f) => f.total.score));
  });

  it('names the profile in explain', () => {
    const r = run(['explain', '--json', '--profile', 'hubei', fixture('seed.xlsx')]);
    expect((JSON.parse(r.stdout) as { files: ExplainedFile[] }).files[0].forms.every((f) => f.profile === 'hubei')).toBe(true);
  });

  it('refuses an unknown profile, listing the known ones', () => {
    const r = run(['check', '--profile', 'guangdong', fixture('seed.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mof-2020');
    expect(r.stderr).toContain('hubei');
  });
});
