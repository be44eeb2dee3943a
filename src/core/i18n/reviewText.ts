import type { Localised } from '../rules/finding';

/** Strings of a review across files: the consolidated workbook and the HTML report. */
export const REVIEW = {
  title: { 'zh-CN': '绩效自评审核汇总', 'en-US': 'Self-evaluation review' },
  formsSheet: { 'zh-CN': '自评表汇总', 'en-US': 'Forms' },
  findingsSheet: { 'zh-CN': '问题清单', 'en-US': 'Findings' },
  unreadableSheet: { 'zh-CN': '无法读取的文件', 'en-US': 'Unreadable files' },
  note: {
    'zh-CN': '由绩效自评助手生成：每行一张自评表，金额单位为元；原文件未作任何改动。',
    'en-US': 'Written by SelfEval: one row a form, amounts in 元 (yuan); the submitted files were not changed.',
  },
  colFile: { 'zh-CN': '文件', 'en-US': 'File' },
  colRuleId: { 'zh-CN': '规则编号', 'en-US': 'Rule id' },
  colReason: { 'zh-CN': '原因', 'en-US': 'Reason' },
  noUnreadable: { 'zh-CN': '所有文件均已读取', 'en-US': 'Every file was read' },
  files: { 'zh-CN': '文件', 'en-US': 'Files' },
  unreadable: { 'zh-CN': '无法读取', 'en-US': 'Unreadable' },
  forms: { 'zh-CN': '自评表', 'en-US': 'Forms' },
  submittable: { 'zh-CN': '可以提交', 'en-US': 'Can be submitted' },
  toFix: { 'zh-CN': '需修改', 'en-US': 'Need changes' },
  errors: { 'zh-CN': '错误', 'en-US': 'Errors' },
  warnings: { 'zh-CN': '警告', 'en-US': 'Warnings' },
  infos: { 'zh-CN': '提示', 'en-US': 'Notes' },
  noGrade: { 'zh-CN': '未评级', 'en-US': 'No grade' },
  noRate: { 'zh-CN': '无法计算', 'en-US': 'Not computable' },
  rateBelow: { 'zh-CN': '低于 {to}', 'en-US': 'below {to}' },
  rateBetween: { 'zh-CN': '{from}–{to}', 'en-US': '{from}–{to}' },
  rateFull: { 'zh-CN': '{at}', 'en-US': '{at}' },
  rateAbove: { 'zh-CN': '高于 {from}', 'en-US': 'above {from}' },
} satisfies Record<string, Localised>;
