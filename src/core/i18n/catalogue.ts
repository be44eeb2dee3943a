import type { Finding, Lang, Localised, Params, RuleId, Severity } from '../rules/finding';

type Template = (p: Record<string, string>) => string;

/** The message of each rule, in each language. Every message states what was expected and what was found. */
export const RULE_MESSAGES: Record<Lang, Record<RuleId, Template>> = {
  'zh-CN': {
    'form.incomplete': (p) => `绩效自评表不完整：缺少${p.missing}`,
    'value.unparseable': (p) => `${p.field}应为数字，实际为“${p.found}”`,
    'value.uncalculated': (p) => `${p.field}是公式 =${p.formula}，但没有计算结果；请在 Excel 中重新计算后保存`,
    'funds.sources-sum': (p) => `${p.column}：当年财政拨款 + 上年结转资金 + 其他资金 = ${p.expected}，与年度资金总额 ${p.found} 不一致`,
    'funds.budget-zero': (p) => `全年预算数为${p.found}，无法计算执行率`,
    'funds.overspent': (p) => `全年执行数 ${p.found} 超过全年预算数 ${p.expected}`,
    'rate.mismatch': (p) => `执行率填写为 ${p.found}，按全年执行数 ÷ 全年预算数计算应为 ${p.expected}`,
    'rate.score-mismatch': (p) => `预算执行率得分填写为 ${p.found}，按 min(执行率, 100%) × 分值计算应为 ${p.expected}`,
    'rate.low': (p) => `执行率 ${p.found} 低于 ${p.expected}，请说明预算执行偏低的原因`,
    'score.missing': (p) => `指标“${p.name}”分值为 ${p.weight}，但未填写得分${p.fillHint}`,
    'score.exceeds-weight': (p) => `指标“${p.name}”得分 ${p.found} 超出 0–${p.expected} 的范围`,
    'score.above-completion': (p) =>
      `指标“${p.name}”未完成目标（${p.target}，实际 ${p.actual}），得分 ${p.found} 高于按完成比例计算的 ${p.expected}`,
    'score.band': (p) => `指标“${p.name}”实际完成值为“${p.band}”，得分应在 ${p.expected} 之间，实际为 ${p.found}`,
    'deviation.unexplained': (p) => `指标“${p.name}”${p.why}，但未填写偏差原因分析及改进措施`,
    'deviation.overachieved': (p) =>
      `指标“${p.name}”实际完成 ${p.actual}，达到目标 ${p.target} 的 ${p.found}（≥ ${p.expected}），请说明超额完成的原因`,
    'weights.sum': (p) => `分值合计应为 ${p.expected}，实际为 ${p.found}（预算执行率 ${p.budget} + 指标 ${p.indicators}）`,
    'weights.level1': (p) => `${p.level}分值合计应为 ${p.expected}，实际为 ${p.found}`,
    'total.mismatch': (p) => `总分填写为 ${p.found}，各项得分合计为 ${p.expected}`,
    'workbook.no-forms': () => '工作簿中没有找到绩效自评表（未找到“项目资金”“一级指标”等表头）',
  },
  'en-US': {
    'form.incomplete': (p) => `The form is incomplete: missing ${p.missing}`,
    'value.unparseable': (p) => `${p.field} must be a number, found "${p.found}"`,
    'value.uncalculated': (p) => `${p.field} is the formula =${p.formula} without a calculated result; recalculate and save it in Excel`,
    'funds.sources-sum': (p) =>
      `${p.column}: current appropriation + carry-over + other funds = ${p.expected}, but the total is ${p.found}`,
    'funds.budget-zero': (p) => `The full-year budget is ${p.found}, so the execution rate cannot be computed`,
    'funds.overspent': (p) => `Spending ${p.found} exceeds the full-year budget ${p.expected}`,
    'rate.mismatch': (p) => `The execution rate reads ${p.found}; spending ÷ budget gives ${p.expected}`,
    'rate.score-mismatch': (p) => `The budget score reads ${p.found}; min(rate, 100%) × weight gives ${p.expected}`,
    'rate.low': (p) => `The execution rate ${p.found} is below ${p.expected}; explain the low spending`,
    'score.missing': (p) => `Indicator "${p.name}" has weight ${p.weight} but no score${p.fillHint}`,
    'score.exceeds-weight': (p) => `Indicator "${p.name}" scores ${p.found}, outside 0–${p.expected}`,
    'score.above-completion': (p) =>
      `Indicator "${p.name}" missed its target (${p.target}, actual ${p.actual}), yet scores ${p.found}, above the ${p.expected} its completion earns`,
    'score.band': (p) => `Indicator "${p.name}" is "${p.band}", so its score must lie in ${p.expected}; found ${p.found}`,
    'deviation.unexplained': (p) => `Indicator "${p.name}" ${p.why}, but the deviation analysis is empty`,
    'deviation.overachieved': (p) =>
      `Indicator "${p.name}" reached ${p.actual}, ${p.found} of its target ${p.target} (≥ ${p.expected}); explain the over-achievement`,
    'weights.sum': (p) => `The weights must total ${p.expected}, found ${p.found} (budget ${p.budget} + indicators ${p.indicators})`,
    'weights.level1': (p) => `${p.level} weights must total ${p.expected}, found ${p.found}`,
    'total.mismatch': (p) => `The total reads ${p.found}; the scores add up to ${p.expected}`,
    'workbook.no-forms': () => 'No self-evaluation form was found in this workbook (no 项目资金 or 一级指标 header)',
  },
};

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
  blank: { 'zh-CN': '空', 'en-US': 'blank' },
  missedTarget: { 'zh-CN': '未达到目标（目标 {expected}，实际 {found}）', 'en-US': 'missed its target {expected} (actual {found})' },
  scoreBelowWeight: { 'zh-CN': '得分 {found} 低于分值 {expected}', 'en-US': 'scores {found}, below its weight {expected}' },
  level_output: { 'zh-CN': '产出指标', 'en-US': 'Output indicators' },
  level_benefit: { 'zh-CN': '效益指标', 'en-US': 'Benefit indicators' },
  level_satisfaction: { 'zh-CN': '满意度指标', 'en-US': 'Satisfaction indicators' },
  fillHint: { 'zh-CN': '；按完成情况可得 {fill} 分', 'en-US': '; its completion earns {fill}' },
  band_achieved: { 'zh-CN': '达成', 'en-US': 'achieved' },
  band_partial: { 'zh-CN': '部分达成', 'en-US': 'partly achieved' },
  band_missed: { 'zh-CN': '未达成', 'en-US': 'not achieved' },
  list: { 'zh-CN': '、', 'en-US': ', ' },
} satisfies Record<string, Localised>;

