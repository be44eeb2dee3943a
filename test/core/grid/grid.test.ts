import fc from 'fast-check';
import type { Rect } from '../../../src/core/grid/address';
import { Sheet, type Grid } from '../../../src/core/grid/grid';

const grid = (merges: Rect[], rows: Grid['rows'] = []): Grid => ({ name: 'S', rows, merges });
const m = (top: number, left: number, bottom: number, right: number): Rect => ({ top, left, bottom, right });

describe('Sheet', () => {
  // A level column merged down, a name merged across, and a single-row merge on a row the level merge also crosses.
  const merges = [m(2, 0, 9, 0), m(3, 2, 3, 4), m(5, 1, 6, 1), m(20, 3, 20, 5)];
  const sheet = new Sheet(grid(merges, [[{ v: 'a' }], [], [{ v: '产出指标' }, { v: '数量指标' }], [undefined, undefined, { v: '名称' }]]));

  it.each<[number, number, Rect | undefined]>([
    [0, 0, undefined],
    [2, 0, merges[0]],
    [9, 0, merges[0]],
    [10, 0, undefined],
    [3, 0, merges[0]],
    [3, 1, undefined],
    [3, 2, merges[1]],
    [3, 4, merges[1]],
    [3, 5, undefined],
    [6, 1, merges[2]],
    [20, 5, merges[3]],
    [21, 5, undefined],
    [-1, 0, undefined],
    [1_000_000, 0, undefined],
  ])('mergeOf(%d, %d)', (row, col, want) => {
    expect(sheet.mergeOf(row, col)).toBe(want);
  });

  it('shows a merge’s top-left value on every cell it covers, and tells covered cells apart', () => {
    expect(sheet.shown(7, 0)?.v).toBe('产出指标');
    expect(sheet.isCovered(2, 0)).toBe(false);
    expect(sheet.isCovered(7, 0)).toBe(true);
    expect(sheet.spanRight(3, 2)).toBe(4);
    expect(sheet.spanRight(3, 3)).toBe(3);
  });

  it('counts the columns of its rows and of its merges', () => {
    expect(sheet.rowCount).toBe(4);
    expect(sheet.colCount).toBe(6);
    expect(new Sheet(grid([])).colCount).toBe(0);
  });

  it('finds the same merge as a scan of all merges, for any non-overlapping merges', () => {
    // Merges laid out on a grid of 4×4 blocks never overlap, as in Excel.
    const block = fc.record({ br: fc.nat(12), bc: fc.nat(6), h: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(fc.uniqueArray(block, { selector: (b) => `${b.br},${b.bc}`, maxLength: 30 }), (blocks) => {
        const ms = blocks.map((b) => m(b.br * 4, b.bc * 4, b.br * 4 + b.h - 1, b.bc * 4 + b.w - 1));
        const s = new Sheet(grid(ms));
        for (let r = -1; r < 54; r++)
          for (let c = 0; c < 30; c++) {
            expect(s.mergeOf(r, c)).toBe(ms.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right));
          }
      }),
      { numRuns: 60 },
    );
  });
});
