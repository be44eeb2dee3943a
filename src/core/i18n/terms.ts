import type { Localised } from '../rules/finding';

/** Terms used inside messages and on the summary sheet. */
export const TERMS = {
  fundsBlock: { 'zh-CN': '项目资金', 'en-US': 'the funds block' },
  fundsColumns: { 'zh-CN': '全年预算数/全年执行数列', 'en-US': 'the budget and spending columns' },
  fundsTotal: { 'zh-CN': '年度资金总额行', 'en-US': 'the total funds row' },
  indicatorHeader: { 'zh-CN': '绩效指标表头', 'en-US': 'the indicator table header' },
  indicatorColumns: { 'zh-CN': '分值/得分列', 'en-US': 'the weight and score columns' },
  totalRow: { 'zh-CN': '总分行', 'en-US': 'the total row' },
  initial: { 'zh-CN': '年初预算数', 'en-US': 'Initial budget' },
  adjusted: { 'zh-CN': '全年预算数', 'en-US': 'Full-year budget' },
  executed: { 'zh-CN': '全年执行数', 'en-US': 'Spending' },
  weight: { 'zh-CN': '分值', 'en-US': 'Weight' },
  rate: { 'zh-CN': '执行率', 'en-US': 'Execution rate' },
  score: { 'zh-CN': '得分', 'en-US': 'Score' },
  fundsTotalLine: { 'zh-CN': '年度资金总额', 'en-US': 'Total funds' },
  fundsCurrentLine: { 'zh-CN': '当年财政拨款', 'en-US': 'Current appropriation' },
  fundsCarryoverLine: { 'zh-CN': '上年结转资金', 'en-US': 'Carry-over' },
  fundsOtherLine: { 'zh-CN': '其他资金', 'en-US': 'Other funds' },
  totalLine: { 'zh-CN': '总分', 'en-US': 'Total' },
  blank: { 'zh-CN': '未填写', 'en-US': 'not filled in' },
  recordedAs: { 'zh-CN': '填写为 {found}', 'en-US': 'reads {found}' },
  notFilled: { 'zh-CN': '未填写', 'en-US': 'is not filled in' },
  missedTarget: { 'zh-CN': '未达到目标（目标{expected}，实际 {found}）', 'en-US': 'missed its target of {expected} (actual {found})' },
  scoreBelowWeight: { 'zh-CN': '得分 {found} 低于分值 {expected}', 'en-US': 'scores {found}, below its weight {expected}' },
  level_output: { 'zh-CN': '产出指标', 'en-US': 'Output indicators' },
  level_benefit: { 'zh-CN': '效益指标', 'en-US': 'Benefit indicators' },
  level_satisfaction: { 'zh-CN': '满意度指标', 'en-US': 'Satisfaction indicators' },
  fillHint: { 'zh-CN': '；按完成情况可得 {fill} 分', 'en-US': '; its completion earns {fill}' },
  band_achieved: { 'zh-CN': '达成', 'en-US': 'achieved' },
  band_partial: { 'zh-CN': '部分达成', 'en-US': 'partly achieved' },
  band_missed: { 'zh-CN': '未达成', 'en-US': 'not achieved' },
  list: { 'zh-CN': '、', 'en-US': ', ' },
  unread_column: { 'zh-CN': '列“{text}”（{cell}）', 'en-US': 'the column headed "{text}" ({cell})' },
  unread_fundsLine: {
    'zh-CN': '资金行“{text}”（{cell}），资金来源合计未核对',
    'en-US': 'the funds line "{text}" ({cell}), so the funding sources were not added up',
  },
  unread_fundsColumns: {
    'zh-CN': '“{text}”下的预算数、执行数列（{cell}），执行率和预算执行得分未计算',
    'en-US': 'the budget and spending columns under "{text}" ({cell}), so the execution rate and its score were not computed',
  },
  unread_fundsBlock: {
    'zh-CN': '预算执行情况（项目资金）块（{cell}），执行率和预算执行得分未计算',
    'en-US': 'the funds block ({cell}), so the execution rate and its score were not computed',
  },
  unread_totalRow: {
    'zh-CN': '总分行（{cell} 表下），总分按各项得分计算，未与填写值核对',
    'en-US': 'the total row (under the table at {cell}); the total is computed from the scores but not checked against a recorded one',
  },
  unread_totalLabel: {
    'zh-CN': '总分行的标签“{text}”（{cell}），按总分行读取',
    'en-US': 'the label "{text}" of the total row ({cell}), read as the total row',
  },
  unread_scoreColumn: {
    'zh-CN': '指标得分列（{cell}），指标得分和总分未核对',
    'en-US': 'the indicator score column ({cell}), so the scores and the total were not checked',
  },
  unread_reasonColumn: {
    'zh-CN': '偏差原因列（{cell}），{text} 个指标的偏差未核对是否说明',
    'en-US': 'a deviation column ({cell}), so whether {text} deviating indicator(s) are explained was not checked',
  },
} satisfies Record<string, Localised>;
