import path from 'node:path';
import { writeFixtures } from './fixtures/workbooks';
import { writeRealWorkbooks } from './fixtures/realWorkbooks';
import { repoRoot } from './fixtures/seedSpecs';

/** Writes every fixture workbook (the real layouts under real/) into test/fixtures/out (or the folder given as the first argument). */
async function main(): Promise<void> {
  const dir = process.argv[2] ?? path.join(repoRoot(), 'test', 'fixtures', 'out');
  const files = await writeFixtures(dir);
  const real = await writeRealWorkbooks(dir);
  for (const f of [...Object.values(files), ...Object.values(real)]) console.log(f);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
