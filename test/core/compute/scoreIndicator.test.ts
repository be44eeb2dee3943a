import fc from 'fast-check';
import Decimal from 'decimal.js';
import { dec, plain } from '../../../src/core/calc';
import { bandOf, overRatioOf, scoreQuantitative } from '../../../src/core/compute/scoreIndicator';
import type { Op } from '../../../src/core/parse/quantity';
import { DEFAULT_PROFILE } from '../../../src/core/profile';

const score = (target: string, actual: string, weight: number | string) => scoreQuantitative(target, actual, dec(weight), DEFAULT_PROFILE);

describe('scoreQuantitative', () => {
  // [what, target, actual, weight, score, met]
  const CASES: [string, string, string, number, string, boolean][] = [
    ['met positive', '=200项', '276项', 10, '10', true],
    ['met positive in a sentence', '=200项', '征集筛选各领域绿色低碳技术276项入库，其中核心库技术63项', 10, '10', true],
    ['missed positive: w × actual ÷ target', '>90%', '80%', 10, '8.89', false],
    ['missed positive, full-width operator', '＞90%', '80%', 10, '8.89', false],
    ['met ≥ at equality', '>=500份', '500份', 2, '2', true],
    ['missed negative: w × target ÷ actual', '≤3天', '6天', 10, '5', false],
    ['met negative', '≤3天', '2天', 10, '10', true],
    ['met negative at equality', '≤3天', '3天', 10, '10', true],
    ['met negative at zero', '<5%', '0%', 10, '10', true],
    ['missed strict negative', '<5%', '10%', 10, '5', false],
    // A strict target missed at equality: the ratio is 1, so the score is the full weight, yet it is not met.
    ['strict > with an equal actual', '＞90%', '90%', 10, '10', false],
    ['strict > with "大于90%" as the actual', '＞90%', '大于90%', 10, '10', true],
    ['strict < with an equal actual', '<5%', '5%', 10, '10', false],
    ['strict < with "小于5%" as the actual', '<5%', '小于5%', 10, '10', true],
    ['word operator, no unit', '系统并发量大于50', '系统并发量800', 3, '3', true],
    ['range met inside', '=5-10家', '7家', 10, '10', true],
    ['regression: an actual short of the target at its number misses ≥', '≥95%', '不足95%', 10, '10', false],
    ['regression: "未达到" is short of the target, not a ≥', '≥95%', '未达到95%', 10, '10', false],
    ['an actual below its number misses =', '=1次', '低于1次', 10, '10', false],
    ['regression: an actual past a ≤ target at its number misses it', '≤5%', '超过5%', 10, '10', false],
    ['an actual at its number meets ≥', '≥95%', '95%', 10, '10', true],
    ['an actual below its number still meets ≥ when above the target', '≥95%', '不足96%', 10, '10', true],
    ['range met at its lower bound', '=5-10家', '5家', 10, '10', true],
    ['range met above its upper bound', '=5-10家', '12家', 10, '10', true],
    ['range missed: ratio against the lower bound', '=5-10家', '4家', 10, '8', false],
    ['compound: mean of capped ratios (1 + 0.5) / 2', '活动：5次，签约：2项', '活动6次，签约1项', 10, '7.5', false],
    ['compound met', '活动：5次，签约：1项', '活动5次，签约1项', 3, '3', true],
    ['unit 人次 is not 人', '=5000人次', '9000人次', 6, '6', true],
    [
      '300余条 against 不低于250条',
      '20项最具技术转移潜力的科技成果，发布各类信息不低于250条',
      '20项最具技术转移潜力的科技成果，发布各类信息300余条',
      5,
      '5',
      true,
    ],
    ['a 2-decimal weight', '>=10条', '7条', 2.5, '1.75', false],
    ['half-up at 2 places: 3 × 5/8 = 1.875 → 1.88', '=8项', '5项', 3, '1.88', false],
    ['half-up at 2 places: 7 × 5/8 = 4.375 → 4.38', '=8项', '5项', 7, '4.38', false],
    ['below half: 10 × 2/3 = 6.666… → 6.67', '=3项', '2项', 10, '6.67', false],
    ['below half: 10 × 1/3 = 3.333… → 3.33', '=3项', '1项', 10, '3.33', false],
    ['zero actual scores zero', '>=5项', '0项', 10, '0', false],
  ];
  it.each(CASES)('%s: %s vs %s, weight %d → %s', (_what, target, actual, weight, expected, met) => {
    const q = score(target, actual, weight);
    expect(q).not.toBeNull();
    expect(plain(q!.score!)).toBe(expected);
    expect(q!.met).toBe(met);
  });

  // Before the fix the ratio was divided out first (5/24 cut at 40 digits), so 3 × 5/24 = 0.625 became 0.62499… → 0.62.
  it.each([
    ['>=24项', '5项', 3, '0.63'],
    ['<=5项', '24项', 3, '0.63'],
    ['活动：3次，签约：12项', '活动1次，签约1项', 3, '0.63'],
    ['会议：26次，活动：15次，签约：8项', '会议9次，活动6次，签约7项', 13, '7.03'],
  ])(
    'regression: a tie reached through a non-terminating ratio rounds half-up (%s vs %s, weight %d → %s)',
    (target, actual, weight, expected) => {
      expect(plain(score(target, actual, weight)!.score!)).toBe(expected);
    },
  );

  it('reports the over-achievement ratio (276 / 200 = 1.38)', () => {
    const q = score('=200项', '276项', 10)!;
    expect(plain(overRatioOf(q)!)).toBe('1.38');
  });

  it('measures a range’s over-achievement against its upper bound (7 / 10)', () => {
    expect(plain(overRatioOf(score('=5-10家', '7家', 10)!)!)).toBe('0.7');
  });

  it('has no over-achievement ratio for a negative target', () => {
    expect(overRatioOf(score('≤3天', '2天', 10)!)).toBeNull();
  });

  it('matches compound parts by label when several actuals share a unit', () => {
    const q = score('会议：2次，活动：5次', '活动6次，会议1次', 10)!;
    expect(q.parts.map((p) => [p.target.label, plain(p.actual.value)])).toEqual([
      ['会议', '1'],
      ['活动', '6'],
    ]);
    expect(plain(q.score!)).toBe('7.5');
  });

  const NULLS: [string, string, string][] = [
    ['unit mismatch', '=5次', '100%完成'],
    ['no number in the actual', '=1场', '完成'],
    ['达标', '=90%', '达标'],
    ['符合', '=90%', '符合'],
    ['qualitative target', '合格', '合格'],
    ['no operator in the target', '举办6场培训，培训人员300人', '实际举办6场培训，培训人员300人'],
    ['one compound part without its unit in the actual', '活动：5次，签约：1项', '活动6次'],
    ['empty texts', '', ''],
  ];
  it.each(NULLS)('%s → null (%s vs %s)', (_what, target, actual) => {
    expect(score(target, actual, 10)).toBeNull();
  });
});

