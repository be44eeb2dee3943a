import { ONE, gte, lt, max, min, roundScore, roundScoreWithin, sum, Tally, ZERO, type Dec } from '../calc';
import type { Form, Indicator, KeptHead, Pos } from '../model';
import { numberOf } from '../parse/cellNumber';
import type { Profile } from '../profile';
import { bandOf, scoreQuantitative, type Band, type Quantitative } from './scoreIndicator';

/** What the engine computes for one indicator. */
export interface IndicatorResult {
  readonly indicator: Indicator;
  readonly weight: Dec | null;
  readonly recorded: Dec | null;
  /** Present when the indicator is quantitative and its actual has a number in the target's unit. */
  readonly quantitative: Quantitative | null;
  /** The band a qualitative actual names. */
  readonly band: Band | null;
  /** 分值 × 得分系数, rounded, where the form gives a coefficient. */
  readonly fromCoefficient: Dec | null;
  /** The score that counts: the recorded one, else the computed one. */
  readonly used: Dec | null;
}

/** A first level's totals. */
export interface LevelResult {
  name: string;
  first: Pos;
  /** Σ of its indicators' 分值, or the weight its label states when they have none. */
  weight: Dec;
  score: Dec;
  /** The weight its label states: 产出指标（50分） → 50. */
  stated: Dec | null;
  /** Where `weight` comes from: its indicators' 分值, the label's stated weight, or nowhere (neither: 0). */
  from: 'indicators' | 'label' | 'none';
}

/** What the engine computes for one form, without the indicators: what an analysis keeps of a form. */
export interface FormTotals {
  form: KeptHead;
  /** 全年执行数 ÷ 全年预算数, exact; null when it cannot be computed. */
  rate: Dec | null;
  /** The budget's 分值: the total line's, a label's, or the profile's; null when the form does not score the budget. */
  budgetWeight: Dec | null;
  /** min(执行率, 1) × 分值, rounded; null without a rate or a weight. */
  budgetScore: Dec | null;
  levels: LevelResult[];
  /** Budget 分值 + Σ indicator 分值. */
  weightTotal: Dec;
  /**
   * Computed budget 得分 + Σ indicator 得分 (recorded, else computed), capped by the profile; null when a scored budget
   * has no rate, or nothing is scored at all.
   */
  total: Dec | null;
  /** Whether the profile's cap by 执行率 lowered the total. */
  capped: boolean;
  /** The 总分 recorded on the form. */
  recordedTotal: Dec | null;
  grade: string | null;
}

/** What the engine computes for one form. */
export interface FormResult extends FormTotals {
  form: Form;
  indicators: IndicatorResult[];
}

/** A result without its indicator rows and their results, which are most of a form's size. */
export function totalsOf(r: FormResult): FormTotals {
  // Field by field: a rest pattern took 3–4 µs a form in a CPU profile of the 1,000-form bench workbook, these
  // literals too little to show. A field added to either type must be added here (the test of totalsOf says so).
  const f = r.form;
  return {
    form: {
      sheet: f.sheet,
      kind: f.kind,
      rect: f.rect,
      start: f.start,
      year: f.year,
      project: f.project,
      department: f.department,
      agency: f.agency,
      fundsLabel: f.fundsLabel,
      // The funding lines are checked by then: kept for a thousand forms, they were a third of what an analysis holds.
      funds: f.funds && { label: f.funds.label, unit: f.funds.unit, total: f.funds.total },
      scoresBudget: f.scoresBudget,
      budgetWeight: f.budgetWeight,
      indicatorsWeight: f.indicatorsWeight,
      goals: f.goals,
      indicatorHeader: f.indicatorHeader,
      total: f.total,
    },
    rate: r.rate,
    budgetWeight: r.budgetWeight,
    budgetScore: r.budgetScore,
    levels: r.levels,
    weightTotal: r.weightTotal,
    total: r.total,
    capped: r.capped,
    recordedTotal: r.recordedTotal,
    grade: r.grade,
  };
}

/** The budget's 分值 and where it comes from: the total line's cell, a label, the profile, or nowhere (not scored). */
export interface BudgetWeight {
  value: Dec | null;
  from: 'cell' | 'label' | 'profile' | 'none';
  at: Pos | null;
}

/** The budget's 分值: the total line's 分值 cell wins over a label's, which wins over the profile's (design §2, issue 10). */
export function budgetWeightOf(form: KeptHead, profile: Profile): BudgetWeight {
  const cell = form.funds?.total?.weight;
  const value = cell ? numberOf(cell.read) : null;
  if (cell && value) return { value, from: 'cell', at: cell };
  if (form.budgetWeight) return { value: form.budgetWeight.value, from: 'label', at: form.budgetWeight.at };
  return form.scoresBudget ? { value: profile.weights.budget, from: 'profile', at: null } : { value: null, from: 'none', at: null };
}

