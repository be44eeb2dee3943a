import path from 'node:path';
import { writeFixtures } from '../scripts/fixtures/workbooks';
import { writeRealWorkbooks } from '../scripts/fixtures/realWorkbooks';

/** Generates the fixture workbooks from the readable seed data and real layouts before any test runs. */
export default async function globalSetup(): Promise<void> {
  const dir = path.join(__dirname, 'fixtures', 'out');
  await writeFixtures(dir);
  await writeRealWorkbooks(dir);
}