describe('bandOf', () => {
  it.each([
    ['达成', 'achieved'],
    ['已达成', 'achieved'],
    ['部分达成', 'partial'],
    ['基本达成', 'partial'],
    ['未达成', 'missed'],
    ['尚未达成', 'missed'],
    ['未能达成', 'missed'],
    ['未全部达成', 'partial'],
    ['没有完全达成', 'partial'],
    ['完全达成', 'achieved'],
    ['全部达成', 'achieved'],
    ['完成', null],
    ['100%完成', null],
    ['', null],
  ])('%j → %s', (actual, band) => expect(bandOf(actual)).toBe(band));

  it('regression: a negated 达成 is not read as reached ("未完全达成" is partial, "没有达成" missed)', () => {
    expect(bandOf('未完全达成')).toBe('partial');
    expect(bandOf('没有达成')).toBe('missed');
    expect(bandOf('年度目标未 完 全 达 成')).toBe('partial');
  });

  it('regression: reads a band spaced out in its cell ("部 分 达 成", "未 达 成")', () => {
    expect(bandOf('部 分 达 成')).toBe('partial');
    expect(bandOf('未 达 成')).toBe('missed');
    expect(bandOf('达　成')).toBe('achieved');
  });

  it('has the design’s bands as fractions of the weight', () => {
    expect(Object.fromEntries(Object.entries(DEFAULT_PROFILE.bands).map(([k, [lo, hi]]) => [k, [plain(lo), plain(hi)]]))).toEqual({
      achieved: ['0.8', '1'],
      partial: ['0.6', '0.8'],
      missed: ['0', '0.6'],
    });
  });
});

