import { FakeExcel, type FakeExcelOptions } from '../../../src/fakeExcel';
import { detectCapabilities } from '../../../src/hosts/office/capabilities';
import { AddinSession, type RunFn } from '../../../src/hosts/office/session';
import { buildWorkbook, fixturePlans } from '../../../scripts/fixtures/workbooks';
import { seeds } from '../../helpers/grids';

/** The add-in's session over a fake Excel, with the capabilities the fake's version has. */
export function sessionOf(fake: FakeExcel): AddinSession {
  return new AddinSession(
    fake.run as unknown as RunFn,
    detectCapabilities((n, v) => fake.isSetSupported(n, v)),
    'zh-CN',
  );
}

/** A fake Excel seeded with a fixture plan, and a session over it. */
export function setup(file = 'seed.xlsx', apiVersion = '1.20', options: Omit<FakeExcelOptions, 'sheets' | 'apiVersion'> = {}) {
  const plan = fixturePlans().find((p) => p.file === file)!;
  const fake = FakeExcel.fromWorkbook(buildWorkbook(plan), { apiVersion, ...options });
  const session = sessionOf(fake);
  return { fake, session, plan };
}

/** A fake Excel of 50 sheets, one seed form on each. */
export function fiftySheets(): FakeExcel {
  const specs = seeds();
  const sheets = Array.from({ length: 50 }, (_, i) => ({ name: `表${i + 1}`, forms: [{ spec: specs[i % 7], layout: {} }] }));
  return FakeExcel.fromWorkbook(buildWorkbook({ file: 'fifty.xlsx', sheets }));
}

/** Saves the fake's workbook to .xlsx bytes and opens it again, as a user closing and reopening the file. */
export async function reopen(fake: FakeExcel, apiVersion = '1.20'): Promise<FakeExcel> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await fake.toWorkbook().xlsx.writeBuffer());
  return FakeExcel.fromWorkbook(wb, { apiVersion });
}
