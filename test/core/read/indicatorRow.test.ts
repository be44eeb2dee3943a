import { dec } from '../../../src/core/calc';
import { IndicatorRow, sharedColumns, type IndicatorColumns } from '../../../src/core/read/indicatorRow';

describe('IndicatorRow', () => {
  const cols: IndicatorColumns = { name: 2, target: 3, actual: 4, reason: -1, weight: 5, score: 6 };
  const weight = { kind: 'number', value: dec(10), asText: false } as const;
  const row = new IndicatorRow(12, '产出指标', { row: 10, col: 0 }, '数量指标', cols, '培训场次', '≥5场', '6场', '', weight, {
    kind: 'blank',
  });

  it('shows each part as a cell on its row', () => {
    expect(row.name).toEqual({ row: 12, col: 2, text: '培训场次' });
    expect(row.target).toEqual({ row: 12, col: 3, text: '≥5场' });
    expect(row.actual).toEqual({ row: 12, col: 4, text: '6场' });
    expect(row.reason).toEqual({ row: 12, col: -1, text: '' });
    expect(row.weight).toMatchObject({ row: 12, col: 5, read: { kind: 'number', asText: false } });
    expect(row.score).toEqual({ row: 12, col: 6, read: { kind: 'blank' } });
    expect([row.level1, row.level1At, row.level2]).toEqual(['产出指标', { row: 10, col: 0 }, '数量指标']);
  });

  it('keeps no cell object of its own: the views are made on demand', () => {
    const objects = Object.values(row).filter((v) => v !== null && typeof v === 'object');
    expect(objects).toEqual([{ row: 10, col: 0 }, cols, { kind: 'number', value: dec(10), asText: false }, { kind: 'blank' }]);
    expect(row.name).not.toBe(row.name);
  });
});

describe('sharedColumns', () => {
  const a: IndicatorColumns = { name: 2, target: 3, actual: 4, reason: 8, weight: 5, score: 6 };
  it.each<[string, IndicatorColumns | null, IndicatorColumns, boolean]>([
    ['the first row', null, { ...a }, false],
    ['equal columns', a, { ...a }, true],
    ['another name column (a two-column header, text in its second)', a, { ...a, name: 3 }, false],
    ['another score column', a, { ...a, score: 7 }, false],
    ['no reason column', a, { ...a, reason: -1 }, false],
  ])('%s', (_, prev, cols, shares) => {
    const got = sharedColumns(prev, cols);
    expect(got).toEqual(cols);
    expect(got === prev).toBe(shares);
  });
});
