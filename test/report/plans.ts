/** Reviews of real analyses for the report's tests: the seven seed forms, an unreadable file, and hostile names. */
import { analyse, DEFAULT_PROFILE, type Analysis } from '../../src/core';
import { planReview, type ReviewedFile, type ReviewPlan } from '../../src/core/plan/review';
import type { Lang } from '../../src/core/rules/finding';
import { gridsOfSpec, seeds } from '../helpers/grids';

/** The seven seed forms, analysed once. */
export const SEEDS: Analysis[] = seeds().map((s) => analyse(gridsOfSpec(s)));

/** A file name that tries to end the data's <script> element and run its own. */
export const HOSTILE = '</script><script>alert(1)</script>.xlsx';

const UNREADABLE = { 'zh-CN': '不是 .xlsx 文件', 'en-US': 'not an .xlsx file' };

/** A reviewed file: read when it has an analysis, else unreadable. */
export function file(name: string, analysis: Analysis | null, error = UNREADABLE): ReviewedFile {
  return { file: name, analysis, error: analysis ? null : error };
}

/** A review of the seven seeds (one the hostile name), an unreadable file with a hostile reason, in a language. */
export function seedReview(lang: Lang): ReviewPlan {
  const files = SEEDS.map((a, i) => file(i === 3 ? HOSTILE : `单位${7 - i}/seed${i + 1}.xlsx`, a));
  files.push(file('坏文件.xls', null, { 'zh-CN': '不是工作簿 <b>&amp;\u2028', 'en-US': 'not a workbook <b>&amp;\u2028' }));
  return planReview(files, DEFAULT_PROFILE, lang);
}

/** A review of n forms, the seeds over and over (for sizes). */
export function manyForms(n: number, lang: Lang = 'zh-CN'): ReviewPlan {
  return planReview(
    Array.from({ length: n }, (_, i) => file(`部门${i % 37}/自评表${i + 1}.xlsx`, SEEDS[i % SEEDS.length])),
    DEFAULT_PROFILE,
    lang,
  );
}
