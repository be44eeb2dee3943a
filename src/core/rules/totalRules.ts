import { ZERO, eq, roundScore, sum, type Dec } from '../calc';
import { capTotal, type FormResult, type LevelResult } from '../compute/computeForm';
import { totalOverWeight } from './overWeight';
import { TERMS } from '../i18n/catalogue';
import type { Pos } from '../model';
import { numberOf } from '../parse/cellNumber';
import type { Profile } from '../profile';
import type { Localised } from './finding';
import { score, type Hit, type Rule } from './rule';

const LEVEL_NAMES: Record<string, Localised> = {
  产出指标: TERMS.level_output,
  效益指标: TERMS.level_benefit,
  满意度指标: TERMS.level_satisfaction,
};

function levelName(name: string): Localised | string {
  return LEVEL_NAMES[name] ?? name;
}

/** Whether the form gives its indicators weights at all: a 分值 column, or weights in its level labels. */
function weighted(result: FormResult): boolean {
  return result.indicators.some((r) => r.weight) || result.levels.some((l) => l.stated);
}

/** Whether the form states its own split of the weights: in its level labels, or the table's (绩效指标（90分）). */
function statesSplit(result: FormResult): boolean {
  return result.levels.some((l) => l.stated);
}

/** A level whose indicators' 分值 do not add up to the weight its label states. */
function statedHit(l: LevelResult): Hit | null {
  if (!l.stated || eq(l.weight, l.stated)) return null;
  return { at: l.first, params: { level: levelName(l.name) }, expected: l.stated.toFixed(), found: l.weight.toFixed() };
}

/** Each of the profile's level groups whose weights differ from the form's. */
function profileHits(result: FormResult, profile: Profile, header: Pos): Hit[] {
  return profile.weights.levels.flatMap((group) => {
    const levels = result.levels.filter((l) => group.levels.includes(l.name));
    const found = sum(levels.map((l) => l.weight));
    if (eq(found, group.weight)) return [];
    // A group is named by the levels the form has (产出指标, not 产出指标+成本指标, on a form without 成本指标).
    const present = group.levels.filter((n) => levels.some((l) => l.name === n));
    const names = (present.length ? present : group.levels.slice(0, 1)).map(levelName);
    const level: Localised | string =
      names.length === 1
        ? names[0]
        : {
            'zh-CN': names.map((n) => (typeof n === 'string' ? n : n['zh-CN'])).join('+'),
            'en-US': names.map((n) => (typeof n === 'string' ? n : n['en-US'])).join(' + '),
          };
    return [{ at: levels[0]?.first ?? header, params: { level }, expected: group.weight.toFixed(), found: found.toFixed() }];
  });
}

/** The rules of the weights and of the total. */
export const TOTAL_RULES: Record<'weights.sum' | 'weights.level1' | 'total.mismatch', Rule> = {
  'weights.sum': {
    id: 'weights.sum',
    severity: 'error',
    check: ({ result, profile }) => {
      const f = result.form;
      if (!f.total || f.indicators.length === 0 || !weighted(result) || eq(result.weightTotal, profile.totalWeight)) return [];
      // A funds block that could not be read leaves the budget's weight unknown: form.unread says so, not this rule.
      if (f.layout.unread.some((u) => u.part === 'fundsColumns' || u.part === 'fundsBlock')) return [];
      const budget = result.budgetWeight ?? ZERO;
      return [
        {
          at: f.total.weight ?? f.total.label,
          params: { budget: budget.toFixed(), indicators: result.weightTotal.minus(budget).toFixed() },
          expected: profile.totalWeight.toFixed(),
          found: result.weightTotal.toFixed(),
        },
      ];
    },
  },
  'weights.level1': {
    id: 'weights.level1',
    severity: 'warning',
    check: ({ result, profile }) => {
      const f = result.form;
      if (!f.indicatorHeader || f.indicators.length === 0 || !weighted(result)) return [];
      // A form that states its own split is held to it; the profile's split applies to project and transfer forms only.
      if (statesSplit(result)) return result.levels.map(statedHit).filter((h): h is Hit => !!h);
      if (f.kind === 'department' || !result.indicators.some((r) => r.weight)) return [];
      return profileHits(result, profile, f.indicatorHeader);
    },
  },
  'total.mismatch': {
    id: 'total.mismatch',
    severity: 'error',
    check: ({ result, profile }) => {
      const c = result.form.total?.score;
      if (!c || c.col < 0 || !(c.read.kind === 'number' || c.read.kind === 'blank')) return [];
      if (c.read.kind === 'blank' && result.form.total?.sum) return [];
      // The recorded budget 得分 (the computed one when blank); a form that scores no budget adds its indicators alone.
      const budgetCell = result.form.funds?.total?.score;
      const budget: Dec | null = result.budgetWeight
        ? ((budgetCell && numberOf(budgetCell.read)) ?? result.budgetScore)
        : result.total && ZERO;
      if (!budget) return [];
      const added = roundScore(sum([budget, ...result.levels.map((l) => l.score)]), profile.rounding);
      const expected = capTotal(added, result.rate, profile);
      const recorded = numberOf(c.read);
      if (recorded && eq(roundScore(recorded, profile.rounding), expected)) return [];
      return [
        {
          at: c,
          expected: score(expected, profile),
          found: recorded ? score(recorded, profile) : null,
          // Fill in leaves a 总分 above its 分值 until the scores are fixed: the finding promises nothing then.
          fill: result.total && !totalOverWeight(result) ? score(result.total, profile) : null,
        },
      ];
    },
  },
};
