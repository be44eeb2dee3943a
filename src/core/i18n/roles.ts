import type { Localised } from '../rules/finding';
import type { Block, UnreadPart } from '../model';
import type { Role } from '../vocabulary/vocabulary';

/** The name of each role of the vocabulary, as `selfeval explain` shows it. */
export const ROLE_NAMES: Record<Role, Localised> = {
  title: { 'zh-CN': '表名', 'en-US': 'title' },
  year: { 'zh-CN': '年度', 'en-US': 'year' },
  project: { 'zh-CN': '项目名称', 'en-US': 'project name' },
  department: { 'zh-CN': '主管部门', 'en-US': 'supervising department' },
  agency: { 'zh-CN': '实施单位', 'en-US': 'implementing unit' },
  unit: { 'zh-CN': '金额单位', 'en-US': 'amount unit' },
  funds: { 'zh-CN': '资金块', 'en-US': 'funds block' },
  initial: { 'zh-CN': '年初预算数', 'en-US': 'initial budget' },
  adjusted: { 'zh-CN': '全年预算数', 'en-US': 'full-year budget' },
  annual: { 'zh-CN': '年度预算数', 'en-US': 'annual budget' },
  executed: { 'zh-CN': '全年执行数', 'en-US': 'spending' },
  rate: { 'zh-CN': '执行率', 'en-US': 'execution rate' },
  weight: { 'zh-CN': '分值', 'en-US': 'weight' },
  score: { 'zh-CN': '得分', 'en-US': 'score' },
  fundsTotal: { 'zh-CN': '资金总额行', 'en-US': 'total funds line' },
  fundsSource: { 'zh-CN': '资金来源行', 'en-US': 'funding source line' },
  goals: { 'zh-CN': '年度总体目标', 'en-US': 'annual goals' },
  expected: { 'zh-CN': '预期目标', 'en-US': 'expected goals' },
  achieved: { 'zh-CN': '实际完成情况', 'en-US': 'goals achieved' },
  indicators: { 'zh-CN': '绩效指标', 'en-US': 'indicators' },
  level1: { 'zh-CN': '一级指标', 'en-US': 'first level' },
  level2: { 'zh-CN': '二级指标', 'en-US': 'second level' },
  level3: { 'zh-CN': '三级指标', 'en-US': 'indicator name' },
  target: { 'zh-CN': '年度指标值', 'en-US': 'target' },
  adjustedTarget: { 'zh-CN': '调整指标值', 'en-US': 'adjusted target' },
  actual: { 'zh-CN': '实际完成值', 'en-US': 'actual' },
  reason: { 'zh-CN': '偏差原因', 'en-US': 'deviation reason' },
  remedy: { 'zh-CN': '改进措施', 'en-US': 'remedy' },
  operator: { 'zh-CN': '指标性质（运算符）', 'en-US': 'target operator' },
  measure: { 'zh-CN': '度量单位', 'en-US': 'target unit' },
  coefficient: { 'zh-CN': '得分系数', 'en-US': 'score coefficient' },
  total: { 'zh-CN': '总分行', 'en-US': 'total row' },
  sumLine: { 'zh-CN': '合计行', 'en-US': 'sum row' },
  ignored: { 'zh-CN': '不读取的列', 'en-US': 'column left alone' },
  after: { 'zh-CN': '表后内容', 'en-US': 'after the table' },
};

/** The name of each block of a form. */
export const BLOCK_NAMES: Record<Block, Localised> = {
  head: { 'zh-CN': '表头', 'en-US': 'head' },
  funds: { 'zh-CN': '资金', 'en-US': 'funds' },
  goals: { 'zh-CN': '目标', 'en-US': 'goals' },
  table: { 'zh-CN': '指标表', 'en-US': 'indicators' },
  total: { 'zh-CN': '总分', 'en-US': 'total' },
};

/** The name of each part that could not be read. */
export const UNREAD_NAMES: Record<UnreadPart, Localised> = {
  column: { 'zh-CN': '表头未识别的列', 'en-US': 'column whose header names no role' },
  fundsLine: { 'zh-CN': '未识别的资金行', 'en-US': 'funds line not understood' },
  fundsColumns: { 'zh-CN': '资金块缺少预算数/执行数列', 'en-US': 'funds block without budget or spending columns' },
  fundsBlock: { 'zh-CN': '未找到资金块', 'en-US': 'no funds block found' },
  totalRow: { 'zh-CN': '没有总分行', 'en-US': 'no total row' },
  totalLabel: { 'zh-CN': '未识别的总分行标签', 'en-US': 'total row label not understood' },
  scoreColumn: { 'zh-CN': '没有指标得分列', 'en-US': 'no indicator score column' },
  reasonColumn: { 'zh-CN': '没有偏差原因列', 'en-US': 'no deviation reason column' },
};
