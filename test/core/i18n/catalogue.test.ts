import { format, gradeText, UI } from '../../../src/core';

describe('gradeText', () => {
  it.each([
    ['优', 'zh-CN', '优'],
    ['优', 'en-US', '优 (excellent)'],
    ['良', 'en-US', '良 (good)'],
    ['中', 'en-US', '中 (fair)'],
    ['差', 'en-US', '差 (poor)'],
    ['A', 'en-US', 'A'], // a profile's own grade names are shown as they are
  ] as const)('%s in %s → %s', (grade, lang, shown) => expect(gradeText(grade, lang)).toBe(shown));
});

describe('the CLI counts', () => {
  it.each([
    ['zh-CN', '共检查 1 个文件、7 张绩效自评表：错误 3 个，警告 8 个'],
    ['en-US', 'Checked files: 1, forms: 7; errors: 3, warnings: 8'],
  ] as const)('%s: %s', (lang, text) => expect(format(UI.cliSummary[lang], { files: 1, forms: 7, errors: 3, warnings: 8 })).toBe(text));
});

describe('format: English plurals (issue 12 review: "1 errors", "1 cells")', () => {
  it.each([
    [1, 'Needs changes: 1 error'],
    [2, 'Needs changes: 2 errors'],
    [0, 'Needs changes: 0 errors'],
  ])('%i', (errors, text) => expect(format(UI.paneVerdictFix['en-US'], { errors })).toBe(text));

  it('picks the words around a count, and leaves an unknown placeholder as written', () => {
    expect(format('{n} {n|score is|scores are} above {n|its|their} weight', { n: 1 })).toBe('1 score is above its weight');
    expect(format('{n} {n|score is|scores are} above {n|its|their} weight', { n: 3 })).toBe('3 scores are above their weight');
    expect(format('{m|a|b} {x}', {})).toBe('{m|a|b} {x}');
  });

  it('leaves the Chinese strings without plural forms', () => {
    for (const [key, text] of Object.entries(UI)) expect([key, /\{\w+\|/.test(text['zh-CN'])]).toEqual([key, false]);
  });
});
