/**
 * The direct reader against exceljs and the grid adapter (loadBytes + formsOf), which it replaces in the CLI: the same
 * grids and summary sheet on every fixture workbook and on hand-written edge cases, and exactly the differences that
 * docs/decisions.md lists where exceljs reads a file wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { analyse, planEdits, type Grid } from '../../../src/core';
import type { Cell } from '../../../src/core/grid/cell';
import { applyPlan } from '../../../src/hosts/exceljs/applyPlan';
import { loadBytes } from '../../../src/hosts/exceljs/loadBytes';
import { formsOf } from '../../../src/hosts/exceljs/markCopy';
import { rawAttrOf } from '../../../src/hosts/xlsx/attrOf';
import { readXlsx } from '../../../src/hosts/xlsx/readXlsx';
import { seedXlsx, encryptedXlsx, legacyXls, corruptZip } from '../../../scripts/fixtures/badFiles';
import { XLSX_DIFFERENCES, XLSX_EDGE_CASES, xlsxBytes } from '../../../scripts/fixtures/xlsxEdgeCases';
import { FIXTURES } from '../../helpers/grids';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** What the CLI read before: exceljs, then the grid adapter and the summary-sheet lookup. */
async function viaExceljs(bytes: Uint8Array, name = 'x.xlsx'): Promise<{ grids: Grid[]; own: string | null }> {
  const { workbook } = await loadBytes(bytes, name);
  return formsOf(workbook);
}

function direct(bytes: Uint8Array, name = 'x.xlsx'): { grids: Grid[]; own: string | null } {
  const { grids, own } = readXlsx(bytes, name);
  return { grids, own };
}

/** Every .xlsx under a folder. */
function workbooksUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? workbooksUnder(p) : d.name.endsWith('.xlsx') ? [p] : [];
  });
}

describe('readXlsx gives the grids exceljs and the grid adapter give', () => {
  const files = [...workbooksUnder(FIXTURES), path.join(ROOT, 'examples', 'seed-2022.xlsx')];

  it('has the fixture workbooks to compare (generated ones, the real layouts, the example)', () => {
    expect(files.filter((f) => f.includes(`${path.sep}real${path.sep}`)).length).toBeGreaterThanOrEqual(8);
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const f of files) expect(fs.existsSync(f)).toBe(true); // examples/seed-2022.xlsx: `npm run examples`
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', async (_name, file) => {
    const bytes = fs.readFileSync(file);
    expect(direct(bytes)).toEqual(await viaExceljs(bytes));
  });

  it('a copy with the summary sheet this tool wrote: the same grids, and the summary sheet found by its defined name', async () => {
    const { workbook } = await loadBytes(await seedXlsx(), 'seed.xlsx');
    applyPlan(workbook, planEdits(analyse(formsOf(workbook).grids), 'zh-CN'), { fill: true, marks: true, summary: true });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const expected = await viaExceljs(bytes);
    expect(expected.own).toBe('绩效自评汇总');
    expect(direct(bytes)).toEqual(expected);
  });

  it.each(Object.entries(XLSX_EDGE_CASES))('edge case: %s', async (_name, plan) => {
    const bytes = xlsxBytes(plan);
    expect(direct(bytes)).toEqual(await viaExceljs(bytes));
  });
});

const cell = (v: Cell['v'], more: Partial<Cell> = {}): Cell => ({ v, ...more });

/**
 * Where the reader differs on purpose: what each reads, cell by cell (row 1 unless a case gives rows). The exceljs
 * column pins what exceljs 4.4 does, so that a change in it is seen.
 */
