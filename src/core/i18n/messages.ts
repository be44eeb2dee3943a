import type { Lang, RuleId } from '../rules/finding';

type Template = (p: Record<string, string>) => string;

/** The message of each rule, in each language. Every message states what was expected and what was found. */
export const RULE_MESSAGES: Record<Lang, Record<RuleId, Template>> = {
  'zh-CN': {
    'form.incomplete': (p) => `绩效自评表不完整：缺少${p.missing}`,
    'form.unread': (p) => `本表以下部分未能读取，相关检查未做：${p.parts}`,
    'value.unparseable': (p) => `${p.field}应为数字，实际为“${p.found}”`,
    'value.uncalculated': (p) => `${p.field}是公式 =${p.formula}，但没有计算结果；请在 Excel 中重新计算后保存`,
    'funds.sources-sum': (p) =>
      p.blank
        ? `${p.column}：${p.lines}，合计 ${p.expected} ${p.unit}，但${p.total}未填写；请填写${p.total}`
        : `${p.column}：${p.lines}，合计 ${p.expected} ${p.unit}，与${p.total} ${p.found} ${p.unit}不一致；${p.none ? '请在各资金来源行填写金额' : '请改正填错的一行'}`,
    'funds.budget-zero': (p) => `全年预算数${p.recorded}，无法计算执行率`,
    'funds.overspent': (p) => `全年执行数 ${p.found} ${p.unit}超过全年预算数 ${p.expected} ${p.unit}`,
    'rate.mismatch': (p) => `执行率${p.recorded}，按全年执行数 ÷ 全年预算数计算应为 ${p.expected}`,
    'rate.score-mismatch': (p) => `预算执行率得分${p.recorded}，按执行率（超过 100% 的按 100% 计）× 分值计算应为 ${p.expected}`,
    'rate.low': (p) => `执行率 ${p.found} 低于 ${p.expected}，请说明预算执行偏低的原因`,
    'score.missing': (p) => `指标“${p.name}”分值为 ${p.weight}，但未填写得分${p.fillHint}`,
    'score.exceeds-weight': (p) => `指标“${p.name}”得分 ${p.found} 超出 0–${p.expected} 的范围`,
    'score.coefficient-mismatch': (p) => `指标“${p.name}”得分${p.recorded}，按指标权重 × 得分系数计算应为 ${p.expected}`,
    'score.above-completion': (p) =>
      `指标“${p.name}”未完成目标（${p.target}，实际 ${p.actual}），得分 ${p.found} 高于按完成比例计算的 ${p.expected}`,
    'score.band': (p) => `指标“${p.name}”实际完成值为“${p.band}”，得分应在 ${p.expected} 之间，实际为 ${p.found}`,
    'deviation.unexplained': (p) => `指标“${p.name}”${p.why}，但未填写偏差原因分析及改进措施`,
    'deviation.overachieved': (p) =>
      `指标“${p.name}”实际完成 ${p.actual}，为目标（${p.target}）的 ${p.found}，超过 ${p.expected}，请说明超额完成的原因`,
    'weights.sum': (p) => `分值合计应为 ${p.expected}，实际为 ${p.found}（预算执行率 ${p.budget} + 指标 ${p.indicators}）`,
    'weights.level1': (p) => `${p.level}分值合计应为 ${p.expected}，实际为 ${p.found}`,
    'total.mismatch': (p) => `总分${p.recorded}，各项得分合计为 ${p.expected}`,
    'workbook.no-forms': () => '工作簿中没有找到绩效自评表（未找到“项目资金”“一级指标”等表头）',
    'sheet.example': (p) => `工作表“${p.sheet}”为填表说明或示例，其中的 ${p.n} 张表格未作检查`,
  },
  'en-US': {
    'form.incomplete': (p) => `The form is incomplete: missing ${p.missing}`,
    'form.unread': (p) => `Parts of this form could not be read, so their checks were not made: ${p.parts}`,
    'value.unparseable': (p) => `${p.field} must be a number, found "${p.found}"`,
    'value.uncalculated': (p) => `${p.field} is the formula =${p.formula} without a calculated result; recalculate and save it in Excel`,
    'funds.sources-sum': (p) =>
      p.blank
        ? `${p.column}: the funding lines ${p.lines} add up to ${p.expected} ${p.unit}, but ${p.total} is blank; fill it in`
        : `${p.column}: the funding lines ${p.lines} add up to ${p.expected} ${p.unit}, but ${p.total} is ${p.found} ${p.unit}; ${p.none ? 'fill in the funding lines' : 'correct the wrong line'}`,
    'funds.budget-zero': (p) => `The full-year budget ${p.recorded}, so the execution rate cannot be computed`,
    'funds.overspent': (p) => `Spending ${p.found} ${p.unit} exceeds the full-year budget ${p.expected} ${p.unit}`,
    'rate.mismatch': (p) => `The execution rate ${p.recorded}; spending ÷ budget gives ${p.expected}`,
    'rate.score-mismatch': (p) => `The budget score ${p.recorded}; the rate (counted as 100% above that) × the weight gives ${p.expected}`,
    'rate.low': (p) => `The execution rate ${p.found} is below ${p.expected}; explain the low spending`,
    'score.missing': (p) => `Indicator "${p.name}" has weight ${p.weight} but no score${p.fillHint}`,
    'score.exceeds-weight': (p) => `Indicator "${p.name}" scores ${p.found}, outside 0–${p.expected}`,
    'score.coefficient-mismatch': (p) => `Indicator "${p.name}" scores ${p.found}; its weight × completion coefficient gives ${p.expected}`,
    'score.above-completion': (p) =>
      `Indicator "${p.name}" missed its target (${p.target}, actual ${p.actual}), yet scores ${p.found}, above the ${p.expected} its completion earns`,
    'score.band': (p) => `Indicator "${p.name}" is "${p.band}", so its score must lie in ${p.expected}; found ${p.found}`,
    'deviation.unexplained': (p) => `Indicator "${p.name}" ${p.why}, but the deviation analysis is empty`,
    'deviation.overachieved': (p) =>
      `Indicator "${p.name}" reached ${p.actual}, ${p.found} of its target ${p.target} (≥ ${p.expected}); explain the over-achievement`,
    'weights.sum': (p) => `The weights must total ${p.expected}, found ${p.found} (budget ${p.budget} + indicators ${p.indicators})`,
    'weights.level1': (p) => `${p.level} weights must total ${p.expected}, found ${p.found}`,
    'total.mismatch': (p) => `The total ${p.recorded}; the scores add up to ${p.expected}`,
    'workbook.no-forms': () => 'No self-evaluation form was found in this workbook (no 项目资金 or 一级指标 header)',
    'sheet.example': (p) =>
      `Sheet "${p.sheet}" holds instructions or an example, so its ${p.n === '1' ? 'table was' : `${p.n} tables were`} not checked`,
  },
};
