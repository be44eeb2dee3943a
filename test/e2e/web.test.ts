import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, productionBuild } from '../helpers/webpackBuild';
import { describeWithBrowser, launch } from './browser';
import { serve } from './serve';

const SAMPLE = path.join(ROOT, 'examples', 'seed-2022.xlsx');
// Each form's 执行率, 预算执行得分, 总分 and 等级, as the seed's own test gives them (test/core/seed.test.ts).
const FIGURES = [
  ['绿色技术银行综合管理与运行', '99.70%', '9.97', '98.97'],
  ['国内外科技合作交流', '97.96%', '9.80', '99.80'],
  ['技术转移合作', '94.22%', '9.42', '98.42'],
  ['长三角“一体化”科创云平台', '99.99%', '10.00', '99.90'],
  ['技贸大厦楼顶维修改造', '100.00%', '10.00', '96.00'],
  ['科研基地服务与科技项目管理', '71.32%', '7.13', '97.13'],
  ['加强科技类社会组织党建工作', '100.00%', '10.00', '100.00'],
];

describeWithBrowser('the web page (issue 13): the checker in any browser, nothing uploaded', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let context: BrowserContext;
  let page: Page;
  let assets: Set<string>;
  const requests: string[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-web-'));

  const open = async (file: string) => {
    await page.locator('#file').setInputFiles(file);
    await page
      .getByTestId('workbook')
      .filter({ hasText: path.basename(file) })
      .waitFor({ timeout: 60_000 });
  };

  beforeAll(async () => {
    const dir = await productionBuild();
    assets = new Set((fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')));
    server = await serve(dir);
    browser = await launch();
    // A Chinese browser: the page speaks the browser's language.
    context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 900, height: 1200 } });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    await page.goto(server.url + 'web.html');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('opens the sample and answers 需修改, with the seven forms and their figures', async () => {
    await open(SAMPLE);
    expect(await page.getByTestId('verdict').textContent()).toBe('需修改：3 个错误，另有 8 个警告值得一看');
    const forms = page.getByTestId('form');
    expect(await forms.count()).toBe(7);
    for (const [project, rate, budget, total] of FIGURES) {
      const card = forms.filter({ hasText: project });
      expect(await card.textContent()).toContain(`执行率 ${rate} · 预算执行得分 ${budget} · 总分 ${total} · 等级 优`);
    }
    // How to fix each finding, as in the pane.
    expect(await page.getByTestId('finding').first().textContent()).toContain('依据：');
  });

  it('downloads the checked copy, filled and with the summary sheet, which exceljs reads back', async () => {
    await page.getByRole('checkbox', { name: /填入计算结果/ }).check();
    await page.getByRole('checkbox', { name: /添加汇总表/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载检查后的副本' }).click()]);
    expect(download.suggestedFilename()).toBe('seed-2022-已检查.xlsx');
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('绩效自评汇总')).toBeDefined();
    const transfer = wb.getWorksheet('3 技术转移合作')!;
    // The corrected 执行率 (94.23% typed; a value, as the amounts are texts), and the mark of the error on the research form.
    const g6 = transfer.getCell('G6');
    expect(typeof g6.value === 'number' ? g6.value : g6.result).toBeCloseTo(0.9422377, 6);
    expect(g6.numFmt).toBe('0.00%');
    const research = wb.getWorksheet('6 科研基地服务与科技项目管理')!;
    expect((research.getCell('D6').fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/FFC7CE$/);
    expect(research.getCell('D6').note).toBeDefined();
    await page.getByText('已下载 seed-2022-已检查.xlsx').waitFor();
  });

  it('names what the copy cannot keep before the download', async () => {
    // The sample with a chart part: exceljs reads the workbook but will not write the chart back.
    const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    const withChart = path.join(tmp, 'with-chart.xlsx');
    fs.writeFileSync(withChart, await zip.generateAsync({ type: 'nodebuffer' }));
    await open(withChart);
    expect(await page.getByTestId('unkept').textContent()).toBe(
      '副本将不含原工作簿中的图表（生成副本的 exceljs 无法保留）；原文件不受影响。',
    );
  });

  it('checks a workbook dropped on the page', async () => {
    const base64 = fs.readFileSync(SAMPLE).toString('base64');
    const dropped = await page.evaluateHandle((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], '拖入的自评表.xlsx'));
      return transfer;
    }, base64);
    await page.getByTestId('drop').dispatchEvent('dragover', { dataTransfer: dropped });
    await page.getByTestId('drop').dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByTestId('workbook').filter({ hasText: '拖入的自评表.xlsx' }).waitFor();
    expect(await page.getByTestId('verdict').textContent()).toMatch(/^需修改：3 个错误/);
  });

  it('says plainly when a file is not a workbook', async () => {
    const text = path.join(tmp, 'notes.xlsx');
    fs.writeFileSync(text, 'not a workbook');
    await page.locator('#file').setInputFiles(text);
    await page.getByRole('alert').filter({ hasText: 'notes.xlsx' }).waitFor();
  });

  it('works offline once loaded', async () => {
    await context.setOffline(true);
    try {
      await open(SAMPLE);
      expect(await page.getByTestId('verdict').textContent()).toMatch(/^需修改/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载检查后的副本' }).click()]);
      expect(await download.failure()).toBeNull();
    } finally {
      await context.setOffline(false);
    }
  });

  it('chooses a scoring profile, and checks the open workbook again with it', async () => {
    await open(SAMPLE);
    await page.getByRole('combobox', { name: '评分口径' }).selectOption('mof-2020-capped');
    const research = page.getByTestId('form').filter({ hasText: '科研基地服务与科技项目管理' });
    // 执行率 71.32 % caps the total at 89 under this profile.
    await research.getByText(/总分 89\.00/).waitFor();
    await page.getByRole('combobox', { name: '评分口径' }).selectOption('mof-2020');
    await research.getByText(/总分 97\.13/).waitFor();
  });

  it('tells a browser too old to run it what it needs, and a current one never sees that', async () => {
    const html = fs.readFileSync(path.join(await productionBuild(), 'web.html'), 'utf8');
    expect(html).toContain('本页面需要较新的浏览器');
    expect(await page.getByText('本页面需要较新的浏览器').count()).toBe(0);
    expect(await page.title()).toBe('绩效自评助手 · 网页版');
  });

  it('made no request but for its own assets', () => {
    const outside = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
    const own = requests.filter((u) => u.startsWith(server.url)).map((u) => new URL(u).pathname.slice(1));
    expect(own.filter((p) => !assets.has(p))).toEqual([]);
    expect(own).toEqual(expect.arrayContaining(['web.html', 'web.js']));
  });

  it('speaks English for an English browser', async () => {
    const en = await context.newPage();
    await en.goto(server.url + 'web.html?lang=en-US');
    await en.locator('#file').setInputFiles(SAMPLE);
    await en.getByTestId('verdict').waitFor();
    expect(await en.getByTestId('verdict').textContent()).toMatch(/^Needs changes: 3 errors/);
    await en.close();
  });
});
