import { dec, DEFAULT_ROUNDING, type Dec, type Rounding } from './calc';

/** A scoring profile: the national default (财预〔2020〕10号) or a provincial variant. */
export interface Profile {
  id: string;
  rounding: Rounding;
  /** 执行率 below this raises rate.low (default 0.9). */
  lowRate: Dec;
  /** An actual at or above this multiple of its target needs an explanation (default 1.3). */
  overachieve: Dec;
  /** The budget row's 分值 and each first level's total. */
  weights: { budget: Dec; levels: Record<string, Dec> };
  /** The form's 分值 total (100). */
  totalWeight: Dec;
  /** Optional cap of 总分 by 执行率: below `rate`, 总分 is at most `max`. Checked from the lowest rate up. */
  rateCaps: { rate: Dec; max: Dec }[];
  /** Grades from the highest; the first whose minimum the total reaches. */
  grades: { min: Dec; grade: string }[];
}

/** Settings a caller may override, in plain numbers and strings (as a settings file or the task pane stores them). */
export interface ProfileSettings {
  rounding?: Partial<Rounding>;
  lowRate?: string | number;
  overachieve?: string | number;
  weights?: { budget?: string | number; levels?: Record<string, string | number> };
  capTotalByRate?: boolean;
}

/** The MoF 2020 default profile. */
export const DEFAULT_PROFILE: Profile = makeProfile();

/** Builds a profile from the defaults and a caller's settings. */
export function makeProfile(s: ProfileSettings = {}): Profile {
  const levels: Record<string, Dec> = { 产出指标: dec(50), 效益指标: dec(30), 满意度指标: dec(10) };
  for (const [k, v] of Object.entries(s.weights?.levels ?? {})) levels[k] = dec(v);
  return {
    id: s.capTotalByRate ? 'mof-2020-capped' : 'mof-2020',
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
  };
}