/** Computes 执行率, the budget 得分, indicator scores, level totals, 总分 and 等级 of a form. */
export function computeForm(form: Form, profile: Profile): FormResult {
  const t = form.funds?.total;
  const adjusted = t?.adjusted ? numberOf(t.adjusted.read) : null;
  const executed = t?.executed ? numberOf(t.executed.read) : null;
  const rate = adjusted && executed && !adjusted.isZero() ? executed.dividedBy(adjusted) : null;
  const budgetWeight = budgetWeightOf(form, profile).value;
  // 执行数 × 分值 ÷ 预算数 in one division: rate × 分值 would round a tie such as 6 × 7/48 = 0.875 down (rate cut at 28 digits).
  // A negative 执行率 (a negative amount) earns 0, never less.
  const budgetScore =
    rate && adjusted && executed && budgetWeight
      ? rate.isNegative()
        ? ZERO
        : roundScoreWithin(lt(rate, ONE) ? executed.times(budgetWeight).dividedBy(adjusted) : budgetWeight, budgetWeight, profile.rounding)
      : null;

  const indicators = form.indicators.map((ind) => computeIndicator(ind, profile));
  const levels = levelTotals(indicators);
  const weightTotal = sum([budgetWeight ?? ZERO, ...levels.map((l) => l.weight)]);
  let total: Dec | null = null;
  let capped = false;
  // A form that scores the budget has a total once its budget score is known; one that does not, once anything is scored.
  // Indicators with a 分值 but no 得分 column read (a header the vocabulary lacks) leave the total unknown, not partial.
  const noScores =
    form.indicators.some((i) => i.columns.weight >= 0) && form.indicators.every((i) => i.columns.score < 0 && i.columns.coefficient < 0);
  const scored = noScores ? null : budgetWeight ? budgetScore : form.funds && indicators.some((i) => i.used) ? ZERO : null;
  if (scored) {
    const uncapped = roundScore(sum([scored, ...levels.map((l) => l.score)]), profile.rounding);
    total = capTotal(uncapped, rate, profile);
    capped = lt(total, uncapped);
  }
  const recordedTotal = form.total?.score ? numberOf(form.total.score.read) : null;
  return {
    form,
    rate,
    budgetWeight,
    budgetScore,
    indicators,
    levels,
    weightTotal,
    total,
    capped,
    recordedTotal,
    grade: total ? gradeOf(total, profile) : null,
  };
}

function computeIndicator(indicator: Indicator, profile: Profile): IndicatorResult {
  const weight = numberOf(indicator.weight);
  const recorded = numberOf(indicator.score);
  const quantitative = scoreQuantitative(indicator.target, indicator.actual, weight, profile);
  const band = quantitative ? null : bandOf(indicator.actual);
  const coefficient = numberOf(indicator.coefficient);
  const fromCoefficient = weight && coefficient ? roundScoreWithin(weight.times(max(coefficient, ZERO)), weight, profile.rounding) : null;
  const blank = indicator.score.kind === 'blank';
  const used = recorded ?? (blank ? (quantitative?.score ?? fromCoefficient) : null);
  return { indicator, weight, recorded, quantitative, band, fromCoefficient, used };
}

/** Each first level's 分值 and 得分 totals, in the order the levels first appear, in one pass. */
function levelTotals(indicators: readonly IndicatorResult[]): LevelResult[] {
  type Level = { name: string; first: Pos; weight: Tally; weighted: boolean; score: Tally; stated: Dec | null };
  const found: Level[] = [];
  for (const r of indicators) {
    const name = r.indicator.levels.level1;
    let level: Level | undefined = found[found.length - 1]; // the usual run of one level
    if (level?.name !== name) level = found.find((l) => l.name === name);
    if (!level) {
      const { level1At, level1Weight } = r.indicator.levels;
      found.push((level = { name, first: level1At, weight: new Tally(), weighted: false, score: new Tally(), stated: level1Weight }));
    }
    level.weight.add(r.weight);
    if (r.weight) level.weighted = true;
    level.score.add(r.used);
  }
  return found.map((l) => ({
    name: l.name,
    first: l.first,
    weight: l.weighted || !l.stated ? l.weight.value : l.stated,
    score: l.score.value,
    stated: l.stated,
    from: l.weighted ? 'indicators' : l.stated ? 'label' : 'none',
  }));
}

/** Applies the profile's cap of 总分 by 执行率, if any. */
export function capTotal(total: Dec, rate: Dec | null, profile: Profile): Dec {
  const cap = rate && profile.rateCaps.find((c) => lt(rate, c.rate));
  return cap ? min(total, cap.max) : total;
}

/** The 等级 of a total. */
export function gradeOf(total: Dec, profile: Profile): string {
  return (profile.grades.find((g) => gte(total, g.min)) ?? profile.grades[profile.grades.length - 1]).grade;
}
