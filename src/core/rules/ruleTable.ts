import { FORM_RULES } from './formRules';
import { FUNDS_RULES } from './fundsRules';
import type { Rule } from './rule';
import { SCORE_RULES } from './scoreRules';
import { TOTAL_RULES } from './totalRules';

export type { Hit, Rule, RuleContext } from './rule';

/** The rule table: every check the engine makes on a form, one entry a rule, in the order findings on one cell are listed. */
export const RULES: readonly Rule[] = [
  FORM_RULES['form.incomplete'],
  FORM_RULES['value.unparseable'],
  FORM_RULES['value.uncalculated'],
  FUNDS_RULES['funds.sources-sum'],
  FUNDS_RULES['funds.budget-zero'],
  FUNDS_RULES['funds.overspent'],
  FUNDS_RULES['rate.mismatch'],
  FUNDS_RULES['rate.score-mismatch'],
  FUNDS_RULES['rate.low'],
  SCORE_RULES['score.missing'],
  SCORE_RULES['score.exceeds-weight'],
  SCORE_RULES['score.coefficient-mismatch'],
  SCORE_RULES['score.above-completion'],
  SCORE_RULES['score.band'],
  SCORE_RULES['deviation.unexplained'],
  SCORE_RULES['deviation.overachieved'],
  TOTAL_RULES['weights.sum'],
  TOTAL_RULES['weights.level1'],
  TOTAL_RULES['total.mismatch'],
  FORM_RULES['form.unread'],
];
