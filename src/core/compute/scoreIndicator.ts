import { ONE, ZERO, dec, eq, gt, gte, lt, max, roundScoreWithin, type Dec } from '../calc';
import { parseActual, parseTarget, isPositive, textBefore, type ActualPart, type TargetPart } from '../parse/quantity';
import { labelKey } from '../parse/text';
import type { Band, Profile } from '../profile';

/** One target quantity met against its actual number. */
export interface PartOutcome {
  target: TargetPart;
  actual: ActualPart;
  met: boolean;
}

/** How a quantitative indicator came out; null for a qualitative one. */
export interface Quantitative {
  parts: PartOutcome[];
  met: boolean;
  /** The score the rules give, rounded; null for an indicator without a 分值. */
  score: Dec | null;
  /** Whether some positive part reached the profile's over-achievement multiple of its target. */
  overachieved: boolean;
}

export type { Band };

/**
 * Scores a quantitative indicator from its target and actual texts.
 * Returns null when the target has no quantity, or when some quantity has no number of the same unit in the actual.
 */
export function scoreQuantitative(target: string, actual: string, weight: Dec | null, profile: Profile): Quantitative | null {
  const targets = parseTarget(target);
  if (targets.length === 0) return null;
  const units = unitsOf(targets);
  // A single quantity is read from the first number in its unit that meets it ("上半年1次，下半年2次，共3次" meets ≥3次,
  // "由90%提升至97%" meets ≥95%), else from the first: a text that states the target met is not a missed target. The rest
  // of a long text is scanned only when its first number misses.
  let actuals = parseActual(actual, units, targets.length === 1 ? 1 : Infinity);
  if (actuals.length === 0) return null;
  if (targets.length === 1 && !isMet(targets[0], actuals[0])) actuals = parseActual(actual, units);
  const parts = targets.length === 1 ? [outcome(targets[0], firstMet(targets[0], actuals))] : matchParts(targets, actuals);
  if (!parts) return null;
  let met = true;
  let overachieved = false;
  for (const p of parts) {
    if (!p.met) met = false;
    else if (!overachieved && overachieves(p.target, p.actual, profile)) overachieved = true;
  }
  // Σ capped ratios as one fraction num ÷ den, so that the score takes a single division: dividing each ratio first
  // (5 ÷ 24 = 0.2083…, cut at 28 digits) turns a tie such as 3 × 5/24 = 0.625 into 0.62499… and rounds it down.
  if (!weight) return { parts, met, score: null, overachieved };
  let score = weight;
  if (!met) {
    let [num, den] = cappedFraction(parts[0]);
    for (let i = 1; i < parts.length; i++) {
      const [n, d] = cappedFraction(parts[i]);
      num = num.times(d).plus(n.times(den));
      den = den.times(d);
    }
    score = weight.times(num).dividedBy(parts.length > 1 ? den.times(parts.length) : den);
  }
  return { parts, met, score: roundScoreWithin(score, weight, profile.rounding), overachieved };
}

/** The largest actual ÷ target among the positive parts (against a range's upper bound), or null. */
export function overRatioOf(q: Quantitative): Dec | null {
  let over: Dec | null = null;
  for (const p of q.parts) {
    if (!isPositive(p.target.op)) continue;
    const base = p.target.upper ?? p.target.value;
    if (base.isZero()) continue;
    const r = p.actual.value.dividedBy(base);
    over = over ? max(over, r) : r;
  }
  return over;
}

/** Whether a positive part reached the profile's over-achievement multiple of its target. */
function overachieves(t: TargetPart, a: ActualPart, profile: Profile): boolean {
  return isPositive(t.op) && gte(a.value, overLimit(t, profile));
}

// Target parts are shared (parseTarget memoises them), so each one's over-achievement limit is computed once a profile.
const overLimits = new WeakMap<TargetPart, { threshold: Dec; limit: Dec }>();