/* ---------------------------------------------------------------- properties */

const D = Decimal.clone({ precision: 60 });
const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** Ways officers write each operator. */
const SPELLINGS: Record<Op, string[]> = {
  '>=': ['>=', '≥', '＞＝', '不低于', '不少于', '大于等于', '至少'],
  '>': ['>', '＞', '大于', '超过', '高于'],
  '=': ['=', '＝', '等于'],
  '<=': ['<=', '≤', '不超过', '不高于', '小于等于'],
  '<': ['<', '＜', '小于', '低于', '少于'],
};
const OPS = Object.keys(SPELLINGS) as Op[];
const UNITS = ['项', '%', '人次', '天', '个月', '次', ''];

/** A weight from 0 to 100 with up to 2 decimals. */
const weightArb = fc.integer({ min: 0, max: 10_000 }).map((c) => new D(c).dividedBy(100));
/** A non-negative number, an integer or one with 2 decimals. */
const amountArb = (min: number) =>
  fc.oneof(
    fc.integer({ min, max: 100_000 }).map((n) => new D(n)),
    fc.integer({ min: min * 100, max: 10_000_000 }).map((c) => new D(c).dividedBy(100)),
  );
const text = (d: Decimal) => d.toFixed();

/** The comparison a target asks for, computed here independently. */
function holds(op: Op, actual: Decimal, target: Decimal): boolean {
  switch (op) {
    case '>=':
    case '=':
      return actual.gte(target);
    case '>':
      return actual.gt(target);
    case '<=':
      return actual.lte(target);
    case '<':
      return actual.lt(target);
  }
}

/** The capped ratio of one part as a fraction [numerator, denominator], computed here independently. */
function cappedRatio(op: Op, actual: Decimal, target: Decimal): [Decimal, Decimal] {
  if (holds(op, actual, target)) return [new D(1), new D(1)];
  const positive = op === '>=' || op === '>' || op === '=';
  const [n, d] = positive ? [actual, target] : [target, actual];
  return d.isZero() || n.gte(d) ? [new D(1), new D(1)] : [n, d];
}

/**
 * The exact score: weight × mean of the capped ratios, rounded half-up at 2 places.
 * The fractions are added exactly and divided once, so that a tie (3 × 5/24 = 0.625) stays a tie.
 */
function expectedScore(weight: Decimal, ratios: [Decimal, Decimal][]): Decimal {
  let num = new D(0);
  let den = new D(1);
  for (const [n, d] of ratios) {
    num = num.times(d).plus(n.times(den));
    den = den.times(d);
  }
  return round2(weight.times(num).dividedBy(den.times(ratios.length)));
}

