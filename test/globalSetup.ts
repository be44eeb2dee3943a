import path from 'node:path';
import { writeFixtures } from '../scripts/fixtures/workbooks';

/** Generates the fixture workbooks from the readable seed data before any test runs. */
export default async function globalSetup(): Promise<void> {
  await writeFixtures(path.join(__dirname, 'fixtures', 'out'));
}