const DIFFERENCES: [string, { rows: (Cell | undefined | null)[][] | string; exceljs: (Cell | undefined | null)[][] | string }][] = [
  [
    'shared formulas',
    {
      rows: [
        [cell(1), cell(2), cell(3, { f: 'A1+$B$1*SUM(A$1:B1)&"A1"' })],
        [cell(4), undefined, cell(6, { f: 'A2+$B$1*SUM(A$1:B2)&"A1"' })],
        [undefined, undefined, cell(null, { f: 'A3+$B$1*SUM(A$1:B3)&"A1"' })],
      ],
      // exceljs gives a dependent the master's address, not a formula.
      exceljs: [
        [cell(1), cell(2), cell(3, { f: 'A1+$B$1*SUM(A$1:B1)&"A1"' })],
        [cell(4), undefined, cell(6, { f: 'C1' })],
        [undefined, undefined, cell(null, { f: 'C1' })],
      ],
    },
  ],
  [
    'formula results that are falsy',
    {
      rows: [[cell(0, { f: 'B1-B1' }), cell(false, { f: '1>2' }), cell('', { f: 'IF(1,"","x")' })]],
      exceljs: [[cell(null, { f: 'B1-B1' }), cell(null, { f: '1>2' }), cell(null, { f: 'IF(1,"","x")' })]],
    },
  ],
  [
    'text formula results with entities',
    {
      rows: [[cell('a&lt;b', { f: '"a&lt;b"' }), cell('x&amp;y')]],
      exceljs: [[cell('a<b', { f: '"a&lt;b"' }), cell('x&y')]],
    },
  ],
  [
    'a date-formatted cell with a text result',
    {
      rows: [[cell('n/a', { f: '"n/a"', fmt: 'mm-dd-yy' }), cell(null, { f: '1/0', e: '#DIV/0!', fmt: 'mm-dd-yy' })]],
      // exceljs turns any cached result of a date-formatted formula into a date: an invalid one, NaN, for these.
      exceljs: [[cell(NaN, { f: '"n/a"', fmt: 'mm-dd-yy' }), cell(NaN, { f: '1/0', fmt: 'mm-dd-yy' })]],
    },
  ],
  ['ISO dates (t="d")', { rows: [[cell(44926), cell(44926.5)]], exceljs: [[cell(2022), cell(2022)]] }],
  ['an inline string with an escape', { rows: [[cell('a\tb')]], exceljs: [[cell('a_x0009_b')]] }],
  ['date1904="true"', { rows: [[cell(44926, { fmt: 'mm-dd-yy' })]], exceljs: [[cell(43464, { fmt: 'mm-dd-yy' })]] }],
  ['a CDATA section in a shared string', { rows: [[cell('<b>&raw')]], exceljs: [[cell('')]] }],
  [
    'hyperlinked cells',
    {
      rows: [[cell(12.5), cell(4, { f: 'C1*2' }), cell('表1')]],
      // exceljs makes a linked cell's value its link text: a number, or a formula's result, is then no text and is lost.
      exceljs: [[undefined, undefined, cell('表1')]],
    },
  ],
  ['rows without r', { rows: [[cell(1)], [cell(2)], undefined as never, [cell(4)]], exceljs: 'corrupt' }],
];

describe('readXlsx where exceljs reads wrong (docs/decisions.md, "The direct xlsx reader")', () => {
  it('covers every case of scripts/fixtures/xlsxEdgeCases.ts', () => {
    expect(DIFFERENCES.map(([n]) => n).sort()).toEqual(Object.keys(XLSX_DIFFERENCES).sort());
  });

  it.each(DIFFERENCES)('%s', async (name, { rows, exceljs }) => {
    const bytes = xlsxBytes(XLSX_DIFFERENCES[name]);
    const norm = (r: (Cell | undefined | null)[][]) => r.map((line) => line && line.map((c) => c ?? undefined));
    expect(direct(bytes).grids[0].rows).toEqual(norm(rows as (Cell | undefined)[][]));
    if (typeof exceljs === 'string') await expect(viaExceljs(bytes)).rejects.toMatchObject({ code: exceljs });
    else expect((await viaExceljs(bytes)).grids[0].rows).toEqual(norm(exceljs));
  });
});