describe('scoreQuantitative (properties)', () => {
  const LABELS = ['活动', '签约', '会议', '培训', '简报', '调研'];

  it('scores 0 ≤ s ≤ weight, the full weight when met, and w × capped ratio otherwise', () => {
    fc.assert(
      fc.property(
        weightArb,
        fc.constantFrom(...OPS).chain((op) => fc.tuple(fc.constant(op), fc.constantFrom(...SPELLINGS[op]))),
        amountArb(1),
        amountArb(0),
        fc.constantFrom(...UNITS),
        (weight, [op, spelling], target, actual, unit) => {
          const q = scoreQuantitative(
            `${spelling}${text(target)}${unit}`,
            `${text(actual)}${unit}`,
            dec(weight.toFixed()),
            DEFAULT_PROFILE,
          );
          expect(q).not.toBeNull();
          const s = new D(q!.score!.toFixed());
          expect(q!.parts).toHaveLength(1);
          expect(q!.parts[0].target.op).toBe(op);
          expect(s.gte(0)).toBe(true);
          expect(s.lte(weight)).toBe(true);
          expect(q!.met).toBe(holds(op, actual, target));
          if (q!.met) expect(s.equals(weight)).toBe(true);
          expect(s.toFixed()).toBe(expectedScore(weight, [cappedRatio(op, actual, target)]).toFixed());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rounds ties half-up, also where the tie is reached through a ratio like 5/24 that no decimal holds', () => {
    // Weights and targets with factors 3 and 13 make such ties frequent (about 1 run in 140 hit one).
    fc.assert(
      fc.property(
        fc.constantFrom(3, 6, 9, 12, 15, 1.5, 4.5, 7.5, 13),
        fc.constantFrom(...OPS),
        fc.array(fc.tuple(fc.constantFrom(3, 6, 12, 24, 48, 26, 7), fc.integer({ min: 0, max: 48 })), { minLength: 1, maxLength: 3 }),
        (w, op, pairs) => {
          const targets = pairs.map(([t], i) => (pairs.length === 1 ? `${SPELLINGS[op][0]}${t}项` : `${LABELS[i]}：${t}项`)).join('，');
          const actuals = pairs.map(([, a], i) => (pairs.length === 1 ? `${a}项` : `${LABELS[i]}${a}项`)).join('，');
          const partOp: Op = pairs.length === 1 ? op : '=';
          const q = scoreQuantitative(targets, actuals, dec(w), DEFAULT_PROFILE)!;
          const expected = expectedScore(
            new D(w),
            pairs.map(([t, a]) => cappedRatio(partOp, new D(a), new D(t))),
          );
          expect(q.score!.toFixed()).toBe(expected.toFixed());
        },
      ),
      { numRuns: 1000 },
    );
  });

  const COMPOUND_UNITS = ['次', '项', '篇', '场'];
  const partArb = fc.record({ unit: fc.constantFrom(...COMPOUND_UNITS), target: amountArb(1), actual: amountArb(0) });

  it('scores compound targets as the mean of capped ratios, within 0..weight, the full weight when all are met', () => {
    fc.assert(
      fc.property(
        weightArb,
        fc
          .shuffledSubarray(LABELS, { minLength: 2, maxLength: 4 })
          .chain((labels) => fc.tuple(fc.constant(labels), fc.array(partArb, { minLength: labels.length, maxLength: labels.length }))),
        fc.boolean(),
        (weight, [labels, parts], reversed) => {
          const target = labels.map((l, i) => `${l}：${text(parts[i].target)}${parts[i].unit}`).join('，');
          const order = labels.map((_l, i) => i);
          if (reversed) order.reverse();
          const actual = order.map((i) => `${labels[i]}${text(parts[i].actual)}${parts[i].unit}`).join('，');
          const q = scoreQuantitative(target, actual, dec(weight.toFixed()), DEFAULT_PROFILE);
          expect(q).not.toBeNull();
          expect(q!.parts.map((p) => p.target.label)).toEqual(labels);
          const s = new D(q!.score!.toFixed());
          expect(s.gte(0)).toBe(true);
          expect(s.lte(weight)).toBe(true);
          const allMet = parts.every((p) => p.actual.gte(p.target));
          expect(q!.met).toBe(allMet);
          if (allMet) expect(s.equals(weight)).toBe(true);
          expect(s.toFixed()).toBe(
            expectedScore(
              weight,
              parts.map((p) => cappedRatio('=', p.actual, p.target)),
            ).toFixed(),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
