import { dec } from '../../../src/core/calc';
import type { Indicator, IndicatorColumns } from '../../../src/core/model';
import { indicatorCell, indicatorNumber, sharedColumns } from '../../../src/core/read/indicatorRow';

describe('indicatorCell and indicatorNumber', () => {
  const columns: IndicatorColumns = { name: 2, target: 3, actual: 4, reason: -1, weight: 5, score: 6, coefficient: -1 };
  const weight = { kind: 'number', value: dec(10), asText: false } as const;
  const row: Indicator = {
    row: 12,
    levels: { level1: '产出指标', level1At: { row: 10, col: 0 }, level2: '数量指标', level1Weight: null },
    columns,
    name: '培训场次',
    target: '≥5场',
    actual: '6场',
    reason: '',
    weight,
    score: { kind: 'blank' },
    coefficient: { kind: 'blank' },
  };

  it.each<[keyof IndicatorColumns, number]>([
    ['name', 2],
    ['target', 3],
    ['actual', 4],
    ['reason', -1],
    ['weight', 5],
    ['score', 6],
  ])('gives the %s cell on the row, −1 without the column', (part, col) => {
    expect(indicatorCell(row, part)).toEqual({ row: 12, col });
  });

  it('gives 分值 and 得分 with what they hold', () => {
    expect(indicatorNumber(row, 'weight')).toEqual({ row: 12, col: 5, read: weight });
    expect(indicatorNumber(row, 'score')).toEqual({ row: 12, col: 6, read: { kind: 'blank' } });
  });
});

describe('sharedColumns', () => {
  const a: IndicatorColumns = { name: 2, target: 3, actual: 4, reason: 8, weight: 5, score: 6, coefficient: 9 };
  const args = (c: IndicatorColumns) => [c.name, c.target, c.actual, c.reason, c.weight, c.score, c.coefficient] as const;
  it.each<[string, IndicatorColumns | null, IndicatorColumns, boolean]>([
    ['the first row', null, { ...a }, false],
    ['equal columns', a, { ...a }, true],
    ['another name column (a two-column header, text in its second)', a, { ...a, name: 3 }, false],
    ['another score column', a, { ...a, score: 7 }, false],
    ['no reason column', a, { ...a, reason: -1 }, false],
  ])('%s', (_, prev, cols, shares) => {
    const got = sharedColumns(prev, ...args(cols));
    expect(got).toEqual(cols);
    expect(got === prev).toBe(shares);
  });
});
