import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '../../src');

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sources(p) : /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The project files a file imports (type-only imports too: a cycle of types is still a cycle of modules). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const hit = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
    if (hit) out.push(hit);
  }
  return out;
}

/** The import cycles among some files, each as the list of files around it. */
export function cyclesAmong(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push(stack.slice(stack.indexOf(g)).map((x) => path.relative(SRC, x)));
      else if (!state.has(g) && graph.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe('imports', () => {
  it('form no cycle in the core, the hosts and the shells (issue 11: journal, readWorkbook, writeMarks and writeSummary imported one another)', () => {
    // The fake Excel's proxy classes still refer to one another (a worksheet makes ranges, a range knows its sheet).
    const files = sources(SRC).filter((f) => !f.startsWith(path.join(SRC, 'fakeExcel')));
    expect(cyclesAmong(files)).toEqual([]);
  });

  it('the check finds a cycle where there is one', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'cycle-'));
    fs.writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B;\n");
    fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './c';\nexport type B = number;\n");
    fs.writeFileSync(path.join(dir, 'c.ts'), "export { x as a } from './a';\n");
    expect(cyclesAmong(sources(dir))).toHaveLength(1);
  });
});
