/**
 * Table-driven tests of the rule table: every rule id fires where design §3 says, with the severity, cell,
 * expected and found values it gives, and stays silent on a close case. The cases are in ./cases.ts.
 */
import { analyse, computeForms, RULE_IDS, RULES, type Analysis, type Finding, type Lang } from '../../../src/core';
import { messageOf, RULE_MESSAGES } from '../../../src/core/i18n/catalogue';
import { gridsOfSpec } from '../../helpers/grids';
import { CASES, cleanSpec, DESIGN_SEVERITY, notesSheet, type RuleCase } from './cases';

const LANGS: Lang[] = ['zh-CN', 'en-US'];
// The rules the engine checks on the workbook rather than on a form.
const WORKBOOK_RULES: readonly string[] = ['workbook.no-forms', 'sheet.example'];

/** Every finding of an analysis: those of its forms and those of the workbook. */
function allFindings(a: Analysis): Finding[] {
  return [...a.forms.flatMap((f) => f.findings), ...a.findings];
}

const analysed = new Map<RuleCase, Analysis>();
function run(c: RuleCase): Analysis {
  let a = analysed.get(c);
  if (!a) {
    a = analyse(c.grids());
    analysed.set(c, a);
  }
  return a;
}

const label = (c: RuleCase) => `${c.hits.length ? 'fires' : 'silent'}: ${c.name}`;

describe('the base of every case: 07-party-building', () => {
  it('raises no finding at all, on one form', () => {
    const a = analyse(gridsOfSpec(cleanSpec()));
    expect(a.forms).toHaveLength(1);
    expect(allFindings(a)).toEqual([]);
  });

  it('lies where the case table says (title A1, 年度资金总额 row 6, indicators rows 13–17, 总分 row 18)', () => {
    const f = computeForms(gridsOfSpec(cleanSpec()))[0].form;
    expect(f.start).toEqual({ row: 0, col: 0 });
    expect(f.funds?.total?.adjusted).toMatchObject({ row: 5, col: 3 });
    expect(f.indicatorHeader).toEqual({ row: 11, col: 1 });
    expect(f.indicators.map((i) => i.row + 1)).toEqual([13, 14, 15, 16, 17]);
    expect(f.indicators.map((i) => [i.columns.score, i.columns.reason])).toEqual(Array(5).fill([7, 8]));
    expect(f.total?.score).toMatchObject({ row: 17, col: 7 });
  });

  it('stays clean next to a notes sheet that mentions 总分 and 项目名称', () => {
    const a = analyse([...gridsOfSpec(cleanSpec()), notesSheet()]);
    expect(a.forms.map((f) => f.result.form.sheet)).toEqual(['Sheet1']);
    expect(allFindings(a)).toEqual([]);
  });
});

describe.each(RULE_IDS.map((id) => [id] as const))('%s', (id) => {
  const cases = CASES.filter((c) => c.rule === id);

  it.each(cases.map((c) => [label(c), c] as const))('%s', (_l, c) => {
    const a = run(c);
    const all = allFindings(a);
    const hits = all.filter((f) => f.rule === id);
    if (c.forms !== undefined) expect(a.forms).toHaveLength(c.forms);
    expect(hits.map((f) => f.cell)).toEqual(c.hits.map((h) => h.cell));
    c.hits.forEach((h, i) => {
      const f = hits[i];
      expect(f.severity).toBe(DESIGN_SEVERITY[id]);
      expect(f.sheet).toBe(h.sheet ?? 'Sheet1');
      expect({ expected: f.expected, found: f.found }).toEqual({ expected: h.expected, found: h.found });
      if (h.fill !== undefined) expect(f.fill).toBe(h.fill);
    });
    for (const other of c.silent ?? []) expect(all.map((f) => f.rule)).not.toContain(other);
    if (c.clean) expect(all).toEqual([]);
  });

  const firing = cases.filter((c) => c.hits.length > 0);
  for (const c of firing) {
    it(`messages state expected and found: ${c.name}`, () => {
      const hits = allFindings(run(c)).filter((f) => f.rule === id);
      expect(hits).toHaveLength(c.hits.length);
      c.hits.forEach((h, i) => {
        for (const lang of LANGS) {
          const m = messageOf(hits[i], lang);
          expect(m.length).toBeGreaterThan(0);
          for (const v of [h.expected, h.found]) if (v !== null) expect(m).toContain(v);
          for (const v of h.messages?.[lang] ?? []) expect(m).toContain(v);
        }
      });
    });
  }
});

describe('the case table', () => {
  it.each(RULE_IDS.map((id) => [id] as const))('has a firing case and a silent case for %s', (id) => {
    const cases = CASES.filter((c) => c.rule === id);
    expect(cases.filter((c) => c.hits.length > 0).map((c) => c.name)).not.toEqual([]);
    expect(cases.filter((c) => c.hits.length === 0).map((c) => c.name)).not.toEqual([]);
  });

  it('names only known rule ids', () => {
    const known = new Set<string>(RULE_IDS);
    expect(CASES.map((c) => c.rule).filter((r) => !known.has(r))).toEqual([]);
  });
});

describe('the rule table', () => {
  it('has zh-CN and en-US messages for every rule in RULES and every rule id', () => {
    for (const id of [...RULES.map((r) => r.id), ...RULE_IDS]) {
      for (const lang of LANGS) expect(typeof RULE_MESSAGES[lang][id]).toBe('function');
    }
  });

  it('gives each rule the severity of design §3', () => {
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.severity]))).toEqual(
      Object.fromEntries(Object.entries(DESIGN_SEVERITY).filter(([id]) => !WORKBOOK_RULES.includes(id))),
    );
  });

  it('lists every rule id once, in RULES or (the workbook’s own) in the engine', () => {
    expect([...RULES.map((r) => r.id), ...WORKBOOK_RULES].sort()).toEqual([...RULE_IDS].sort());
  });
});
