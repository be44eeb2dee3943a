import type { Grid } from '../../../src/core';
import type { Cell } from '../../../src/core/grid/cell';
import { gridOf } from '../../helpers/grids';

/** Options that bend the hand-made layout further. */
export interface HandMadeOptions {
  /** Insert a copy of the indicator header before this indicator (0-based). */
  repeatHeaderAt?: number;
  /** Write 总分 in three unmerged cells of its row. */
  repeatTotalLabel?: boolean;
  /** Write the funds label's unit in a cell of its own, beside the label or under it, instead of in the label. */
  unitApart?: 'beside' | 'below';
  /** Write the funds label in the next column too, unmerged, as Excel leaves a merge that was undone and filled. */
  repeatFundsLabel?: boolean;
}

const pct = (n: number): Cell => ({ v: n, fmt: '0.00%' });

/**
 * A form laid out unlike any generated fixture: offset to row 3 / column B, a 序号 column, labels with spaces,
 * line breaks and full-width brackets, the funds block's columns in another order and place than the table's,
 * 得分 before 分值 in the table, 一级 on the group's first row only, and amounts in 万元 as text.
 */
export function handMadeForm(name: string, o: HandMadeOptions = {}): { grid: Grid } {
  const header = [
    null,
    '序号',
    '一级 指标',
    '二级\n指标',
    '三级指标',
    '年度\n指标值',
    '实际\n完成值',
    '得 分',
    '分 值',
    '偏差原因分析\n及改进措施',
  ];
  const indicators = [
    [null, 1, '产出指标', '数量指标', '培训场次', '≥ 4 场', '实际举办5场', 30, 30, ''],
    [null, 2, null, '质量指标', '培训人数', '不少于200人', '180人', 27, 30, '疫情影响，部分线下培训取消'],
    [null, 3, '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, ''],
    [null, 4, '效益指标', '社会效益指标', '社会影响', '提升', '达成', 20, 20, ''],
  ];
  if (o.repeatHeaderAt !== undefined) indicators.splice(o.repeatHeaderAt, 0, header);
  const rows: (string | number | null | Cell)[][] = [
    [],
    [],
    [null, ' 2023年度财政项目支出绩效自评表 '],
    [null, '项目名称', null, '科技人才培训'],
    [null, '主管部门', null, '某某委员会', null, null, '实施单位', '某某中心'],
    [null, '项目资金\n（万元）', null, null, null, '全年预算数', '年初预算数', '全年执行数', '执行率', '分值', '得分'],
    [null, null, null, '年度资金总额：', null, '１２０.００', '100', '114', '95%', 10, 9.5],
    [null, null, null, '其中：当年财政拨款', null, '120', '100', '114', null, '—', null],
    [null, null, null, '上年结转资金', null, null, null, null, null, '—'],
    [null, null, null, '其他资金', null, '—', '—', null, null, '—'],
    [null, '年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, null, '开展培训 4 场', null, null, null, '举办培训 5 场'],
    header,
    ...indicators,
    [null, '总 分', '总 分', '总 分', null, null, null, 96.5, 100, ''].map((v, i) => (!o.repeatTotalLabel && i > 1 && i < 4 ? null : v)),
  ];
  rows[6][8] = pct(0.95);
  const merges = ['B6:E10', 'B11:B12', 'C11:F11', 'G11:J11', 'C12:F12', 'G12:J12'];
  if (o.unitApart) {
    rows[5][1] = '项目资金';
    if (o.unitApart === 'beside') rows[5][2] = '（万元）';
    else rows[6][1] = '（万元）';
    merges.shift();
  }
  if (o.repeatFundsLabel) {
    rows[5][2] = rows[5][1];
    merges.shift();
  }
  return { grid: gridOf(name, rows, merges) };
}