/** The actual at and above which a positive part counts as over-achieved: its target (a range's upper bound) × the threshold. */
function overLimit(t: TargetPart, profile: Profile): Dec {
  const cached = overLimits.get(t);
  if (cached && eq(cached.threshold, profile.overachieve)) return cached.limit;
  const base = t.upper ?? t.value;
  // A zero target cannot be over-achieved in proportion to it.
  const limit = base.isZero() ? INFINITE : base.times(profile.overachieve);
  overLimits.set(t, { threshold: profile.overachieve, limit });
  return limit;
}

const INFINITE = dec('1e100');

const unitSets = new Map<string, ReadonlySet<string>>();

/** The units a target asks for, as a set (shared for the common single-unit targets). */
function unitsOf(targets: readonly TargetPart[]): ReadonlySet<string> {
  if (targets.length > 1) return new Set(targets.map((t) => t.unit));
  let set = unitSets.get(targets[0].unit);
  if (!set) unitSets.set(targets[0].unit, (set = new Set([targets[0].unit])));
  return set;
}

/** A part's ratio capped at 1, as numerator and denominator: 1/1 when met. */
function cappedFraction(p: PartOutcome): [Dec, Dec] {
  const [n, d] = isPositive(p.target.op) ? [p.actual.value, p.target.value] : [p.target.value, p.actual.value];
  return p.met || d.isZero() || gte(n, d) ? [ONE, ONE] : [n, d];
}

/** Each target part with the actual number it is matched to (by unit, and by label when it has one); null if one has none. */
function matchParts(targets: readonly TargetPart[], actuals: ActualPart[]): PartOutcome[] | null {
  const parts: PartOutcome[] = [];
  const used = new Set<ActualPart>();
  for (const t of targets) {
    const a = pick(t, actuals, used);
    if (!a) return null;
    used.add(a);
    parts.push(outcome(t, a));
  }
  return parts;
}

/** The first actual that meets a target part, else the first actual. */
function firstMet(t: TargetPart, actuals: readonly ActualPart[]): ActualPart {
  for (const a of actuals) if (isMet(t, a)) return a;
  return actuals[0];
}

function outcome(t: TargetPart, a: ActualPart): PartOutcome {
  return { target: t, actual: a, met: isMet(t, a) };
}

function pick(t: TargetPart, actuals: ActualPart[], used: Set<ActualPart>): ActualPart | undefined {
  let first: ActualPart | undefined;
  for (const a of actuals) {
    if (used.has(a) || a.unit !== t.unit) continue;
    if (!t.label || textBefore(a).includes(t.label)) return a;
    first ??= a;
  }
  return first;
}

/** Whether an actual meets a target part. */
function isMet(t: TargetPart, a: ActualPart): boolean {
  const tv = t.value;
  const av = a.value;
  // At the target's own number the qualifier decides: "不足95%" misses ≥95%, "超过5%" misses ≤5%, "大于90%" meets >90%.
  switch (t.op) {
    case '>=':
    case '=':
      return gt(av, tv) || (eq(av, tv) && a.qualifier !== 'less');
    case '>':
      return gt(av, tv) || (eq(av, tv) && a.qualifier === 'more');
    case '<=':
      return lt(av, tv) || (eq(av, tv) && a.qualifier !== 'more');
    case '<':
      return lt(av, tv) || (eq(av, tv) && a.qualifier === 'less');
  }
}

/** The band a qualitative actual names (达成, 部分达成, 未达成), or null. */
export function bandOf(actual: string): Band | null {
  if (!actual.includes('达')) return null; // not '达成': "部 分 达 成" is spaced out
  const k = labelKey(actual);
  // "未完全达成" is partly reached and "没有达成" not at all: the negations are read before the bare 达成.
  if (PARTIAL.some((w) => k.includes(w))) return 'partial';
  if (MISSED.some((w) => k.includes(w))) return 'missed';
  if (k.includes('达成')) return 'achieved';
  return null;
}

const PARTIAL = ['部分达成', '基本达成', '未完全达成', '未全部达成', '没有完全达成', '没有全部达成', '未全面达成'];
const MISSED = ['未达成', '未能达成', '没有达成', '没达成', '不达成'];
