import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { analyse, planEdits, type Grid } from '../src/core';
import { toGrid } from '../src/hosts/exceljs/toGrid';
import { makeBenchWorkbook } from './fixtures/benchWorkbook';
import { repoRoot } from './fixtures/seedSpecs';

async function time<T>(f: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await f();
  return [performance.now() - t0, r];
}

// Every engine measurement covers about this many forms, so that the small workbook's runs pay their share of garbage
// collection as the large one's do: the fastest single 100-form run would be one that no collection fell in.
const FORMS_PER_BATCH = 7000;
const BATCHES = 6;
const ROUNDS = 3;

type Measured = { forms: number; load: number; adapt: number; engine: number; live: number };

type Loaded = { load: number; adapt: number; grids: Grid[]; workbook: WeakRef<ExcelJS.Workbook> };

/** Loads a workbook and adapts its sheets to grids. Only the grids outlive the call: no frame is left holding the workbook. */
async function loadGrids(file: string): Promise<Loaded> {
  const [load, wb] = await time(async () => {
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(file);
    return w;
  });
  const [adapt, grids] = await time<Grid[]>(() => wb.worksheets.map(toGrid));
  return { load, adapt, grids, workbook: new WeakRef(wb) };
}

/** Times one workbook's loads and engine runs, in this process. */
async function measure(file: string, loadRuns: number): Promise<Measured> {
  const loads: number[] = [];
  const adapts: number[] = [];
  let last: Loaded | null = null;
  for (let k = 0; k < loadRuns; k++) {
    last = await loadGrids(file);
    loads.push(last.load);
    adapts.push(last.adapt);
  }
  const { grids, workbook } = last!;
  last = null;
  // The engine runs on the grids of the last load, after the workbook is let go (as `selfeval check` does), and after
  // one full collection (node --expose-gc), so that collecting the loader's garbage is not charged to the engine. The
  // engine's own garbage still is: nothing is collected between its runs.
  await new Promise((resolve) => setImmediate(resolve));
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the bench needs node --expose-gc');
  gc();
  // A workbook still reachable (a stale variable or register) would sit in the heap during the engine's runs: 100 MB at
  // 1,000 forms, which slows the large workbook's collections and would be charged to the engine.
  if (workbook.deref()) throw new Error('the loaded workbook is still alive when the engine runs');
  const live = process.memoryUsage().heapUsed;
  const run = () => {
    const a = analyse(grids);
    planEdits(a, 'zh-CN');
    return a.forms.length;
  };
  const forms = run();
  const runs = Math.max(1, Math.round(FORMS_PER_BATCH / forms));
  for (let k = 0; k < runs; k++) run(); // warms the JIT and the heap up
  const perRun: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const [batch] = await time(() => {
      for (let k = 0; k < runs; k++) run();
    });
    perRun.push(batch / runs);
  }
  return { forms, load: Math.min(...loads), adapt: Math.min(...adapts), engine: Math.min(...perRun), live };
}

const CLI_ROUNDS = 5;

/**
 * Issue 14's figure: `selfeval check --json` in this process (read the file, grids, analyse, the JSON report, as
 * `main(['check', '--json', file])` with its output captured) against a bare exceljs load of the same file. The two
 * take turns CLI_ROUNDS times and each is the fastest seen, so the CLI's first (cold) run counts only if it is its best.
 */
async function measureCli(file: string): Promise<{ cli: number; load: number; first: number }> {
  const { main: cli } = await import('../src/cli/main');
  let best = { cli: Infinity, load: Infinity, first: NaN };
  for (let k = 0; k < CLI_ROUNDS; k++) {
    let out = 0;
    const io = { stdout: (s: string) => void (out += s.length), stderr: () => undefined, colour: false };
    const [c, code] = await time(() => cli(['check', '--json', file], io));
    if (code === 2 || out === 0) throw new Error(`selfeval check failed on ${file}`);
    const [load] = await time(async () => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.readFile(file);
    });
    best = { cli: Math.min(best.cli, c), load: Math.min(best.load, load), first: k === 0 ? c : best.first };
  }
  return best;
}

