import { execFile, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');

const WEBPACK = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');

/**
 * The base URL the shared production build is deployed to: its manifest points there (test/manifest/deploy.test.ts).
 * The pages do not depend on it.
 */
export const TEST_BASE_URL = 'https://selfeval.example.org/addin/';

/** What a webpack run may add: ADDIN_BASE_URL (never taken from the caller's environment) and more arguments. */
export interface WebpackOptions {
  baseUrl?: string;
  args?: string[];
}

/** The command line and environment of a webpack run into an output folder (never dist/ or dist-harness/, which others use). */
function webpackCommand(config: string, mode: 'production' | 'development', outDir: string, options: WebpackOptions) {
  return {
    args: [WEBPACK, '--config', config, '--mode', mode, '--output-path', outDir, ...(options.args ?? [])],
    env: { ...process.env, ADDIN_BASE_URL: options.baseUrl ?? '' },
  };
}

/** Runs webpack with a config and mode into an output folder; its exit status and output. */
export function runWebpack(config: string, mode: 'production' | 'development', outDir: string, options: WebpackOptions = {}) {
  const { args, env } = webpackCommand(config, mode, outDir, options);
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
}

/** {@link runWebpack} without blocking, so that several short runs can overlap. */
export function runWebpackAsync(
  config: string,
  mode: 'production' | 'development',
  outDir: string,
  options: WebpackOptions = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { args, env } = webpackCommand(config, mode, outDir, options);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/** Runs webpack as {@link runWebpack} does; throws with its output when it fails. */
export function webpack(config: string, mode: 'production' | 'development', outDir: string, options: WebpackOptions = {}): void {
  const r = runWebpack(config, mode, outDir, options);
  if (r.status !== 0) throw new Error(`webpack --config ${config} --mode ${mode} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Every file under a folder, sorted, as paths relative to ROOT. */
function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(path.join(ROOT, f)).isFile())
    .sort();
}

/**
 * A digest of everything the add-in's production bundle is built from: the sources, the assets, the manifest,
 * the webpack and TypeScript configs, the locked dependency versions and the base URL it is deployed to. A bundle is reused only under the same digest,
 * so a test never passes on a stale bundle.
 */
export function addinSourceDigest(): string {
  const hash = crypto.createHash('sha256');
  hash.update(`ADDIN_BASE_URL=${TEST_BASE_URL}\0`);
  const files = [
    ...filesUnder('src'),
    ...filesUnder('assets'),
    ...fs.readdirSync(ROOT).filter((f) => /^manifest.*\.xml$/.test(f)),
    'webpack.config.js',
    'webpack.shared.js',
    'webpack.deploy.js',
    'tsconfig.json',
    'package-lock.json',
  ];
  for (const f of files) {
    hash.update(f + '\0');
    hash.update(fs.readFileSync(path.join(ROOT, f)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The production build of the add-in (`webpack --mode production`, office.js from Microsoft's CDN) for the current
 * sources, deployed to {@link TEST_BASE_URL}, in a temporary folder keyed by {@link addinSourceDigest}. Built once and
 * shared by the test files that need it: a lock folder keeps two jest workers from building at once.
 */
export async function productionBuild(): Promise<string> {
  const digest = addinSourceDigest();
  const dir = path.join(os.tmpdir(), `selfeval-prod-${digest}`);
  const done = path.join(dir, '.built');
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (fs.existsSync(done)) return dir;
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // Another worker is building; a lock older than 3 minutes was left by a killed run.
      if (Date.now() - fs.statSync(lock).mtimeMs > 180_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await sleep(250);
    }
  }
  try {
    if (fs.existsSync(done)) return dir;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-prod-build-'));
    webpack('webpack.config.js', 'production', tmp, { baseUrl: TEST_BASE_URL });
    fs.writeFileSync(path.join(tmp, '.built'), digest);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(tmp, dir);
    pruneOldBuilds(dir);
    return dir;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Removes production builds of other sources left in the temporary folder for more than a day. */
function pruneOldBuilds(keep: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    const p = path.join(os.tmpdir(), name);
    if (!/^selfeval-prod-[0-9a-f]{16}$/.test(name) || p === keep) continue;
    try {
      if (fs.statSync(p).mtimeMs < dayAgo) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // gone already
    }
  }
}

/** The harness (`webpack.harness.js`, development mode) built into a fresh temporary folder. */
export function harnessBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-harness-'));
  webpack('webpack.harness.js', 'development', dir);
  return dir;
}
