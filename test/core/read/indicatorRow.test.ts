import { dec } from '../../../src/core/calc';
import { IndicatorRow } from '../../../src/core/read/indicatorRow';

describe('IndicatorRow', () => {
  const row = new IndicatorRow(12, '产出指标', { row: 10, col: 0 }, '数量指标', {
    nameCol: 2,
    name: '培训场次',
    targetCol: 3,
    target: '≥5场',
    actualCol: 4,
    actual: '6场',
    reasonCol: -1,
    reason: '',
    weightCol: 5,
    weight: { kind: 'number', value: dec(10), asText: false },
    scoreCol: 6,
    score: { kind: 'blank' },
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
    expect(objects).toEqual([{ row: 10, col: 0 }, { kind: 'number', value: dec(10), asText: false }, { kind: 'blank' }]);
    expect(row.name).not.toBe(row.name);
  });
});
