/** reportData: the review as the report's display strings (numbers as the workbook shows them) and sort keys. */
import { analyse, DEFAULT_PROFILE } from '../../src/core';
import { dec } from '../../src/core/calc';
import { planReview } from '../../src/core/plan/review';
import { formatDec, reportData, reportTimestamp, valueText } from '../../src/report/reportData';
import { party } from '../core/rules/cases';
import { file, seedReview, SEEDS } from './plans';

describe('formatDec: numbers as the workbook’s number formats show them', () => {
  it.each([
    ['1212480.41', '#,##0.00', '1,212,480.41'],
    ['35000000', '#,##0.00', '35,000,000.00'],
    ['999.995', '#,##0.00', '1,000.00'],
    ['-1234.5', '#,##0.00', '-1,234.50'],
    ['0', '#,##0.00', '0.00'],
    // Beyond a double's 15–17 digits: decimal.js keeps every cent.
    ['123456789012345.67', '#,##0.00', '123,456,789,012,345.67'],
    ['0.99699', '0.00%', '99.70%'],
    ['0.9422377', '0.00%', '94.22%'],
    ['1', '0.00%', '100.00%'],
    ['1.5', '0%', '150%'],
    ['9.975', '0.00', '9.98'],
    ['0.005', '0.00', '0.01'],
    ['-0.001', '0.00', '0.00'],
    ['98.97', '0.00', '98.97'],
    ['3', '0', '3'],
    ['2.5', '0', '3'],
    ['12.5', 'General', '12.5'],
  ])('%s in %s is %s', (value, format, shown) => expect(formatDec(dec(value), format)).toBe(shown));

  it('shows text as it is, links by their text, formulas by their value, blanks as nothing', () => {
    expect(valueText(null)).toBe('');
    expect(valueText({ kind: 'text', text: '通过' })).toBe('通过');
    expect(valueText({ kind: 'link', text: 'Sheet1', sheet: 'Sheet1', cell: 'A1' })).toBe('Sheet1');
    expect(valueText({ kind: 'formula', formula: 'SUM(A1:A2)', value: dec('43290284.96'), format: '#,##0.00' })).toBe('43,290,284.96');
  });
});

describe('reportData', () => {
  const plan = seedReview('zh-CN');
  const data = reportData(plan, '2026-12-06 09:30');
  const col = (name: string) => data.forms.header.indexOf(name);
  const at = (row: number, name: string) => data.forms.rows[row].cells[col(name)];

  it('formats each form’s amounts, rate and scores, and keys them by number', () => {
    expect(at(0, '全年预算数(元)')).toEqual(['1,216,145.00', 1216145]);
    expect(at(0, '全年执行数(元)')).toEqual(['1,212,480.41', 1212480.41]);
    expect(at(0, '执行率')).toEqual(['99.70%', expect.closeTo(0.997, 3)]);
    expect(at(0, '预算执行得分')).toEqual(['9.97', 9.97]);
    expect(at(0, '总分')).toEqual(['98.97', 98.97]);
    expect(at(0, '错误')).toEqual(['0', 0]);
    expect(at(0, '项目名称')).toBe('绿色技术银行综合管理与运行');
    expect(at(0, '状态')).toBe('通过');
  });

  it('keys a 等级 by its rank, the best highest, and leaves a blank blank', () => {
    expect(at(0, '等级')).toEqual([DEFAULT_PROFILE.grades[0].grade, plan.grades.length]);
    const low = planReview(
      [file('a.xlsx', analyse(party((s) => (s.funds.total.executed = null)))), file('b.xlsx', SEEDS[0])],
      DEFAULT_PROFILE,
      'zh-CN',
    );
    const d = reportData(low, 'now');
    const rate = d.forms.header.indexOf('执行率');
    expect(d.forms.rows[0].cells[rate]).toBe('');
    expect(d.forms.rows[1].cells[rate]).toEqual(['99.70%', expect.any(Number)]);
  });

  it('marks the numeric columns, the errors and status columns, and formats the totals row', () => {
    const numeric = data.forms.header.filter((_, i) => data.forms.numeric[i]);
    expect(numeric).toEqual([
      '全年预算数(元)',
      '全年执行数(元)',
      '执行率',
      '预算执行得分',
      '产出得分',
      '产出分值',
      '效益得分',
      '效益分值',
      '满意度得分',
      '满意度分值',
      '总分',
      '错误',
      '警告',
    ]);
    expect([data.forms.errorCol, data.forms.statusCol]).toEqual([col('错误'), col('状态')]);
    expect(data.forms.totals[0]).toBe('合计');
    expect(data.forms.totals[col('全年预算数(元)')]).toBe('43,290,284.96');
    expect(data.forms.totals[col('执行率')]).toMatch(/^\d+\.\d\d%$/);
    expect(data.forms.rows.map((r) => r.passes)).toEqual(plan.forms.passes);
  });

  it('gives the overview figures in order, named in the language', () => {
    expect(data.figures.map((f) => [f.label, f.value])).toEqual([
      ['文件', 8],
      ['无法读取', 1],
      ['自评表', 7],
      ['可以提交', plan.counts.submittable],
      ['需修改', plan.counts.toFix],
      ['错误', plan.counts.errors],
      ['警告', plan.counts.warnings],
      ['提示', plan.counts.infos],
    ]);
    expect(reportData(seedReview('en-US'), 'x').figures.map((f) => f.label)).toEqual([
      'Files',
      'Unreadable',
      'Forms',
      'Can be submitted',
      'Need changes',
      'Errors',
      'Warnings',
      'Notes',
    ]);
    expect(data.generated).toBe('生成时间：2026-12-06 09:30');
  });

  it('flags the error findings, and names each rule’s severity', () => {
    const sev = data.findings.severityCol;
    expect(data.findings.header[sev]).toBe('级别');
    expect(data.findings.rows.filter((_, i) => data.findings.errors[i]).map((r) => r[sev])).toEqual(Array(plan.counts.errors).fill('错误'));
    expect(data.rules.rows[0]).toMatchObject({ rule: 'deviation.overachieved', severity: 'warning', severityText: '警告' });
    expect(data.rules.header).toEqual(['规则', '规则编号', '级别', '问题数', '涉及自评表']);
  });

  it('keeps the hostile texts as they are: escaping is the HTML’s business', () => {
    expect(data.forms.rows[3].cells[0]).toBe('</script><script>alert(1)</script>.xlsx');
    expect(data.unreadable.rows).toEqual([['坏文件.xls', '不是工作簿 <b>&amp;\u2028']]);
  });

  it('writes a timestamp in local time to the minute', () => {
    expect(reportTimestamp(new Date(2026, 0, 5, 7, 3, 59))).toBe('2026-01-05 07:03');
  });
});
