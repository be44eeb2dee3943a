import { dec, type Dec } from '../calc';

// A bracketed mark that belongs to a label's form, not its meaning: （A）, （B/A）, (B/A*100%), （万元）, （%）, （10分）,
// (20分*执行率), （盖章）, (单位：万元). Matched on the folded key, where brackets are ASCII and there are no spaces.
const MARK =
  /[(【[]([A-Z](?:\/[A-Z])?(?:\*100%)?|万元|元|亿元|%|百分比|分|\d+(?:\.\d+)?分?(?:[*×xX]执行率)?|满分\d+(?:\.\d+)?分?|盖章|签章|公章|必填|选填|单位:?(?:万元|元)|(?:万)?元\/%|%\/(?:万)?元)[)】\]]/g;
// What a label may start with that is not its meaning: 其中：, 1、, 一、, （一）, 1., ①
// (① folds to 1: a number right before a CJK character is an ordinal too.)
const LEAD = /^(?:其中:?|[(]?[一二三四五六七八九十]+[)、.]|[(]\d{1,2}[)]|\d{1,2}[、.](?!\d)|\d{1,2}(?=[\u4e00-\u9fff])|[①-⑳])+/;

/** A label's meaning: its folded key without the marks of its form, a leading 其中： or ordinal, a trailing colon or number. */
export function labelMeaning(key: string): string {
  let k = key.indexOf('(') >= 0 || key.indexOf('【') >= 0 || key.indexOf('[') >= 0 ? key.replace(MARK, '') : key;
  const lead = LEAD.exec(k);
  if (lead) k = k.slice(lead[0].length);
  while (k.endsWith(':')) k = k.slice(0, -1);
  // A numbered label, "年度目标1": the number counts labels of one kind, it is not part of the meaning.
  const numbered = /[\u4e00-\u9fff]\d$/.test(k);
  return numbered ? k.slice(0, -1) : k;
}

const WEIGHT = /(?:^|[(【[])(?:满分)?(\d+(?:\.\d+)?)分(?:[*×xX]执行率)?(?:[)】\]]|$)/;

/** The weight a label states, from its folded key: "预算执行情况(20分)", "得分(20分*执行率)", "产出指标(50分)" → 20, 20, 50. */
export function weightInLabel(key: string): Dec | null {
  const m = WEIGHT.exec(key);
  return m ? dec(m[1]) : null;
}
