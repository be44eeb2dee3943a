import type { Lang, Localised } from './rules/finding';

/** The kinds of failure that stop work on a whole file or workbook (a bad cell is a finding instead). */
export type ErrorCode =
  | 'file-not-found'
  | 'not-a-file'
  | 'not-xlsx'
  | 'legacy-xls'
  | 'encrypted'
  | 'corrupt'
  | 'write-refused'
  | 'write-exists'
  | 'write-failed'
  | 'write-unserialisable'
  | 'usage'
  | 'no-workbook'
  | ExcelErrorCode
  | 'cancelled';

/** The failures Excel reports, and what the add-in made of them. */
export type ExcelErrorCode =
  | 'excel-protected'
  | 'excel-structure-protected'
  | 'excel-cell-edit'
  | 'excel-too-large'
  | 'excel-failed'
  | 'excel-rolled-back'
  | 'excel-partial'
  | 'nothing-to-revert';

const MESSAGES: Record<ErrorCode, Record<Lang, (d: string) => string>> = {
  'file-not-found': { 'zh-CN': (d) => `找不到文件 ${d}`, 'en-US': (d) => `file not found: ${d}` },
  'not-a-file': { 'zh-CN': (d) => `${d} 是文件夹，不是工作簿`, 'en-US': (d) => `${d} is a folder, not a workbook` },
  'not-xlsx': { 'zh-CN': (d) => `${d} 不是 .xlsx 工作簿`, 'en-US': (d) => `${d} is not an .xlsx workbook` },
  'legacy-xls': {
    'zh-CN': (d) => `${d} 是旧版 .xls 工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
    'en-US': (d) => `${d} is a legacy .xls workbook; save it as .xlsx in Excel or WPS first`,
  },
  encrypted: {
    'zh-CN': (d) => `${d} 设有打开密码，无法读取；请去掉密码后再检查`,
    'en-US': (d) => `${d} is password-protected and cannot be read; remove the password first`,
  },
  corrupt: { 'zh-CN': (d) => `${d} 已损坏，无法读取`, 'en-US': (d) => `${d} is damaged and cannot be read` },
  'write-refused': { 'zh-CN': (d) => `拒绝覆盖输入文件 ${d}`, 'en-US': (d) => `refusing to overwrite the input ${d}` },
  'write-exists': {
    'zh-CN': (d) => `${d} 已存在，且不是本工具写出的汇总或报告，未覆盖；请换一个 --out，或先移走该文件`,
    'en-US': (d) =>
      `${d} already exists and is not a summary or report this tool wrote, so it was not overwritten; choose another --out, or move it first`,
  },
  'write-failed': { 'zh-CN': (d) => `无法写入 ${d}`, 'en-US': (d) => `cannot write ${d}` },
  'write-unserialisable': {
    'zh-CN': (d) => `无法生成副本 ${d}：工作簿中有写副本的 exceljs 无法写回的内容；原文件未改动`,
    'en-US': (d) =>
      `cannot make the copy ${d}: the workbook holds something exceljs, which writes copies, cannot write back; the input is unchanged`,
  },
  usage: { 'zh-CN': (d) => `用法错误：${d}`, 'en-US': (d) => `usage: ${d}` },
  'no-workbook': {
    'zh-CN': () => '请在 Excel 中打开本加载项。没有 Excel（例如使用 WPS）时，请打开同一网址下的网页版 web.html，或使用命令行工具 selfeval',
    'en-US': () =>
      'Open this add-in inside Excel. Without Excel (in WPS, say), open the web page web.html at the same address, or use the selfeval command',
  },
  'excel-protected': {
    'zh-CN': (d) => `以下工作表受保护，未做任何修改：${d}。请撤销保护后重试`,
    'en-US': (d) => `These sheets are protected, so nothing was changed: ${d}. Unprotect them and try again`,
  },
  'excel-structure-protected': {
    'zh-CN': () => '工作簿结构受保护，不能新增或删除工作表，未做任何修改。请在“审阅 > 保护工作簿”中取消保护后重试',
    'en-US': () =>
      "The workbook's structure is protected, so no sheet can be added or deleted and nothing was changed. Unprotect it (Review > Protect Workbook) and try again",
  },
  'excel-cell-edit': {
    'zh-CN': () => 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试',
    'en-US': () => 'Excel is editing a cell. Press Enter or Esc to finish, then try again',
  },
  'excel-too-large': {
    'zh-CN': () => '工作簿太大，Excel 拒绝了这次读写。请分开检查各工作表，或使用命令行工具 selfeval',
    'en-US': () => 'The workbook is too large for one request to Excel. Check its sheets separately, or use the selfeval command line',
  },
  'excel-failed': { 'zh-CN': (d) => `Excel 报告错误：${d}`, 'en-US': (d) => `Excel reported an error: ${d}` },
  'excel-rolled-back': {
    'zh-CN': (d) => `Excel 报告错误：${d}。已撤回本次操作写入的全部内容，工作簿与操作前相同`,
    'en-US': (d) => `Excel reported an error: ${d}. Everything this action wrote was taken back: the workbook is as it was`,
  },
  'excel-partial': {
    'zh-CN': (d) => `Excel 报告错误：${d}。本次操作只写入了一部分，且未能自动撤回；请点击“撤销上次操作”`,
    'en-US': (d) =>
      `Excel reported an error: ${d}. The action was only partly written and could not be taken back; click Revert last action`,
  },
  'nothing-to-revert': { 'zh-CN': () => '没有可撤销的操作', 'en-US': () => 'There is no action to revert' },
  cancelled: { 'zh-CN': () => '已取消，未做任何修改', 'en-US': () => 'Cancelled; nothing was changed' },
};

/** An error the tool raises on purpose, shown to people as a plain one-line message. */
export class SelfEvalError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** What the message names: a path, an option. */
    readonly detail = '',
    readonly cause?: unknown,
  ) {
    super(MESSAGES[code]['en-US'](detail));
    this.name = 'SelfEvalError';
  }

  /** The message in a language. */
  text(lang: Lang): string {
    return MESSAGES[this.code][lang](this.detail);
  }
}

/** A file that cannot be read as a workbook: missing, a folder, not .xlsx, legacy .xls, encrypted or corrupt. */
export class UnreadableWorkbookError extends SelfEvalError {
  constructor(
    code: 'file-not-found' | 'not-a-file' | 'not-xlsx' | 'legacy-xls' | 'encrypted' | 'corrupt',
    detail: string,
    cause?: unknown,
  ) {
    super(code, detail, cause);
    this.name = 'UnreadableWorkbookError';
  }
}

/** A write the tool refuses (over its own input) or cannot make (a read-only folder, a workbook exceljs cannot write). */
export class WriteRefusedError extends SelfEvalError {
  constructor(code: 'write-refused' | 'write-exists' | 'write-failed' | 'write-unserialisable', detail: string, cause?: unknown) {
    super(code, detail, cause);
    this.name = 'WriteRefusedError';
  }
}

/** A wrong command line; what is wrong is said in each language, or in one (Node's own words for an unknown option). */
export class UsageError extends SelfEvalError {
  constructor(private readonly what: string | Localised) {
    super('usage', typeof what === 'string' ? what : what['en-US']);
    this.name = 'UsageError';
  }

  /** The message in a language. */
  text(lang: Lang): string {
    return MESSAGES.usage[lang](typeof this.what === 'string' ? this.what : this.what[lang]);
  }
}

/** No workbook to work on: the task pane was opened outside Excel (in a browser, or another Office application). */
export class NoWorkbookError extends SelfEvalError {
  constructor() {
    super('no-workbook');
    this.name = 'NoWorkbookError';
  }
}

/** A failure reported by Excel, in plain words (a protected sheet, cell-edit mode, a request that is too large). */
export class ExcelError extends SelfEvalError {
  constructor(code: ExcelErrorCode, detail = '', cause?: unknown) {
    super(code, detail, cause);
    this.name = 'ExcelError';
  }
}

/** The user cancelled a long action before anything was written. */
export class CancelledError extends SelfEvalError {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}
