/** The workbook-level name that marks a consolidated workbook as written by this tool, not a submission. */
export const REVIEW_MARKER = 'SelfEval_Review';
