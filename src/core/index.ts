/** The core engine's public surface: grids in; forms, findings and a plan of edits out. No I/O. */
export {
  analyse,
  analysing,
  checkForm,
  computeForms,
  type Analysis,
  type AnalyseOptions,
  type AnalyseProgress,
  type FormReport,
} from './engine';
export { planEdits, type Plan } from './plan/planEdits';
export { explainForm, explainForms, type FormExplanation, type WeightExplained, type WeightOrigin } from './explain/explainForm';
export { PROFILES, profileNamed } from './profiles';
export { BLOCK_NAMES, ROLE_NAMES, UNREAD_NAMES } from './i18n/roles';
export { applyFills, type CellFill, type FillKind } from './plan/fills';
export { MARK_COLOURS, type CellMark } from './plan/marks';
export { findingsText, reviveSummary, type SummaryPlan, type SummaryValue } from './plan/summary';
export type { Grid } from './grid/grid';
export type { Cell } from './grid/cell';
export { a1, colName, parseA1, parseRange, rectA1, sheetRef, splitSheetRef, type Rect } from './grid/address';
export { DEFAULT_PROFILE, makeProfile, type Profile, type ProfileSettings } from './profile';
export { RULE_IDS, type CellRef, type Finding, type Lang, type RuleId, type Severity } from './rules/finding';
export { RULES } from './rules/ruleTable';
export {
  format,
  gradeText,
  messageOf,
  RULE_GUIDE,
  RULE_MESSAGES,
  type RuleGuide,
  SEVERITY_NAMES,
  UI,
  UNKEPT_NAMES,
  unkeptText,
  type UnkeptPart,
} from './i18n/catalogue';
export type { FormResult, FormTotals, IndicatorResult } from './compute/computeForm';
export type { Form, FormHead } from './model';
export { percentText } from './calc';
export { errorsFirst, formPasses, verdictOf, type Verdict } from './verdict';