/** `npm run bench`: exceljs load, engine and whole CLI times on 100 and 1,000 forms of ~30 indicators. */
async function main(): Promise<void> {
  const dir = path.join(repoRoot(), '.bench');
  fs.mkdirSync(dir, { recursive: true });
  const sizes = [100, 1000];
  for (const n of sizes) await makeBenchWorkbook(path.join(dir, `forms-${n}.xlsx`), n);
  // Each size runs in a process of its own, as the CLI does: what V8 learns from one workbook (compiled code, and
  // which allocations to place straight in the old generation) must not carry over to the other. The sizes take
  // turns, ROUNDS times, and each figure is the fastest: this machine's noise comes in bursts and only ever adds time.
  const best = new Map<number, Measured & { cli: number }>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const n of sizes) {
      const file = path.join(dir, `forms-${n}.xlsx`);
      const child = spawnSync(process.execPath, ['--expose-gc', __filename, '--measure', file, String(n === 100 ? 10 : 4)], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`measuring ${file} failed: ${child.stderr}`);
      const m = JSON.parse(child.stdout) as Measured;
      const [cli] = await time(() =>
        spawnSync(process.execPath, [path.join(repoRoot(), 'bin', 'selfeval.js'), 'check', '--json', file], { maxBuffer: 1 << 30 }),
      );
      const b = best.get(n);
      best.set(n, {
        forms: m.forms,
        load: Math.min(m.load, b?.load ?? Infinity),
        adapt: Math.min(m.adapt, b?.adapt ?? Infinity),
        engine: Math.min(m.engine, b?.engine ?? Infinity),
        cli: Math.min(cli, b?.cli ?? Infinity),
        live: m.live,
      });
    }
  }
  const results = sizes.map((n) => best.get(n)!);
  const ms = (x: number) => x.toFixed(0).padStart(7) + ' ms';
  console.log('forms   exceljs load   grid adapter   engine (grid→plan)   engine/load   per form   whole CLI   heap at start');
  for (const r of results) {
    console.log(
      `${String(r.forms).padEnd(7)} ${ms(r.load)}     ${ms(r.adapt)}     ${ms(r.engine)}           ${((r.engine / r.load) * 100).toFixed(1).padStart(5)}%    ${(r.engine / r.forms).toFixed(3)} ms  ${ms(r.cli)}   ${(r.live / 2 ** 20).toFixed(0).padStart(5)} MB`,
    );
  }
  const [small, big] = results;
  const drift = (big.engine / big.forms / (small.engine / small.forms) - 1) * 100;
  const ratio = (big.engine / big.load) * 100;
  console.log(`\nper-form engine time, 100 → 1,000 forms: ${drift >= 0 ? '+' : ''}${drift.toFixed(1)}% (limit ±30%)`);
  console.log(`engine / exceljs load at 1,000 forms: ${ratio.toFixed(1)}% (limit 10%)`);
  // Issue 14: the CLI's own work on the large workbook against what exceljs alone takes to load it, in one process.
  const child = spawnSync(process.execPath, ['--expose-gc', __filename, '--cli', path.join(dir, 'forms-1000.xlsx')], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`measuring the CLI failed: ${child.stderr}`);
  const c = JSON.parse(child.stdout) as { cli: number; load: number; first: number };
  console.log(
    `check --json / exceljs load at 1,000 forms, in one process: ${ms(c.cli).trim()} / ${ms(c.load).trim()} = ${(c.cli / c.load).toFixed(2)} (goal ≤ 0.5; first run ${ms(c.first).trim()})`,
  );
  const ok = Math.abs(drift) <= 30 && ratio <= 10;
  console.log(ok ? 'PASS' : 'FAIL');
  if (!ok) process.exitCode = 1;
}

const args = process.argv.slice(2);
const task =
  args[0] === '--measure'
    ? measure(args[1], Number(args[2])).then((m) => console.log(JSON.stringify(m)))
    : args[0] === '--cli'
      ? measureCli(args[1]).then((m) => console.log(JSON.stringify(m)))
      : main();
task.catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
