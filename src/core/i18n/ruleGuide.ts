import type { Localised, RuleId } from '../rules/finding';

/** What the catalogue says of a rule beside its message: its name, what the officer should do, and where it comes from. */
export interface RuleGuide {
  name: Localised;
  fix: Localised;
  source: Localised;
}

const MOF: Localised = {
  'zh-CN': '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件：项目支出绩效自评表及其评分规则',
  'en-US':
    'Ministry of Finance, Measures for project expenditure performance evaluation (财预〔2020〕10号), annex: the self-evaluation form and its scoring',
};
const ARITHMETIC: Localised = {
  'zh-CN': '表内勾稽（表中各数应当相互一致）',
  'en-US': 'The form’s own arithmetic: its figures must agree with one another',
};
const PROFILE: Localised = {
  'zh-CN': '所选评分口径（默认为财预〔2020〕10号，也可选用地方口径）',
  'en-US': 'The chosen scoring profile (财预〔2020〕10号 by default, or a regional one)',
};
const READER: Localised = {
  'zh-CN': '本工具读取表格的方式（selfeval explain 可查看）',
  'en-US': 'How this tool reads the form (see selfeval explain)',
};

const g = (name: [string, string], fix: [string, string], source: Localised): RuleGuide => ({
  name: { 'zh-CN': name[0], 'en-US': name[1] },
  fix: { 'zh-CN': fix[0], 'en-US': fix[1] },
  source,
});

/** The catalogue's guide to every rule, in both languages. */
export const RULE_GUIDE: Record<RuleId, RuleGuide> = {
  'form.incomplete': g(
    ['自评表不完整', 'Incomplete form'],
    [
      '补齐缺少的部分（资金表或绩效指标表），表头沿用模板的写法。',
      'Add the missing part (the funds block or the indicator table), with the template’s headings.',
    ],
    MOF,
  ),
  'form.unread': g(
    ['部分内容未能读取', 'Part of the form not read'],
    [
      '无需修改；若该部分应当检查，请核对其表头是否与模板一致。',
      'Nothing to change; if that part should be checked, compare its headings with the template.',
    ],
    READER,
  ),
  'value.unparseable': g(
    ['应为数字', 'Not a number'],
    [
      '在该单元格中只填写数字（不带单位或文字），单位写在表头。',
      'Enter only a number in this cell (no unit or text); the unit belongs in the heading.',
    ],
    ARITHMETIC,
  ),
  'value.uncalculated': g(
    ['公式未计算', 'Formula not calculated'],
    ['在 Excel 中打开工作簿，按 F9 重新计算后保存。', 'Open the workbook in Excel, press F9 to recalculate, and save it.'],
    ARITHMETIC,
  ),
  'funds.sources-sum': g(
    ['资金来源合计不符', 'Funding sources do not add up'],
    [
      '核对各资金来源行与总额行，改正填错的一处，使各来源之和等于总额。',
      'Check the funding lines against the total line and correct the wrong one, so the lines add up to the total.',
    ],
    ARITHMETIC,
  ),
  'funds.budget-zero': g(
    ['全年预算数未填写或为零', 'Full-year budget blank or zero'],
    ['填写全年预算数（调整后预算数）。', 'Enter the full-year (adjusted) budget.'],
    MOF,
  ),
  'funds.overspent': g(
    ['执行数超过预算数', 'Spending above budget'],
    [
      '核对全年执行数与全年预算数；确实超支的，在说明中写明原因。',
      'Check spending against the budget; if it really was overspent, explain why.',
    ],
    ARITHMETIC,
  ),
  'rate.mismatch': g(
    ['执行率计算有误', 'Execution rate miscalculated'],
    ['将执行率改为全年执行数 ÷ 全年预算数。', 'Set the rate to spending ÷ budget.'],
    MOF,
  ),
  'rate.score-mismatch': g(
    ['预算执行得分有误', 'Budget score miscalculated'],
    ['按执行率（最高 100%）× 分值填写得分。', 'Score the budget as the rate (at most 100%) × its weight.'],
    MOF,
  ),
  'rate.low': g(
    ['执行率偏低', 'Low execution rate'],
    [
      '在偏差原因栏或说明中写明预算执行偏低的原因及改进措施。',
      'Explain the low spending, and what will be done, in the deviation column or the notes.',
    ],
    PROFILE,
  ),
  'score.missing': g(['得分未填写', 'Score missing'], ['填写该指标的得分。', 'Enter the indicator’s score.'], MOF),
  'score.exceeds-weight': g(
    ['得分超出分值', 'Score outside its weight'],
    ['将得分改为 0 至分值之间的数。', 'Change the score to a number between 0 and the weight.'],
    MOF,
  ),
  'score.coefficient-mismatch': g(
    ['得分与得分系数不符', 'Score and coefficient disagree'],
    ['按指标权重 × 得分系数改正得分，或改正系数。', 'Correct the score to weight × coefficient, or correct the coefficient.'],
    ARITHMETIC,
  ),
  'score.above-completion': g(
    ['未完成目标却得分偏高', 'Missed target scored too high'],
    ['按实际完成值 ÷ 目标值 × 分值改正得分。', 'Score it as actual ÷ target × weight.'],
    MOF,
  ),
  'score.band': g(
    ['得分不在档次范围内', 'Score outside its band'],
    [
      '按完成情况所在档次的得分范围改正得分，或改正完成情况的描述。',
      'Bring the score within the band of the stated achievement, or correct the achievement.',
    ],
    PROFILE,
  ),
  'deviation.unexplained': g(
    ['偏差原因未填写', 'Deviation unexplained'],
    [
      '在偏差原因分析及改进措施栏写明未完成的原因和改进措施。',
      'Write why the target was missed, and what will be done, in the deviation column.',
    ],
    MOF,
  ),
  'deviation.overachieved': g(
    ['超额完成未说明', 'Over-achievement unexplained'],
    [
      '在偏差原因栏说明超额完成的原因（如目标定得偏低，今后如何调整）。',
      'Explain the over-achievement in the deviation column (a target set too low, and how it will be set next time).',
    ],
    PROFILE,
  ),
  'weights.sum': g(
    ['分值合计不为 100', 'Weights do not total 100'],
    [
      '调整各指标的分值，使预算执行分值与各指标分值之和为 100。',
      'Adjust the weights so that the budget weight and the indicator weights total 100.',
    ],
    MOF,
  ),
  'weights.level1': g(
    ['一级指标分值不符', 'First-level weights off'],
    ['按评分口径调整该一级指标下各指标的分值。', 'Adjust the weights under this first level to the profile’s split.'],
    PROFILE,
  ),
  'total.mismatch': g(
    ['总分合计有误', 'Total miscalculated'],
    ['将总分改为预算执行得分与各指标得分之和。', 'Set the total to the budget score plus the indicator scores.'],
    ARITHMETIC,
  ),
  'workbook.no-forms': g(
    ['未找到自评表', 'No form found'],
    [
      '确认打开的是绩效自评表所在的工作簿；表头需包含“项目资金”或“一级指标”等字样。',
      'Check this is the workbook with the forms; their headings must include 项目资金 or 一级指标.',
    ],
    READER,
  ),
  'sheet.example': g(
    ['示例表未检查', 'Example not checked'],
    [
      '无需修改；若这张表是要提交的自评表，请把工作表改名（名称中不要有“说明”“示例”“样表”等字样）。',
      'Nothing to change; if this is a form to submit, rename its sheet (without 说明, 示例 or 样表 in the name).',
    ],
    READER,
  ),
};
