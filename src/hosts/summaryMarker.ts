/** The workbook-level name that marks a summary sheet as written by this tool. */
export const SUMMARY_MARKER = 'SelfEval_SummarySheet';