describe('readXlsx refuses what loadBytes refuses, with the same named errors', () => {
  const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  const withPart = (bytes: Uint8Array, part: string, xml: string) => zipSync({ ...unzipSync(bytes), [part]: strToU8(xml) });
  const good = xlsxBytes(XLSX_EDGE_CASES['merges']);

  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['text', () => strToU8('not a workbook'), 'not-xlsx'],
    ['empty', () => new Uint8Array(0), 'not-xlsx'],
    ['a legacy .xls', () => legacyXls(), 'legacy-xls'],
    ['a password-protected .xlsx', () => encryptedXlsx(), 'encrypted'],
    ['a zip that is no workbook', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'corrupt'],
    ['a truncated workbook', () => corruptZip(), 'corrupt'],
    ['a zip without xl/workbook.xml', () => zip({ 'xl/worksheets/sheet1.xml': '<worksheet/>' }), 'corrupt'],
    [
      'a sheet with broken XML',
      () => withPart(good, 'xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>'),
      'corrupt',
    ],
    [
      'a sheet with an unknown entity',
      () =>
        withPart(
          good,
          'xl/worksheets/sheet1.xml',
          '<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData></worksheet>',
        ),
      'corrupt',
    ],
    [
      'a shared string that is not there',
      () =>
        withPart(
          good,
          'xl/worksheets/sheet1.xml',
          '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>9</v></c></row></sheetData></worksheet>',
        ),
      'corrupt',
    ],
    ['a workbook without sheets', () => withPart(good, 'xl/workbook.xml', '<workbook><sheets/></workbook>'), 'corrupt'],
  ])('%s', async (_name, make, code) => {
    const bytes = await make();
    expect(() => readXlsx(bytes, '自评表.xlsx')).toThrow(
      expect.objectContaining({ name: 'UnreadableWorkbookError', code, detail: '自评表.xlsx' }),
    );
    await expect(loadBytes(bytes, '自评表.xlsx')).rejects.toMatchObject({ name: 'UnreadableWorkbookError', code });
  });

  it('names the parts a copy could not keep, as loadBytes does', async () => {
    const bytes = withPart(good, 'xl/vbaProject.bin', 'x');
    expect(readXlsx(bytes, 'm.xlsm').unkept).toEqual((await loadBytes(bytes, 'm.xlsm')).unkept);
    expect(readXlsx(bytes, 'm.xlsm').unkept).toEqual(['macros']);
  });
});

describe('property: any cells exceljs writes read back as exceljs reads them', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('项目名称', ' 前后 ', 'a&b<c>"d\'', '≥200项', '_x0041_', 'tab\there', 'line\nbreak', '＝５－１０家'),
  );
  const value = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1e9, max: 1e9 }),
    text,
    fc.boolean(),
    fc.record({
      formula: fc.constantFrom('A1+1', 'SUM(A1:B2)', 'IF(A1>0,"是","否")'),
      result: fc.oneof(fc.integer({ min: 1, max: 999 }), fc.constant('文本')),
    }),
    fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }, { richText: [{ text: '绩效' }, { text: '指标', font: { bold: true } }] }),
  );
  const fmt = fc.constantFrom(undefined, '0.00%', '#,##0.00', 'yyyy-mm-dd', '0.00"元"', '@');
  const cells = fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), value, fmt), { maxLength: 40 });
  const merges = fc.array(
    fc.tuple(
      fc.integer({ min: 1, max: 25 }),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 2 }),
    ),
    { maxLength: 4 },
  );

  it('holds for random sheets', async () => {
    await fc.assert(
      fc.asyncProperty(cells, merges, async (cs, ms) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('表1');
        for (const [r, c, v, f] of cs) {
          const target = ws.getCell(r, c);
          target.value = v as ExcelJS.CellValue;
          // A text result under a date format is a documented difference (exceljs makes it NaN), tested above.
          const textResult = typeof v === 'object' && 'formula' in v && typeof v.result === 'string';
          if (f && !(textResult && f === 'yyyy-mm-dd')) target.numFmt = f;
        }
        const taken = new Set<string>();
        for (const [r, c, h, w] of ms) {
          const cellsOf = Array.from({ length: h + 1 }, (_a, i) => Array.from({ length: w + 1 }, (_b, j) => `${r + i},${c + j}`)).flat();
          if (cellsOf.length < 2 || cellsOf.some((k) => taken.has(k))) continue;
          cellsOf.forEach((k) => taken.add(k));
          ws.mergeCells(r, c, r + h, c + w);
        }
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        expect(direct(bytes)).toEqual(await viaExceljs(bytes));
      }),
      { numRuns: 60 },
    );
  });
});

describe('rawAttrOf', () => {
  it.each<[string, string, string | undefined]>([
    [' r="A1" s="2" t="s"', 's', '2'],
    [' r="A1" s="2" t="s"', 'r', 'A1'],
    [' r="A1" ts="9"', 's', undefined],
    [" r='A1' s='2'", 's', '2'],
    [' r = "A1"\n s="3"', 's', '3'],
    [' x="a s=&quot;1&quot;" s="4"', 's', '4'],
    [' x=\'a s="1"\' s="5"', 's', '5'],
    ['', 's', undefined],
  ])('%j %s', (attrs, name, expected) => {
    expect(rawAttrOf(attrs, name)).toBe(expected);
  });
});
