import { Sheet } from '../../../src/core/grid/grid';
import { readHeaderBand } from '../../../src/core/read/headerBand';
import { TABLE_COLUMNS } from '../../../src/core/locate/headerRows';
import type { Role } from '../../../src/core/vocabulary/vocabulary';
import { gridOf } from '../../helpers/grids';

const TABLE = new Set<Role>(TABLE_COLUMNS);
type Row = (string | number | null)[];

/** The role → column letter map and the unread headers of a band read at `row` (0-based). */
function band(rows: Row[], merges: string[], row: number) {
  const b = readHeaderBand(new Sheet(gridOf('s', rows, merges)), row, 0, 20, TABLE);
  const columns = Object.fromEntries(Object.entries(b.columns).map(([r, c]) => [r, String.fromCharCode(65 + c!.col)]));
  return { top: b.top, bottom: b.bottom, columns, unread: b.unread.map((h) => h.text) };
}

describe('readHeaderBand', () => {
  it.each<[string, Row[], string[], number, ReturnType<typeof band>]>([
    [
      'one row: each column its role, an unknown header unread',
      [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施', '自定义列']],
      [],
      0,
      {
        top: 0,
        bottom: 0,
        columns: { level1: 'A', level2: 'B', level3: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', reason: 'H' },
        unread: ['自定义列'],
      },
    ],
    [
      'two rows (Lijiang): 年度指标值 over 指标性质 | 指标值 | 度量单位 gives way to them',
      [
        ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分'],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '资金', '﹦', 72890, '元', 72890, 10, 9],
      ],
      ['A1:C1', 'D1:F1', 'G1:G2', 'H1:H2', 'I1:I2'],
      0,
      {
        top: 0,
        bottom: 1,
        columns: { level1: 'A', level2: 'B', level3: 'C', operator: 'D', target: 'E', measure: 'F', actual: 'G', weight: 'H', score: 'I' },
        unread: [],
      },
    ],
    [
      'two rows: 偏差原因分析及改进措施 over 原因 | 措施, read from the lower row',
      [
        [null, null, null, null, '偏差原因分析及改进措施'],
        ['三级指标', '指标值', '实际完成值', '得分', '原因', '措施'],
      ],
      ['E1:F1'],
      1,
      { top: 0, bottom: 1, columns: { level3: 'A', target: 'B', actual: 'C', score: 'D', reason: 'E', remedy: 'F' }, unread: [] },
    ],
    [
      'split reason columns: 偏差原因 | 改进措施 side by side',
      [['三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因', '改进措施']],
      [],
      0,
      {
        top: 0,
        bottom: 0,
        columns: { level3: 'A', target: 'B', actual: 'C', weight: 'D', score: 'E', reason: 'F', remedy: 'G' },
        unread: [],
      },
    ],
    [
      'a row of data under the header is not a header row',
      [
        ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['培训次数', '≥2次', '3次', 10, 10],
      ],
      [],
      0,
      { top: 0, bottom: 0, columns: { level3: 'A', target: 'B', actual: 'C', weight: 'D', score: 'E' }, unread: [] },
    ],
    [
      'known labels outside the table (序号, 备注) are left alone, not unread',
      [['序号', '三级指标', '年度指标值', '实际完成值', '备注']],
      [],
      0,
      { top: 0, bottom: 0, columns: { level3: 'B', target: 'C', actual: 'D' }, unread: [] },
    ],
  ])('%s', (_name, rows, merges, row, expected) => {
    expect(band(rows, merges, row)).toEqual(expected);
  });
});