/** The name of each severity. */
export const SEVERITY_NAMES: Record<Severity, Localised> = {
  error: { 'zh-CN': '错误', 'en-US': 'error' },
  warning: { 'zh-CN': '警告', 'en-US': 'warning' },
};

/** The parts of a workbook that a copy written by exceljs cannot keep, by name. */
export const UNKEPT_NAMES = {
  macros: { 'zh-CN': '宏', 'en-US': 'macros' },
  charts: { 'zh-CN': '图表', 'en-US': 'charts' },
  'pivot-tables': { 'zh-CN': '数据透视表', 'en-US': 'pivot tables' },
  slicers: { 'zh-CN': '切片器', 'en-US': 'slicers' },
} satisfies Record<string, Localised>;

/** A part of a workbook that a copy written by exceljs cannot keep. */
export type UnkeptPart = keyof typeof UNKEPT_NAMES;

const GRADE_NAMES: Record<string, Localised> = {
  优: { 'zh-CN': '优', 'en-US': '优 (excellent)' },
  良: { 'zh-CN': '良', 'en-US': '良 (good)' },
  中: { 'zh-CN': '中', 'en-US': '中 (fair)' },
  差: { 'zh-CN': '差', 'en-US': '差 (poor)' },
};

/** A 等级 as shown in a language: the official name, glossed in English; a profile's own grade names as they are. */
export function gradeText(grade: string, lang: Lang): string {
  return GRADE_NAMES[grade]?.[lang] ?? grade;
}

