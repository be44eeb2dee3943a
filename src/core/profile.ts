import { dec, DEFAULT_ROUNDING, type Dec, type Rounding } from './calc';

/** The band a qualitative actual names: 达成, 部分达成, 未达成. */
export type Band = 'achieved' | 'partial' | 'missed';

/** First levels whose weights the profile sets together: 产出指标 50, or 效益指标 + 满意度指标 40. */
export interface LevelGroup {
  levels: readonly string[];
  weight: Dec;
}

/** A scoring profile: the national default (财预〔2020〕10号) or a provincial variant. */
export interface Profile {
  id: string;
  rounding: Rounding;
  /** 执行率 below this raises rate.low (default 0.9). */
  lowRate: Dec;
  /** An actual at or above this multiple of its target needs an explanation (default 1.3). */
  overachieve: Dec;
  /** The budget's 分值 and the first levels' weights, where a form states none of its own. */
  weights: { budget: Dec; levels: LevelGroup[] };
  /** The form's 分值 total (100). */
  totalWeight: Dec;
  /** Optional cap of 总分 by 执行率: below `rate`, 总分 is at most `max`. Checked from the lowest rate up. */
  rateCaps: { rate: Dec; max: Dec }[];
  /** Grades from the highest; the first whose minimum the total reaches. */
  grades: { min: Dec; grade: string }[];
  /** The score band of each qualitative band, as fractions of 分值 (inclusive). */
  bands: Record<Band, [Dec, Dec]>;
}

type Num = string | number;

/**
 * Settings a caller may override, in plain numbers and strings (as the profile table, a settings file or the task pane
 * stores them). `weights.levels` replaces the default split; a key "效益指标+满意度指标" weighs those levels together.
 */
export interface ProfileSettings {
  rounding?: Partial<Rounding>;
  lowRate?: Num;
  overachieve?: Num;
  weights?: { budget?: Num; levels?: Record<string, Num> };
  capTotalByRate?: boolean;
  bands?: Partial<Record<Band, [Num, Num]>>;
}

// 成本指标, a first level of its own in forms after 财预〔2021〕101号, shares 产出指标's 50 points.
const DEFAULT_LEVELS: Record<string, Num> = { '产出指标+成本指标': 50, 效益指标: 30, 满意度指标: 10 };
const DEFAULT_BANDS: Record<Band, [Num, Num]> = { achieved: ['0.8', 1], partial: ['0.6', '0.8'], missed: [0, '0.6'] };

/** Builds a profile from the defaults (财预〔2020〕10号) and a caller's settings. */
export function makeProfile(s: ProfileSettings = {}, id = s.capTotalByRate ? 'mof-2020-capped' : 'mof-2020'): Profile {
  const levels = Object.entries(s.weights?.levels ?? DEFAULT_LEVELS).map(([names, weight]) => ({
    levels: names.split('+'),
    weight: dec(weight),
  }));
  const band = (b: Band): [Dec, Dec] => {
    const [lo, hi] = s.bands?.[b] ?? DEFAULT_BANDS[b];
    return [dec(lo), dec(hi)];
  };
  return {
    id,
    rounding: { ...DEFAULT_ROUNDING, ...s.rounding },
    lowRate: dec(s.lowRate ?? '0.9'),
    overachieve: dec(s.overachieve ?? '1.3'),
    weights: { budget: dec(s.weights?.budget ?? 10), levels },
    totalWeight: dec(100),
    rateCaps: s.capTotalByRate
      ? [
          { rate: dec('0.5'), max: dec(59) },
          { rate: dec('0.6'), max: dec(69) },
          { rate: dec('0.7'), max: dec(79) },
          { rate: dec('0.8'), max: dec(89) },
        ]
      : [],
    grades: [
      { min: dec(90), grade: '优' },
      { min: dec(80), grade: '良' },
      { min: dec(60), grade: '中' },
      { min: dec(0), grade: '差' },
    ],
    bands: { achieved: band('achieved'), partial: band('partial'), missed: band('missed') },
  };
}

/** The MoF 2020 default profile. */
export const DEFAULT_PROFILE: Profile = makeProfile();
