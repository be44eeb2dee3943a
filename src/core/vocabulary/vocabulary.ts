/**
 * The vocabulary: every role a label can name on a form, with the ways real forms spell it. It is data: to teach the
 * engine a new spelling, add it to its role's line. Spellings are compared as `labelKey` folds them (full-width forms,
 * spaces and line breaks) after `labelMeaning` strips the marks that belong to a label's form, not its meaning:
 * （A）, （B/A）, （万元）, （10分）, （盖章）, a leading 其中： or 1、, a trailing colon. Sources: the national template
 * (财预〔2020〕10号 附件), and the published forms of test/fixtures/real/SOURCES.md.
 */
// One role to a line (not reflowed by prettier), so that a new spelling is one word added to its line.
// prettier-ignore
export const VOCABULARY = {
  // ---- the form's head ----------------------------------------------------------------------------------
  /** A form's title; also matched by the endings in TITLE_ENDINGS. */
  title: ['项目支出绩效自评表', '财政项目支出绩效自评表', '部门整体支出绩效自评表'],
  /** The year line under the title, "(2022 年度)"; matched by pattern in classify. */
  year: [],
  project: ['项目名称', '转移支付(项目)名称', '转移支付项目名称', '转移支付名称', '专项名称', '专项资金名称', '项目(专项)名称', '政策(项目)名称'],
  department: ['主管部门', '主管部门及代码', '主管单位', '中央主管部门', '地方主管部门', '省级主管部门', '主管部门(单位)', '部门名称', '预算部门', '部门(单位)名称'],
  agency: ['实施单位', '项目实施单位', '资金使用单位', '实施单位名称', '项目单位', '预算单位', '项目承担单位', '单位名称', '责任单位', '项目执行单位'],
  /** A cell of its own giving the funds unit, "单位：万元"; matched by pattern in classify. */
  unit: [],

  // ---- the funds block ----------------------------------------------------------------------------------
  /** The funds block's own label. */
  funds: ['项目资金', '预算执行情况', '项目资金使用情况', '预算资金', '资金使用情况', '部门整体支出预算执行情况', '年度部门整体支出预算执行情况', '资金情况', '年度预算执行情况', '项目资金情况', '项目预算执行情况', '资金执行情况', '预算资金执行情况', '资金投入情况', '年度资金情况', '部门预算执行情况', '项目资金执行情况'],
  initial: ['年初预算数', '年初预算', '年初预算金额', '年初批复预算数', '年初安排数', '年初预算安排数'],
  adjusted: ['全年预算数', '全年预算', '调整后预算数', '调整后预算', '全年预算金额', '预算数', '全年预算安排数', '调整预算数', '全年批复预算数', '全年可用预算数', '全年(调整)预算数', '全年调整预算数'],
  /** 年度预算数: the budget when the block has no 调整后/全年 column, else the initial budget. */
  annual: ['年度预算数', '年度预算', '年度预算安排数', '预算安排数', '预算金额'],
  executed: ['全年执行数', '全年执行', '全年实际执行数', '执行数', '预算执行数', '实际执行数', '实际支出数', '全年实际支出', '实际支出', '支出数', '全年支出数', '全年实际支出数', '资金执行数'],
  rate: ['执行率', '预算执行率', '资金执行率', '全年执行率', '资金到位率及执行率'],
  /** A 分值 or 权重: the budget's on the funds block's total line, an indicator's in the table. */
  weight: ['分值', '权重', '指标权重', '执行率权重', '标准分值', '权重分值', '分值权重', '满分', '指标分值', '预算执行率权重', '参考分值'],
  /** A 得分: the budget's on the funds block's total line, an indicator's in the table. */
  score: ['得分', '自评得分', '自评分', '实际得分', '评价得分', '执行率得分', '指标得分', '评分', '预算执行率得分', '考核得分'],
  /** The funds block's total line. */
  fundsTotal: ['部门整体支出总额', '年度资金总额', '资金总额', '总额', '年度财政资金总额', '合计', '资金合计', '年度资金合计', '总计', '年度资金总额合计', '项目资金总额', '预算资金总额'],
  /** A funding-source line under the total; also matched by the endings in SOURCE_ENDINGS. */
  fundsSource: [
    '当年财政拨款', '本年财政拨款', '财政拨款', '财政资金', '中央补助', '中央财政', '地方资金', '省级资金', '市级资金', '县级资金',
    '市县资金', '地方财政', '财政专户管理资金', '单位资金', '自有资金', '上年结转', '以前年度结转', '其他资金', '社会资金', '银行贷款',
    '一般公共预算', '政府性基金预算', '国有资本经营预算', '事业收入', '经营收入', '其他收入', '上级补助', '本级财政', '本级安排',
    '中央补助资金', '中央资金', '省级财政资金', '市县配套', '地方配套', '债券资金', '专项债券', '单位自筹', '上级专项', '中央专项转移支付',
    '地方政府专项债券', '一般债券', '省财政', '市财政', '县财政', '社会捐赠', '群众自筹', '政府专项债', '省级专项', '其他', '本级',
  ],

  // ---- the goals ----------------------------------------------------------------------------------------
  goals: ['年度总体目标', '当年绩效目标', '当年总体目标', '总体目标', '年度目标', '年度绩效目标', '绩效目标', '总体绩效目标', '年度总体目标完成情况', '总体目标完成情况'],
  expected: ['预期目标', '年初绩效目标', '全年(调整)绩效目标', '全年绩效目标', '年度预期目标', '年初设定目标', '年初目标', '预期目标内容'],
  achieved: ['实际完成情况', '全年目标实际完成情况', '年度实际完成情况', '实际完成', '全年实际完成情况', '目标完成情况', '总体完成情况'],

  // ---- the indicator table ------------------------------------------------------------------------------
  /** 绩效指标: the table's group label, or the indicator name column of a flat table without 三级指标. */
  indicators: ['绩效指标', '绩效指标名称', '年度绩效指标', '年度绩效目标'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标', '指标名称', '具体指标', '指标内容', '三级指标名称'],
  target: ['年度指标值', '年度目标', '指标值', '年度目标值', '目标值', '预期指标值', '年度绩效指标值', '绩效指标值', '预期目标值', '年初目标值', '年度指标目标值', '指标目标值', '计划指标值', '年初指标值'],
  /** The target as adjusted during the year (调整指标值): where it is filled in, it is the target. */
  adjustedTarget: ['调整指标值', '调整后指标值', '全年调整指标值', '调整后目标值', '全年(调整)指标值'],
  actual: ['实际完成值', '全年完成值', '全年实际值', '实际值', '全年实际完成值', '完成值', '实际完成指标值', '实际完成情况', '年度实际完成值', '实际达成值'],
  /** The column explaining a deviation: a 偏差原因 alone, or with the remedy in one cell. */
  reason: [
    '偏差原因分析及改进措施', '偏差原因', '偏差原因分析', '未完成原因分析', '未完成原因和改进措施', '未完成原因', '原因', '原因分析',
    '偏差原因及改进措施', '未完成原因分析及改进措施', '偏差原因分析及拟改进措施', '未完成原因及改进措施', '偏差原因和改进措施',
  ],
  /** The remedy in a column of its own, beside 偏差原因: it explains no deviation by itself. */
  remedy: ['改进措施', '措施', '整改措施', '拟采取的改进措施', '拟改进措施', '改进措施及建议'],
  /** The target's operator in a column of its own (≥, ≤, 正向…); its values are read through OPERATORS. */
  operator: ['指标性质', '计算符号', '运算符号', '指标方向', '比较符号', '符号', '指标值性质', '计算方式'],
  /** The target's unit in a column of its own. */
  measure: ['度量单位', '计量单位', '单位', '指标单位', '指标值单位'],
  /** A completion coefficient (1, 0.9, 90%): the indicator scores 权重 × 系数. */
  coefficient: ['得分系数', '完成系数', '评分系数', '得分率', '完成程度系数'],
  /** The total row under the table. */
  total: ['总分', '合计', '自评总分', '总计', '综合得分', '得分合计', '合计得分', '自评得分合计', '总得分', '评价总分', '综合评分', '总分值', '最终得分', '合计分数', '绩效自评总分', '自评分数合计', '自评总得分', '评分合计'],
  /** A total row named as a sum: on platform forms its 得分 is left blank by design, so a blank one is no missing 总分. */
  sumLine: ['合计', '总计'],

  // ---- known labels the engine reads nothing from ---------------------------------------------------------
  /** Columns and rows that are understood and left alone: not reported as unread. */
  ignored: [
    '序号', '评分标准', '指标解释', '指标说明', '备注', '评分方法', '评分规则', '指标解释及评分标准', '计算公式', '指标类型', '复核分',
    '小计', '项目属性', '项目类型', '项目类别', '资金性质', '实施周期', '项目期限', '所属领域', '负责人及电话', '项目负责人及电话',
    '报表编号', '原因说明', '是否核心指标', '年度主要任务', '任务名称', '主要内容', '得分计算方法', '计分方法', '财政处室',
  ],
  /** Rows after the table that end it: conclusions, problems, notes, signatures. */
  after: [
    '评价结论', '自评结论', '存在问题', '存在的问题', '主要问题', '下一步改进措施', '问题及改进措施', '结果应用', '其他需说明的问题',
    '自评结果', '绩效自评结论', '主要经验及做法', '意见建议', '改进措施及结果应用方案', '偏差大或目标未完成原因分析', '说明', '注',
    '填表说明', '填表人', '填报人', '联系电话', '填报日期', '填表日期', '审核人', '单位负责人', '财务负责人', '项目负责人', '部门负责人',
    '联系人', '单位盖章',
  ],
} satisfies Record<string, readonly string[]>;

/** A role a label can name. */
export type Role = keyof typeof VOCABULARY;

/** Endings that make a label a form's title: "XX县2022年度项目支出绩效自评表". */
export const TITLE_ENDINGS = ['绩效自评表', '绩效自评情况表', '绩效自评价表', '绩效目标自评表', '绩效自评结果表'];

/** Endings that make a funds line the total: "部门整体支出总额", "项目资金合计". */
export const TOTAL_ENDINGS = ['总额', '合计'];

/** Endings that make a funds line a funding source: "市级配套资金", "中央预算内投资补助". */
export const SOURCE_ENDINGS = ['资金', '拨款', '补助', '结转', '结余', '收入', '配套', '投资', '自筹', '专项', '债券', '财政', '捐赠'];

/** Endings that make a label the funds block's own: "年度部门整体支出预算执行情况", "专项资金使用情况". */
export const FUNDS_ENDINGS = ['预算执行情况', '资金情况', '资金使用情况', '资金执行情况'];

/**
 * Words naming a sheet of instructions or of a filled-in example rather than a submission: a table on such a sheet is
 * the template's example, and is not checked. Matched within the folded sheet name; 说明 alone only as the whole name.
 */
export const EXAMPLE_SHEETS = { within: ['填表说明', '填报说明', '填写说明', '示例', '样表', '样例', '范例', '范本'], whole: ['说明'] };

/** What a form is, from words its title holds; a title with none of them is a project form. */
export const FORM_KINDS: readonly { kind: 'department' | 'transfer'; words: readonly string[] }[] = [
  { kind: 'department', words: ['部门整体', '整体支出', '单位整体'] },
  { kind: 'transfer', words: ['转移支付', '区域绩效', '专项资金绩效'] },
];

/**
 * The values of an operator column (指标性质, 计算符号) and the comparison each one names; 定性 marks a qualitative
 * indicator. Folded as labels are.
 */
export const OPERATORS: Readonly<Record<string, '>=' | '>' | '=' | '<=' | '<' | 'qualitative'>> = {
  '>=': '>=',
  '≥': '>=',
  '≧': '>=',
  大于等于: '>=',
  大于或等于: '>=',
  不低于: '>=',
  不少于: '>=',
  正向: '>=',
  正向指标: '>=',
  '>': '>',
  大于: '>',
  '=': '=',
  等于: '=',
  '<=': '<=',
  '≤': '<=',
  '≦': '<=',
  小于等于: '<=',
  小于或等于: '<=',
  不高于: '<=',
  不超过: '<=',
  反向: '<=',
  反向指标: '<=',
  '<': '<',
  小于: '<',
  定性: 'qualitative',
  定性指标: 'qualitative',
};
