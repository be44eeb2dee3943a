import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { profileNamed } from '../../src/core';
import { checkBytes, copyBytes, copyName } from '../../src/web/checkBytes';

const SAMPLE = new Uint8Array(fs.readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'seed-2022.xlsx')));

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('the web page’s check (issue 13)', () => {
  it('finds the seven forms, with the steps reported in order', async () => {
    const steps: string[] = [];
    const c = await checkBytes(SAMPLE, 'seed-2022.xlsx', { onStep: (s) => steps.push(s) });
    expect(c.analysis.forms).toHaveLength(7);
    expect(steps).toEqual(['reading', 'checking']);
    expect(c.unkept).toEqual([]);
  });

  it('stops with CancelledError when cancelled, before or while reading', async () => {
    const before = new AbortController();
    before.abort();
    await expect(checkBytes(SAMPLE, 's.xlsx', { signal: before.signal })).rejects.toMatchObject({ name: 'CancelledError' });
    const during = new AbortController();
    const run = checkBytes(SAMPLE, 's.xlsx', { signal: during.signal, onStep: (s) => s === 'reading' && during.abort() });
    await expect(run).rejects.toMatchObject({ name: 'CancelledError' });
  });

  it.each([
    [{ fill: false, summary: false }, false],
    [{ fill: true, summary: true }, true],
  ])('writes a marked copy; filled and summarised only on request: %j', async (options, asked) => {
    const c = await checkBytes(SAMPLE, 'seed-2022.xlsx');
    const copy = await read(await copyBytes(c, { ...options, lang: 'zh-CN' }));
    expect(!!copy.getWorksheet('绩效自评汇总')).toBe(asked);
    const g6 = copy.getWorksheet('3 技术转移合作')!.getCell('G6');
    // The form has 执行率 as the text "94.23%"; Fill in writes the computed rate.
    if (asked) expect(g6.value).toBeCloseTo(0.9422377, 6);
    else expect(g6.value).toBe('94.23%');
    const d7 = copy.getWorksheet('6 科研基地服务与科技项目管理')!.getCell('D7');
    expect((d7.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    // The bytes kept are the original's: a second copy is made from them, not from the first copy.
    const again = await read(await copyBytes(c, { fill: false, summary: false, lang: 'zh-CN' }));
    expect(again.getWorksheet('绩效自评汇总')).toBeUndefined();
  });

  it.each([
    ['自评表.xlsx', 'zh-CN', '自评表-已检查.xlsx'],
    ['Forms.XLSM', 'en-US', 'Forms-checked.xlsx'],
    ['no extension', 'zh-CN', 'no extension-已检查.xlsx'],
  ] as const)('names the copy of %s', (name, lang, copy) => {
    expect(copyName(name, lang)).toBe(copy);
  });
});

describe('the web page’s scoring profile (issue 13 review: the page could not choose one)', () => {
  it('checks with the profile chosen, and keeps it for the copy', async () => {
    const c = await checkBytes(SAMPLE, 'seed-2022.xlsx', {}, profileNamed('mof-2020-capped'));
    const research = c.analysis.forms[5].result;
    // 执行率 71.32 % caps the total at 89 under this profile.
    expect([research.total?.toFixed(2), research.capped]).toEqual(['89.00', true]);
    const copy = await read(await copyBytes(c, { fill: true, summary: false, lang: 'zh-CN' }));
    const at = c.analysis.forms[5].findings.find((f) => f.rule === 'total.mismatch')!.cell;
    const total = copy.getWorksheet('6 科研基地服务与科技项目管理')!.getCell(at);
    expect(typeof total.value === 'number' ? total.value : total.result).toBe(89);
  });
});
