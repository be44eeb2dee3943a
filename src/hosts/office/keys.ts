/** The workbook setting that holds the add-in's current marks. */
export const STATE_KEY = 'SelfEval.marks';
/** The workbook setting that holds the history of the add-in's actions, for Revert. */
export const HISTORY_KEY = 'SelfEval.history';
/** The workbook setting that holds the summary the add-in last wrote, to leave an unchanged one alone and to revert. */
export const SUMMARY_KEY = 'SelfEval.summary';
/** The workbook-level name that marks a summary sheet as the add-in's own (the CLI uses the same one). */
export const SUMMARY_MARKER = 'SelfEval_SummarySheet';
/** The summary's Excel table, as the CLI names it too. */
export const TABLE_NAME = 'SelfEval_Summary';
/** The hidden workbook names that hold each marked cell's place, so a mark follows its cell when rows move. */
export const ANCHOR_PREFIX = 'SelfEval_Mark_';
