import path from 'node:path';
import { fixturePlans, writeFixtures } from './fixtures/workbooks';
import { repoRoot } from './fixtures/seedSpecs';

/** Writes the bundled sample workbook, examples/seed-2022.xlsx, from the seed's readable data. */
async function main(): Promise<void> {
  const seed = fixturePlans().find((p) => p.file === 'seed.xlsx');
  if (!seed) throw new Error('no seed plan');
  await writeFixtures(path.join(repoRoot(), 'examples'), [{ ...seed, file: 'seed-2022.xlsx' }]);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
