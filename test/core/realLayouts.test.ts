/**
 * The real layouts of test/fixtures/real (sources in SOURCES.md), read from the workbooks that
 * scripts/fixtures/realWorkbooks.ts generates: every form found, its figures exact, every finding it should raise at its
 * cell, and no error on a form that should raise none.
 */
import Decimal from 'decimal.js';
import fs from 'node:fs';
import path from 'node:path';
import { analyse, type Analysis } from '../../src/core';
import { numberOf } from '../../src/core/parse/cellNumber';
import { REAL_DIR, realLayouts, type RealExpect, type RealLayout } from '../../scripts/fixtures/realLayout';
import { FIXTURES, gridsOfFile } from '../helpers/grids';

const LAYOUTS = realLayouts();

/** A figure as the fixtures state it: rounded half-up to `places`, or null. */
function fixed(d: Decimal | null, places: number): string | null {
  return d ? d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places) : null;
}

/** An expected figure at the same places, however many decimals the fixture wrote. */
function same(expected: string | null, places: number): string | null {
  return expected === null ? null : new Decimal(expected).toFixed(places);
}

const sorted = (xs: string[]) => [...xs].sort();

describe('the real layouts', () => {
  it('are at least eight, from distinct published sources, covering the kinds issue 10 names', () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(LAYOUTS.map((l) => l.source.url)).size).toBe(LAYOUTS.length);
    const kinds = new Set(LAYOUTS.map((l) => l.kind));
    expect(kinds).toEqual(new Set(['project', 'transfer', 'department']));
    const features = LAYOUTS.flatMap((l) => l.features);
    for (const f of ['operator-unit-columns', 'two-row-indicator-header', 'split-reason-columns']) expect(features).toContain(f);
  });

  it('each have a form that raises no error, and a copy with planted problems', () => {
    for (const l of LAYOUTS) {
      expect(l.expect.some((e) => e.findings.every((f) => !isError(f.rule)))).toBe(true);
      expect(l.expect.some((e) => e.findings.some((f) => f.planted))).toBe(true);
    }
  });
});

// Warnings of design §3; every other rule a fixture lists is an error.
const WARNINGS = new Set([
  'funds.overspent',
  'rate.mismatch',
  'rate.low',
  'score.above-completion',
  'score.band',
  'deviation.overachieved',
  'weights.level1',
]);
const isError = (rule: string) => !WARNINGS.has(rule);

describe.each(LAYOUTS.map((l) => [l.id, l] as const))('%s', (id, layout: RealLayout) => {
  let a: Analysis;
  beforeAll(async () => {
    a = analyse(await gridsOfFile(path.join(FIXTURES, 'real', `${id}.xlsx`)));
  });

  it('finds every form, on its sheet, in order', () => {
    expect(a.forms.map((f) => f.result.form.sheet)).toEqual(layout.expect.map((e) => e.sheet));
    expect(a.findings).toEqual([]);
  });

  it.each(layout.expect.map((e, i) => [e.sheet, i] as const))('%s: reads the head and funds as the form states them', (_s, i) => {
    const e: RealExpect = layout.expect[i];
    const f = a.forms[i].result.form;
    if (e.project !== null) expect(f.project).toBe(e.project);
    if (e.unit) expect(f.funds?.unit).toBe(e.unit);
    const t = f.funds?.total;
    const amount = (c: NonNullable<typeof t>['adjusted']) => (c ? (numberOf(c.read)?.toFixed() ?? null) : null);
    if (e.budget) {
      expect(amount(t?.adjusted ?? null)).toBe(e.budget.adjusted === null ? null : new Decimal(e.budget.adjusted).toFixed());
      expect(amount(t?.executed ?? null)).toBe(e.budget.executed === null ? null : new Decimal(e.budget.executed).toFixed());
    }
  });

  it.each(layout.expect.map((e, i) => [e.sheet, i] as const))('%s: 执行率, the budget 得分 and 总分 are exact', (_s, i) => {
    const e = layout.expect[i];
    const r = a.forms[i].result;
    expect(fixed(r.rate, 4)).toBe(same(e.rate, 4));
    expect(r.budgetWeight?.toFixed() ?? null).toBe(e.budgetWeight === null ? null : new Decimal(e.budgetWeight).toFixed());
    expect(fixed(r.budgetScore, 2)).toBe(same(e.budgetScore, 2));
    expect(fixed(r.total, 2)).toBe(same(e.total, 2));
    for (const [name, want] of Object.entries(e.levels ?? {})) {
      const level = r.levels.find((l) => l.name === name);
      expect({ name, weight: level?.weight.toFixed() ?? null, score: level?.score.toFixed() ?? null }).toEqual({
        name,
        weight: want.weight === null ? null : new Decimal(want.weight).toFixed(),
        score: want.score === null ? null : new Decimal(want.score).toFixed(),
      });
    }
  });

  it.each(layout.expect.map((e, i) => [e.sheet, i] as const))(
    '%s: raises exactly the errors and warnings listed, each at its cell',
    (_s, i) => {
      const want = layout.expect[i].findings.map((f) => `${f.rule}@${f.cell}`);
      const got = a.forms[i].findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.cell}`);
      expect(sorted(got)).toEqual(sorted(want));
    },
  );

  it('says what it could not read at most once a form, as info', () => {
    for (const f of a.forms) {
      const infos = f.findings.filter((x) => x.severity === 'info');
      expect(infos.length).toBeLessThanOrEqual(1);
      for (const x of infos) expect(x.rule).toBe('form.unread');
    }
  });
});

describe('SOURCES.md', () => {
  const text = fs.readFileSync(path.join(REAL_DIR, 'SOURCES.md'), 'utf8');
  it.each(LAYOUTS.map((l) => [l.id, l] as const))('lists %s with its address', (id, l) => {
    const line = text.split('\n').find((x) => x.includes(`\`${id}\``));
    expect(line).toContain(l.source.url);
  });
});
