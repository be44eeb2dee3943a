import fs from 'node:fs';
import path from 'node:path';
import type { FakeExcel } from '../../../src/fakeExcel';
import type { AddinSession } from '../../../src/hosts/office/session';
import { fiftySheets, sessionOf, setup } from './helpers';

type Action = 'validate' | 'fill' | 'summary' | 'clearMarks' | 'revert';
const ROWS: [string, Action][] = [
  ['Validate', 'validate'],
  ['Fill in', 'fill'],
  ['Summary', 'summary'],
  ['Clear marks', 'clearMarks'],
  ['Revert', 'revert'],
];

/** The syncs each action takes, in the order an officer clicks them, on a fresh workbook. */
async function measure(fake: FakeExcel, session: AddinSession): Promise<number[]> {
  const out: number[] = [];
  for (const [, action] of ROWS) {
    fake.resetCounters();
    await session[action]();
    out.push(fake.syncCount);
  }
  return out;
}

/** The README's table of syncs: action → [seed, 50 sheets]. */
function readmeTable(): Map<string, number[]> {
  const text = fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
  const table = text.slice(text.indexOf('| action | syncs on the sample |'));
  const rows = new Map<string, number[]>();
  for (const line of table.split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').map((c) => c.trim());
    rows.set(cells[1].replace(/\*/g, ''), [Number(cells[2]), Number(cells[3])]);
  }
  return rows;
}

describe('round trips', () => {
  it('Validate, Fill in and Summary take at most 3 syncs each, and the README’s table says how many each action takes', async () => {
    const seed = setup();
    const fifty = fiftySheets();
    const counts = [await measure(seed.fake, seed.session), await measure(fifty, sessionOf(fifty))];
    expect(Math.max(...counts.flatMap((c) => c.slice(0, 3)))).toBeLessThanOrEqual(3);
    const table = readmeTable();
    expect(Object.fromEntries(ROWS.map(([name], i) => [name, table.get(name)]))).toEqual(
      Object.fromEntries(ROWS.map(([name], i) => [name, [counts[0][i], counts[1][i]]])),
    );
  });
});