/** Resolves message parameters into one language. */
export function resolve(params: Params, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in params) {
    const v = params[k];
    out[k] = typeof v === 'string' ? v : v[lang];
  }
  return out;
}

const messages: Record<Lang, WeakMap<Finding, string>> = { 'zh-CN': new WeakMap(), 'en-US': new WeakMap() };

/** The message of a finding in a language (built once per finding: the notes, the summary and the report share it). */
export function messageOf(f: Finding, lang: Lang): string {
  let m = messages[lang].get(f);
  if (m === undefined) {
    const p = resolve(f.params, lang);
    p.expected = f.expected ?? p.expected ?? '';
    p.found = f.found ?? p.found ?? TERMS.blank[lang];
    m = RULE_MESSAGES[lang][f.rule](p);
    messages[lang].set(f, m);
  }
  return m;
}

/** Joins localised terms into one localised list. */
export function joinTerms(terms: Localised[]): Localised {
  return {
    'zh-CN': terms.map((t) => t['zh-CN']).join(TERMS.list['zh-CN']),
    'en-US': terms.map((t) => t['en-US']).join(TERMS.list['en-US']),
  };
}

/** Fills "{name}" placeholders in a text. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** Fills "{name}" placeholders in both languages of a localised template. */
export function fillTerm(t: Localised, values: Record<string, string>): Localised {
  return { 'zh-CN': format(t['zh-CN'], values), 'en-US': format(t['en-US'], values) };
}

