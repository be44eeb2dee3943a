/** The rule ids: stable, shared by the CLI report, the task pane, the highlights and the summary. */
export const RULE_IDS = [
  'form.incomplete',
  'form.unread',
  'value.unparseable',
  'value.uncalculated',
  'funds.sources-sum',
  'funds.budget-zero',
  'funds.overspent',
  'rate.mismatch',
  'rate.score-mismatch',
  'rate.low',
  'score.missing',
  'score.exceeds-weight',
  'score.coefficient-mismatch',
  'score.above-completion',
  'score.band',
  'deviation.unexplained',
  'deviation.overachieved',
  'weights.sum',
  'weights.level1',
  'total.mismatch',
  'workbook.no-forms',
  'sheet.example',
] as const;

/** A rule id. */
export type RuleId = (typeof RULE_IDS)[number];

/**
 * How serious a finding is: an error must be fixed before submission, a warning deserves a look, and an info says what
 * the engine could not read (it changes neither a form's status nor the exit code).
 */
export type Severity = 'error' | 'warning' | 'info';

/** A UI language. */
export type Lang = 'zh-CN' | 'en-US';

/** A value in a message that reads differently in each language. */
export type Localised = Record<Lang, string>;

/** The values a message is built from. */
export type Params = Record<string, string | Localised>;

/** One problem found in a workbook. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the problem is in. */
  cell: string;
  row: number;
  col: number;
  params: Params;
  /** The value the rule expected, as shown to people ("94.22%"); null when none applies. */
  expected: string | null;
  /** The value found in the cell; null when blank or not applicable. */
  found: string | null;
  /** The value Fill in would write to fix it, if any. */
  fill: string | null;
  /** Other cells the problem involves, marked with it: the funding source lines a total does not match. */
  also?: CellRef[];
}

/** A cell a finding names besides its own. */
export interface CellRef {
  cell: string;
  row: number;
  col: number;
}
