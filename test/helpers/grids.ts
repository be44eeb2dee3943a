import ExcelJS from 'exceljs';
import path from 'node:path';
import { parseRange, type Grid } from '../../src/core';
import type { Cell } from '../../src/core/grid/cell';
import { buildWorkbook, fixturePlans, type WorkbookPlan } from '../../scripts/fixtures/workbooks';
import { seedSpecs } from '../../scripts/fixtures/seedSpecs';
import type { FormSpec } from '../../scripts/fixtures/formSpec';
import type { Layout } from '../../scripts/fixtures/layoutForm';
import { toGrid } from '../../src/hosts/exceljs/toGrid';

/** The folder the fixture workbooks are generated into (by test/globalSetup.ts). */
export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'out');

/** A fixture workbook's path. */
export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/** The seven seed specs, fresh copies (safe to mutate). */
export function seeds(): FormSpec[] {
  return seedSpecs();
}

/** The grids of a workbook plan, built in memory through exceljs. */
export function gridsOfPlan(plan: WorkbookPlan): Grid[] {
  return buildWorkbook(plan).worksheets.map(toGrid);
}

/** The grids of one form laid out on one sheet. */
export function gridsOfSpec(spec: FormSpec, layout: Partial<Layout> = {}): Grid[] {
  return gridsOfPlan({ file: 'x.xlsx', sheets: [{ name: 'Sheet1', forms: [{ spec, layout }] }] });
}

/** The grids of a named fixture plan (seed.xlsx, stacked.xlsx…). */
export function gridsOfFixture(file: string): Grid[] {
  const plan = fixturePlans().find((p) => p.file === file);
  if (!plan) throw new Error(`no fixture ${file}`);
  return gridsOfPlan(plan);
}

type Literal = string | number | boolean | null | undefined | Cell;

/** A grid written out by hand: rows of values (a Cell object for formulas, formats and errors) and merges in A1. */
export function gridOf(name: string, rows: Literal[][], merges: string[] = []): Grid {
  return {
    name,
    rows: rows.map((r) =>
      r.map((v): Cell | undefined => {
        if (v === null || v === undefined || v === '') return undefined;
        if (typeof v === 'object') return v;
        return { v };
      }),
    ),
    merges: merges.map((m) => {
      const r = parseRange(m);
      if (!r) throw new Error(`bad range ${m}`);
      return r;
    }),
  };
}

/** Loads a workbook file's grids through exceljs. */
export async function gridsOfFile(file: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map(toGrid);
}