/** Strings of the summary sheet, the CLI and the task pane. */
export const UI = {
  summarySheet: { 'zh-CN': '绩效自评汇总', 'en-US': 'Summary' },
  summaryTitle: { 'zh-CN': '财政项目支出绩效自评汇总', 'en-US': 'Project expenditure self-evaluation summary' },
  summaryNote: {
    'zh-CN': '由绩效自评助手生成；重新生成会替换本表。金额单位：元。',
    'en-US': 'Written by SelfEval; generating again replaces this sheet. Amounts in 元 (yuan).',
  },
  colSheet: { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  colProject: { 'zh-CN': '项目名称', 'en-US': 'Project' },
  colDepartment: { 'zh-CN': '主管部门', 'en-US': 'Department' },
  colAgency: { 'zh-CN': '实施单位', 'en-US': 'Agency' },
  colBudget: { 'zh-CN': '全年预算数(元)', 'en-US': 'Budget (yuan)' },
  colExecuted: { 'zh-CN': '全年执行数(元)', 'en-US': 'Spent (yuan)' },
  colRate: { 'zh-CN': '执行率', 'en-US': 'Execution rate' },
  colBudgetScore: { 'zh-CN': '预算执行得分', 'en-US': 'Budget score' },
  colOutputScore: { 'zh-CN': '产出得分', 'en-US': 'Output score' },
  colOutputWeight: { 'zh-CN': '产出分值', 'en-US': 'Output weight' },
  colBenefitScore: { 'zh-CN': '效益得分', 'en-US': 'Benefit score' },
  colBenefitWeight: { 'zh-CN': '效益分值', 'en-US': 'Benefit weight' },
  colSatisfactionScore: { 'zh-CN': '满意度得分', 'en-US': 'Satisfaction score' },
  colSatisfactionWeight: { 'zh-CN': '满意度分值', 'en-US': 'Satisfaction weight' },
  colTotal: { 'zh-CN': '总分', 'en-US': 'Total' },
  colGrade: { 'zh-CN': '等级', 'en-US': 'Grade' },
  colErrors: { 'zh-CN': '错误', 'en-US': 'Errors' },
  colWarnings: { 'zh-CN': '警告', 'en-US': 'Warnings' },
  colStatus: { 'zh-CN': '状态', 'en-US': 'Status' },
  totalsLabel: { 'zh-CN': '合计', 'en-US': 'Total' },
  totalsRatePartial: {
    'zh-CN': '合计执行率未计入 {count} 张缺少全年预算数或全年执行数的表',
    'en-US': 'The overall rate leaves out {count} form(s) without both 全年预算数 and 全年执行数',
  },
  statusPass: { 'zh-CN': '通过', 'en-US': 'Pass' },
  statusFix: { 'zh-CN': '需修改', 'en-US': 'Needs changes' },
  findingsTitle: { 'zh-CN': '问题清单', 'en-US': 'Findings' },
  colCell: { 'zh-CN': '单元格', 'en-US': 'Cell' },
  colRule: { 'zh-CN': '规则', 'en-US': 'Rule' },
  colSeverity: { 'zh-CN': '级别', 'en-US': 'Severity' },
  colMessage: { 'zh-CN': '说明', 'en-US': 'Message' },
  noFindings: { 'zh-CN': '未发现问题', 'en-US': 'No findings' },
  notePrefix: { 'zh-CN': '绩效自评助手：', 'en-US': 'SelfEval:' },
  paneTitle: { 'zh-CN': '绩效自评助手', 'en-US': 'Self-evaluation assistant' },
  paneValidate: { 'zh-CN': '校验', 'en-US': 'Validate' },
  paneFill: { 'zh-CN': '填充', 'en-US': 'Fill in' },
  paneSummary: { 'zh-CN': '生成汇总', 'en-US': 'Summary' },
  paneClear: { 'zh-CN': '清除标记', 'en-US': 'Clear marks' },
  paneRevert: { 'zh-CN': '撤销上次操作', 'en-US': 'Revert last action' },
  paneReverted: {
    'zh-CN': '已撤销上次操作，工作簿恢复到操作之前。',
    'en-US': 'Reverted the last action: the workbook is as it was before it.',
  },
  paneCancel: { 'zh-CN': '取消', 'en-US': 'Cancel' },
  paneReading: { 'zh-CN': '正在读取工作簿…', 'en-US': 'Reading the workbook…' },
  paneChecking: { 'zh-CN': '正在检查绩效自评表…', 'en-US': 'Checking the forms…' },
  paneWriting: { 'zh-CN': '正在写入…', 'en-US': 'Writing…' },
  paneIntro: {
    'zh-CN': '点击“校验”，检查本工作簿中的每一张财政项目支出绩效自评表。',
    'en-US': 'Click Validate to check every self-evaluation form in this workbook.',
  },
  paneNoForms: { 'zh-CN': '本工作簿中没有找到绩效自评表。', 'en-US': 'No self-evaluation form was found in this workbook.' },
  paneAllClear: { 'zh-CN': '未发现问题。', 'en-US': 'No problems found.' },
  paneFilterAll: { 'zh-CN': '全部', 'en-US': 'All' },
  paneFilterErrors: { 'zh-CN': '错误', 'en-US': 'Errors' },
  paneFilterWarnings: { 'zh-CN': '警告', 'en-US': 'Warnings' },
  paneForms: { 'zh-CN': '{count} 张绩效自评表', 'en-US': '{count} forms' },
  paneFormLine: { 'zh-CN': '执行率 {rate} · 总分 {total} · {grade}', 'en-US': 'rate {rate} · total {total} · {grade}' },
  paneFillTitle: { 'zh-CN': '填充计算结果', 'en-US': 'Fill in computed cells' },
  paneFillBody: {
    'zh-CN': '将修改 {count} 个单元格（执行率、预算执行得分、可计算的指标得分和总分）。是否继续？',
    'en-US': '{count} cells will change (execution rates, budget scores, computable scores and totals). Continue?',
  },
  paneFillNone: { 'zh-CN': '没有需要填充的单元格。', 'en-US': 'There is nothing to fill in.' },
  paneConfirm: { 'zh-CN': '继续', 'en-US': 'Continue' },
  paneFilled: { 'zh-CN': '已填充 {count} 个单元格。', 'en-US': 'Filled in {count} cells.' },
  paneSummaryDone: { 'zh-CN': '已生成汇总表“{name}”。', 'en-US': 'Wrote the summary sheet "{name}".' },
  paneCleared: { 'zh-CN': '已清除标记，恢复了 {count} 个单元格。', 'en-US': 'Cleared the marks and restored {count} cells.' },
  paneMarked: { 'zh-CN': '已标出 {count} 个单元格。', 'en-US': 'Marked {count} cells.' },
  paneProtected: {
    'zh-CN': '以下工作表受保护，因此没有标出任何单元格：{sheets}。撤销保护后再校验即可标出',
    'en-US': 'These sheets are protected, so no cell was marked: {sheets}. Unprotect them and validate again to mark',
  },
  paneNoUndo: {
    'zh-CN': '此版本的 Excel 无法用 Ctrl+Z 撤销加载项的修改；请用“撤销上次操作”。',
    'en-US': 'In this version of Excel, Ctrl+Z cannot undo the add-in’s changes; use Revert last action.',
  },
  paneJump: { 'zh-CN': '转到 {cell}', 'en-US': 'Go to {cell}' },
  cliRate: { 'zh-CN': '执行率', 'en-US': 'rate' },
  cliTotal: { 'zh-CN': '总分', 'en-US': 'total' },
  cliGrade: { 'zh-CN': '等级', 'en-US': 'grade' },
  cliNoForms: { 'zh-CN': '（未找到绩效自评表）', 'en-US': '(no form found)' },
  cliCounts: { 'zh-CN': '错误 {errors} 个，警告 {warnings} 个', 'en-US': 'errors: {errors}, warnings: {warnings}' },
  cliSummary: {
    'zh-CN': '共检查 {files} 个文件、{forms} 张绩效自评表：错误 {errors} 个，警告 {warnings} 个',
    'en-US': 'Checked files: {files}, forms: {forms}; errors: {errors}, warnings: {warnings}',
  },
  cliWrote: { 'zh-CN': '已写入 {path}', 'en-US': 'wrote {path}' },
  cliUnkept: {
    'zh-CN': '副本 {path} 不含原工作簿中的{parts}（写副本的 exceljs 无法保留）；原文件未改动',
    'en-US': 'the copy {path} lacks the original’s {parts} (exceljs, which writes it, cannot keep them); the original is unchanged',
  },
  cliUsage: {
    'zh-CN':
      '用法：selfeval check [--json] [--fill] [--summary] [--out 目录] [--lang zh-CN|en-US] 文件...\n' +
      '  --json     以 JSON（报告版本 1）输出到标准输出\n' +
      '  --fill     在副本中填写执行率、预算得分、可计算的指标得分和总分，并标出问题单元格\n' +
      '  --summary  在副本中加入“绩效自评汇总”表\n' +
      '  --out 目录 副本的输出目录（默认 ./selfeval-out）；输入文件从不被修改\n' +
      '  --lang     输出语言（默认 zh-CN）\n' +
      '退出码：0 无错误；1 有错误；2 用法错误或文件无法读取',
    'en-US':
      'usage: selfeval check [--json] [--fill] [--summary] [--out DIR] [--lang zh-CN|en-US] FILE...\n' +
      '  --json     print the report (version 1) as JSON on stdout\n' +
      '  --fill     write a copy with 执行率, budget score, computable indicator scores and 总分 filled in, problems marked\n' +
      '  --summary  add the summary sheet to the copy\n' +
      '  --out DIR  folder for the copies (default ./selfeval-out); the input is never modified\n' +
      '  --lang     language of the output (default zh-CN)\n' +
      'exit codes: 0 no errors; 1 errors found; 2 usage error or unreadable file',
  },
} satisfies Record<string, Localised>;
