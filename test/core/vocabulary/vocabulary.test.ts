/**
 * The vocabulary's promise (issue 10): a header spelled another way the vocabulary knows for the same role gives the same
 * result. Checked with fast-check on the real layouts and the seed workbook: any of the labels a form was read by is
 * replaced with another spelling of its role, and every figure and finding stays as it was.
 */
import fc from 'fast-check';
import { analyse, computeForms, type Grid } from '../../../src/core';
import { labelKey } from '../../../src/core/parse/text';
import { classify, formKindOf } from '../../../src/core/vocabulary/classify';
import { labelMeaning } from '../../../src/core/vocabulary/labelMeaning';
import { VOCABULARY, type Role } from '../../../src/core/vocabulary/vocabulary';
import { gridOfSheet, plainSheets, realLayouts } from '../../../scripts/fixtures/realLayout';
import { gridsOfFixture } from '../../helpers/grids';

/** A label cell a form was read by, and the other spellings of exactly its roles. */
interface Slot {
  sheet: number;
  row: number;
  col: number;
  spellings: string[];
}

// The title and year decide what kind of form it is and its year; they are not headers.
const FIXED: ReadonlySet<Role> = new Set<Role>(['title', 'year', 'unit']);

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((r) => b.includes(r));

/** The label cells of every form, each with the spellings that mean exactly what it means and carry no marks. */
function slotsOf(grids: Grid[]): Slot[] {
  const slots: Slot[] = [];
  const seen = new Set<string>();
  for (const r of computeForms(grids)) {
    const sheet = grids.findIndex((g) => g.name === r.form.sheet);
    for (const at of r.form.layout.roles) {
      const key = `${sheet}:${at.row}:${at.col}`;
      const label = classify(at.text);
      // A label with marks (（万元）, （20分）), a value after it, or words that tell the form's kind (部门整体支出总额)
      // says more than its role: it is left as it is.
      if (seen.has(key) || FIXED.has(at.role) || !label || label.value !== null || labelMeaning(label.key) !== label.key) continue;
      if (formKindOf(at.text) !== 'project') continue;
      seen.add(key);
      const spellings = VOCABULARY[at.role].filter(
        (s) => s !== at.text && formKindOf(s) === 'project' && sameRoles(classify(s)?.roles ?? [], label.roles),
      );
      if (spellings.length) slots.push({ sheet, row: at.row, col: at.col, spellings });
    }
  }
  return slots;
}

/** What must not change: each form's place and figures, and each finding's rule, cell and values. */
function outcome(grids: Grid[]) {
  const a = analyse(grids);
  return {
    forms: a.forms.map(({ result: r, findings }) => ({
      sheet: r.form.sheet,
      start: r.form.start,
      project: r.form.project,
      rate: r.rate?.toFixed() ?? null,
      budgetScore: r.budgetScore?.toFixed() ?? null,
      total: r.total?.toFixed() ?? null,
      findings: findings.map((f) => ({ rule: f.rule, cell: f.cell, severity: f.severity, expected: f.expected, found: f.found })),
    })),
    findings: a.findings.map((f) => `${f.rule}@${f.cell}`),
  };
}

function respelled(grids: Grid[], slots: Slot[], picks: [number, number][]): Grid[] {
  const out = grids.map((g) => ({ ...g, rows: g.rows.map((r) => (r ? [...r] : r)) }));
  for (const [i, j] of picks) {
    const s = slots[i % slots.length];
    out[s.sheet].rows[s.row][s.col] = { v: s.spellings[j % s.spellings.length] };
  }
  return out;
}

const WORKBOOKS: [string, () => Grid[]][] = [
  ['seed.xlsx', () => gridsOfFixture('seed.xlsx')],
  ...realLayouts().map((l): [string, () => Grid[]] => [l.id, () => plainSheets(l).map(gridOfSheet)]),
];

describe('another spelling of the same role', () => {
  it.each(WORKBOOKS)('%s: gives the same figures and findings', (_id, load) => {
    const grids = load();
    const slots = slotsOf(grids);
    expect(slots.length).toBeGreaterThan(3);
    const before = outcome(grids);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }), (picks) => {
        // The cells and spellings are part of what is compared, so that a failure names them.
        const applied = picks.map(([i, j]) => {
          const s = slots[i % slots.length];
          return `${grids[s.sheet].name}!R${s.row + 1}C${s.col + 1} → ${s.spellings[j % s.spellings.length]}`;
        });
        expect({ applied, ...outcome(respelled(grids, slots, picks)) }).toEqual({ applied, ...before });
      }),
      { numRuns: 40 },
    );
  });

  it.each(WORKBOOKS)('%s: every slot, one spelling at a time', (_id, load) => {
    const grids = load();
    const slots = slotsOf(grids);
    const before = outcome(grids);
    slots.forEach((s, i) =>
      s.spellings.forEach((spelling, j) => {
        const after = outcome(respelled(grids, slots, [[i, j]]));
        expect({ spelling, same: JSON.stringify(after) === JSON.stringify(before) }).toEqual({ spelling, same: true });
      }),
    );
  });
});

it('labelKey folds what the vocabulary promises to fold', () => {
  expect(labelKey('项目 名称')).toBe(labelKey('项目名称'));
  expect(labelKey('项目\n名称')).toBe(labelKey('项目名称'));
  expect(labelKey('预算数（Ａ）')).toBe(labelKey('预算数(A)'));
});
