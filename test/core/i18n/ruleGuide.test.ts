import { RULE_IDS } from '../../../src/core/rules/finding';
import { RULE_GUIDE } from '../../../src/core/i18n/ruleGuide';

describe('the rule guide', () => {
  it.each(RULE_IDS)('%s has a name, a fix and a source in both languages', (id) => {
    const g = RULE_GUIDE[id];
    for (const part of [g.name, g.fix, g.source]) {
      expect(part['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(part['en-US']).toMatch(/^[\x20-\x7e\u2018-\u201d\u00d7\u00f7\u2026\u3000-\u9fff（）〔〕《》、：]+$/);
    }
    // A fix is one sentence.
    expect(g.fix['zh-CN'].match(/。/g)).toHaveLength(1);
  });

  it('names are unique in each language', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const names = RULE_IDS.map((id) => RULE_GUIDE[id].name[lang]);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
