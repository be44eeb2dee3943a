import type { Localised } from '../rules/finding';

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
  colFix: { 'zh-CN': '修改方法', 'en-US': 'How to fix' },
  noFindings: { 'zh-CN': '未发现问题', 'en-US': 'No findings' },
  notePrefix: { 'zh-CN': '绩效自评助手：', 'en-US': 'SelfEval:' },
  paneTitle: { 'zh-CN': '绩效自评助手', 'en-US': 'Self-evaluation assistant' },
  paneValidate: { 'zh-CN': '校验', 'en-US': 'Validate' },
  paneFill: { 'zh-CN': '填充', 'en-US': 'Fill in' },
  paneSummary: { 'zh-CN': '生成汇总', 'en-US': 'Summary' },
  paneClear: { 'zh-CN': '清除标记', 'en-US': 'Clear marks' },
  paneRevert: { 'zh-CN': '撤销上次操作', 'en-US': 'Revert last action' },
  paneRevertCells: { 'zh-CN': '撤销：{action}（{count} 个单元格）', 'en-US': 'Revert: {action} ({count} {count|cell|cells})' },
  paneRevertAction: { 'zh-CN': '撤销：{action}', 'en-US': 'Revert: {action}' },
  actionValidate: { 'zh-CN': '校验标记', 'en-US': 'Validate marks' },
  actionFill: { 'zh-CN': '填充', 'en-US': 'Fill in' },
  actionSummary: { 'zh-CN': '生成汇总', 'en-US': 'Summary' },
  actionClear: { 'zh-CN': '清除标记', 'en-US': 'Clear marks' },
  paneReverted: {
    'zh-CN': '已撤销“{action}”，工作簿恢复到该操作之前。',
    'en-US': 'Reverted {action}: the workbook is as it was before it.',
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
  paneForms: { 'zh-CN': '{count} 张绩效自评表', 'en-US': '{count} {count|form|forms}' },
  paneFormLine: {
    'zh-CN': '执行率 {rate} · 预算执行得分 {budget} · 总分 {total} · 等级 {grade}',
    'en-US': 'rate {rate} · budget score {budget} · total {total} · grade {grade}',
  },
  paneVerdictFix: { 'zh-CN': '需修改：{errors} 个错误', 'en-US': 'Needs changes: {errors} {errors|error|errors}' },
  paneVerdictSubmit: { 'zh-CN': '可以提交', 'en-US': 'Ready to submit' },
  paneVerdictWarnings: {
    'zh-CN': '，另有 {warnings} 个警告值得一看',
    'en-US': '; {warnings} {warnings|warning deserves|warnings deserve} a look',
  },
  paneFormStatusFix: { 'zh-CN': '需修改 · {errors} 个错误', 'en-US': 'Needs changes · {errors} {errors|error|errors}' },
  paneFormWarnings: { 'zh-CN': '{warnings} 个警告', 'en-US': '{warnings} {warnings|warning|warnings}' },
  paneFormJump: { 'zh-CN': '转到本表 {where}', 'en-US': 'Go to the form at {where}' },
  paneFillWould: { 'zh-CN': '“填充”将写入 {fill}', 'en-US': 'Fill in will write {fill}' },
  paneWhy: { 'zh-CN': '依据：{source}', 'en-US': 'Source: {source}' },
  paneCopy: { 'zh-CN': '复制问题清单', 'en-US': 'Copy the list' },
  paneMoreForms: { 'zh-CN': '再显示 {count} 张表（还有 {left} 张）', 'en-US': 'Show {count} more {count|form|forms} ({left} left)' },
  paneCopied: {
    'zh-CN': '已复制 {count} 条问题，可粘贴到 Excel、微信或邮件。',
    'en-US': 'Copied {count} {count|finding|findings}: paste them into Excel, WeChat or an e-mail.',
  },
  paneCopyFailed: { 'zh-CN': '无法写入剪贴板。', 'en-US': 'The clipboard could not be written.' },
  paneFillTitle: { 'zh-CN': '填充计算结果', 'en-US': 'Fill in computed cells' },
  paneFillBody: {
    'zh-CN': '将修改 {count} 个单元格（执行率、预算执行得分、可计算的指标得分和总分）。是否继续？',
    'en-US': '{count} {count|cell|cells} will change (execution rates, budget scores, computable scores and totals). Continue?',
  },
  paneFillOverWeight: {
    'zh-CN': '有 {count} 个得分超出分值，请先改正；在此之前不会填写总分。',
    'en-US':
      '{count} {count|score is|scores are} above {count|its|their} weight: fix {count|it|them} first; until then the total is not filled in.',
  },
  paneFillNone: { 'zh-CN': '没有需要填充的单元格。', 'en-US': 'There is nothing to fill in.' },
  paneConfirm: { 'zh-CN': '继续', 'en-US': 'Continue' },
  paneFilled: { 'zh-CN': '已填充 {count} 个单元格。', 'en-US': 'Filled in {count} {count|cell|cells}.' },
  paneSummaryDone: { 'zh-CN': '已生成汇总表“{name}”。', 'en-US': 'Wrote the summary sheet "{name}".' },
  paneCleared: { 'zh-CN': '已清除标记，恢复了 {count} 个单元格。', 'en-US': 'Cleared the marks and restored {count} {count|cell|cells}.' },
  paneMarked: { 'zh-CN': '已标出 {count} 个单元格。', 'en-US': 'Marked {count} {count|cell|cells}.' },
  paneProtected: {
    'zh-CN': '以下工作表受保护，因此没有标出任何单元格：{sheets}。撤销保护后再校验即可标出',
    'en-US': 'These sheets are protected, so no cell was marked: {sheets}. Unprotect them and validate again to mark',
  },
  paneUndoOne: {
    'zh-CN':
      '在此 Excel 中，Ctrl+Z 可一步撤销本加载项的一次操作（“撤销”按钮本身除外）；但加载项读取合并单元格时，Excel 会清空此前的撤销记录。要逐步撤回加载项的操作，请用“撤销”按钮。',
    'en-US':
      'In this Excel, one Ctrl+Z undoes one action of the add-in (but not a Revert); reading merged cells clears the undo history before it, though. To step back through the add-in’s actions, use Revert.',
  },
  paneNoUndo: {
    'zh-CN': '此版本的 Excel 无法用 Ctrl+Z 撤销加载项的修改；请用“撤销上次操作”。',
    'en-US': 'In this version of Excel, Ctrl+Z cannot undo the add-in’s changes; use Revert last action.',
  },
  paneAlso: { 'zh-CN': '相关单元格：', 'en-US': 'Cells involved: ' },
  paneJump: { 'zh-CN': '转到 {cell}', 'en-US': 'Go to {cell}' },
  cliRate: { 'zh-CN': '执行率', 'en-US': 'rate' },
  cliTotal: { 'zh-CN': '总分', 'en-US': 'total' },
  cliGrade: { 'zh-CN': '等级', 'en-US': 'grade' },
  cliNoForms: { 'zh-CN': '（未找到绩效自评表）', 'en-US': '(no form found)' },
  cliCounts: { 'zh-CN': '错误 {errors} 个，警告 {warnings} 个', 'en-US': 'errors: {errors}, warnings: {warnings}' },
  cliInfos: { 'zh-CN': '，提示 {infos} 个', 'en-US': ', notes: {infos}' },
  cliSummary: {
    'zh-CN': '共检查 {files} 个文件、{forms} 张绩效自评表：错误 {errors} 个，警告 {warnings} 个',
    'en-US': 'Checked files: {files}, forms: {forms}; errors: {errors}, warnings: {warnings}',
  },
  cliWrote: { 'zh-CN': '已写入 {path}', 'en-US': 'wrote {path}' },
  cliProgress: { 'zh-CN': '检查中 {done}/{total}：{file}', 'en-US': 'checking {done}/{total}: {file}' },
  cliEmptyFolder: { 'zh-CN': '文件夹 {dir} 中没有 .xlsx 或 .xlsm 文件', 'en-US': 'no .xlsx or .xlsm file in the folder {dir}' },
  cliPassedCopies: {
    'zh-CN': '已跳过 {dir}：其中是 selfeval check --fill 写出的副本',
    'en-US': 'passed over {dir}: it holds the copies selfeval check --fill wrote',
  },
  cliNoWorkbooks: { 'zh-CN': '没有找到要检查的工作簿', 'en-US': 'no workbook to check' },
  cliReviewWrote: {
    'zh-CN':
      '已写入 {path}：{files} 个文件（{unreadable} 个无法读取）、{forms} 张绩效自评表，可以提交 {submittable} 张、需修改 {toFix} 张；错误 {errors} 个，警告 {warnings} 个',
    'en-US':
      'wrote {path}: {files} {files|file|files} ({unreadable} unreadable), {forms} {forms|form|forms}, {submittable} can be submitted, {toFix} need changes; errors: {errors}, warnings: {warnings}',
  },
  cliUnkept: {
    'zh-CN': '副本 {path} 不含原工作簿中的{parts}（写副本的 exceljs 无法保留）；原文件未改动',
    'en-US': 'the copy {path} lacks the original’s {parts} (exceljs, which writes it, cannot keep them); the original is unchanged',
  },
  explainDone: { 'zh-CN': '共说明 {files} 个文件', 'en-US': 'Explained files: {files}' },
  explainProfile: { 'zh-CN': '评分方案 {profile}', 'en-US': 'profile {profile}' },
  explainKind_project: { 'zh-CN': '项目支出', 'en-US': 'project' },
  explainKind_transfer: { 'zh-CN': '转移支付', 'en-US': 'transfer payment' },
  explainKind_department: { 'zh-CN': '部门整体', 'en-US': 'whole department' },
  explainRoles: { 'zh-CN': '读取的单元格', 'en-US': 'Cells read' },
  explainWeights: { 'zh-CN': '分值及来源', 'en-US': 'Weights and where they came from' },
  explainUnread: { 'zh-CN': '未能读取', 'en-US': 'Not read' },
  explainNothing: { 'zh-CN': '（无）', 'en-US': '(nothing)' },
  explainBudget: { 'zh-CN': '预算执行', 'en-US': 'budget execution' },
  explainIndicators: { 'zh-CN': '绩效指标合计', 'en-US': 'all indicators' },
  explainTotal: { 'zh-CN': '满分', 'en-US': 'full marks' },
  explainNoLevel: { 'zh-CN': '（无一级指标）', 'en-US': '(no first level)' },
  explainFrom_cell: { 'zh-CN': '取自单元格 {cell}', 'en-US': 'from the cell {cell}' },
  explainFrom_label: { 'zh-CN': '取自标签 {cell} 中的“(N分)”', 'en-US': 'from "(N分)" in the label at {cell}' },
  explainFrom_indicators: { 'zh-CN': '各指标分值之和（{cell} 起）', 'en-US': 'the sum of its indicators’ weights (from {cell})' },
  explainFrom_profile: {
    'zh-CN': '表中未写明，取评分方案 {profile} 的默认值',
    'en-US': 'not stated on the form: the default of profile {profile}',
  },
  explainFrom_none: { 'zh-CN': '不计分', 'en-US': 'not scored' },
  cliUsage: {
    'zh-CN':
      '用法：selfeval check [--json] [--fill] [--summary] [--out 目录] [--profile 方案] [--lang zh-CN|en-US] 文件或文件夹...\n' +
      '      selfeval explain [--json] [--profile 方案] [--lang zh-CN|en-US] 文件或文件夹...\n' +
      '      selfeval summary [--out 汇总.xlsx] [--profile 方案] [--lang zh-CN|en-US] 文件或文件夹...\n' +
      '      selfeval report [--out 报告.html] [--profile 方案] [--lang zh-CN|en-US] 文件或文件夹...\n' +
      '  check      检查绩效自评表；explain 说明每张表如何读取：各角色取自哪个单元格、分值从何而来、哪些标签未识别\n' +
      '  summary    把所有文件的自评表、问题和无法读取的文件汇总到一个新工作簿（默认 绩效自评汇总.xlsx）\n' +
      '  report     写出一份可离线打开的 HTML 审核报告，含等级和执行率图表（默认 绩效自评报告.html）\n' +
      '  文件夹     逐级查找其中的 .xlsx、.xlsm（及旧版 .xls）文件，按名称顺序检查\n' +
      '  --json     以 JSON（报告版本 1）输出到标准输出\n' +
      '  --fill     在副本中填写执行率、预算得分、可计算的指标得分和总分，并标出问题单元格\n' +
      '  --summary  在副本中加入“绩效自评汇总”表\n' +
      '  --out 目录 副本的输出目录（默认 ./selfeval-out）；输入文件从不被修改\n' +
      '  --profile  评分方案：mof-2020（默认，财预〔2020〕10号）、mof-2020-capped（按执行率限制总分）、hubei；表中写明的分值优先\n' +
      '  --lang     输出语言（默认 zh-CN）\n' +
      '退出码：0 无错误；1 有错误；2 用法错误、文件无法读取或无法写出',
    'en-US':
      'usage: selfeval check [--json] [--fill] [--summary] [--out DIR] [--profile NAME] [--lang zh-CN|en-US] FILE|DIR...\n' +
      '       selfeval explain [--json] [--profile NAME] [--lang zh-CN|en-US] FILE|DIR...\n' +
      '       selfeval summary [--out SUMMARY.xlsx] [--profile NAME] [--lang zh-CN|en-US] FILE|DIR...\n' +
      '       selfeval report [--out REPORT.html] [--profile NAME] [--lang zh-CN|en-US] FILE|DIR...\n' +
      '  check      check the forms; explain shows how each form was read: the cell of each role, where each weight came from, the labels not understood\n' +
      "  summary    one new workbook of every file's forms, findings and unreadable files (default 绩效自评汇总.xlsx)\n" +
      '  report     a self-contained HTML review report with charts of 等级 and 执行率 (default 绩效自评报告.html)\n' +
      '  DIR        searched recursively for .xlsx and .xlsm files (and legacy .xls ones), checked in name order\n' +
      '  --json     print the report (version 1) as JSON on stdout\n' +
      '  --fill     write a copy with 执行率, budget score, computable indicator scores and 总分 filled in, problems marked\n' +
      '  --summary  add the summary sheet to the copy\n' +
      '  --out DIR  folder for the copies (default ./selfeval-out); the input is never modified\n' +
      '  --profile  scoring profile: mof-2020 (default, 财预〔2020〕10号), mof-2020-capped (total capped by the rate), hubei; weights the form states win\n' +
      '  --lang     language of the output (default zh-CN)\n' +
      'exit codes: 0 no errors; 1 errors found; 2 usage error, unreadable file or output not written',
  },
  webTitle: { 'zh-CN': '绩效自评助手 · 网页版', 'en-US': 'SelfEval on the web' },
  webPrivacy: {
    'zh-CN': '工作簿只在这台电脑的浏览器里检查，不会上传到任何地方；页面加载后断网也能用。',
    'en-US': 'Your workbook is checked in this browser only and is never uploaded; once loaded, the page works offline.',
  },
  webOpen: { 'zh-CN': '打开工作簿（.xlsx、.xlsm）', 'en-US': 'Open a workbook (.xlsx, .xlsm)' },
  webDrop: { 'zh-CN': '或把文件拖到这里', 'en-US': 'or drop the file here' },
  webChecked: { 'zh-CN': '已检查：{name}', 'en-US': 'Checked: {name}' },
  webCopy: { 'zh-CN': '下载检查后的副本', 'en-US': 'Download the checked copy' },
  webCopyNote: {
    'zh-CN': '副本中有问题的单元格已标色并附批注；原文件不会改动。',
    'en-US': 'In the copy, cells with problems are coloured and carry a note; your file is not changed.',
  },
  webFill: {
    'zh-CN': '填入计算结果（执行率、预算执行得分、可计算的指标得分和总分）',
    'en-US': 'Fill in the computed 执行率, budget score, computable scores and 总分',
  },
  webSummary: { 'zh-CN': '添加汇总表“绩效自评汇总”', 'en-US': 'Add the summary sheet' },
  webUnkept: {
    'zh-CN': '副本将不含原工作簿中的{parts}（生成副本的 exceljs 无法保留）；原文件不受影响。',
    'en-US': 'The copy will lack the original’s {parts} (exceljs, which writes it, cannot keep them); your file is not affected.',
  },
  webDownloaded: { 'zh-CN': '已下载 {name}', 'en-US': 'Downloaded {name}' },
  webProfile: { 'zh-CN': '评分口径', 'en-US': 'Scoring profile' },
  webCopySuffix: { 'zh-CN': '-已检查', 'en-US': '-checked' },
} satisfies Record<string, Localised>;
