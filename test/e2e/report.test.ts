import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { echartsSource } from '../../src/report/echartsSource';
import { reportHtml } from '../../src/report/reportHtml';
import { HOSTILE, seedReview } from '../report/plans';
import { describeWithBrowser, launch } from './browser';
import { otherOrigin, tryToReach } from './otherOrigin';

type Series = { name?: string; value: number }[];

/** The series data, and the SVG drawn, of the ECharts chart in a container. */
async function chartOf(page: Page, id: string): Promise<{ data: Series; paths: number; texts: string[] }> {
  return page.evaluate((id) => {
    const box = document.getElementById(id)!;
    const chart = (
      window as unknown as { echarts: { getInstanceByDom(e: Element): { getOption(): { series: { data: unknown[] }[] } } } }
    ).echarts.getInstanceByDom(box);
    const data = chart.getOption().series[0].data.map((d) => {
      const x = d as { name?: string; value: number };
      return x.name === undefined ? { value: x.value } : { name: x.name, value: x.value };
    });
    const svg = box.querySelector('svg');
    return {
      data,
      paths: svg ? svg.querySelectorAll('path').length : 0,
      texts: svg ? [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '') : [],
    };
  }, id);
}

/** The text of one column of the forms table's body, top to bottom. */
const column = (page: Page, col: number) =>
  page.$$eval('#forms tbody tr', (rows, c) => rows.map((r) => (r as HTMLTableRowElement).cells[c].textContent ?? ''), col);

describeWithBrowser('the HTML report (selfeval report) in Chromium, opened from disk', () => {
  let browser: Browser;
  let context: BrowserContext;
  let other: Awaited<ReturnType<typeof otherOrigin>>;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-report-'));
  const echarts = echartsSource();

  /** Opens a report of a language, recording every request, console error, page error and CSP violation. */
  async function open(lang: 'zh-CN' | 'en-US') {
    const file = path.join(tmp, `report-${lang}.html`);
    fs.writeFileSync(file, reportHtml(seedReview(lang), { echarts, generatedAt: '2026-12-06 09:30' }));
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    // The hostile file name would call alert() if it ever ran.
    page.on('dialog', (d) => (errors.push(`dialog: ${d.message()}`), void d.dismiss()));
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]');
    return { page, url, requests, errors };
  }

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    other = await otherOrigin();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await other?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('in Chinese', () => {
    const plan = seedReview('zh-CN');
    let page: Page;
    let opened: Awaited<ReturnType<typeof open>>;

    beforeAll(async () => {
      opened = await open('zh-CN');
      page = opened.page;
    }, 60_000);

    afterAll(() => page?.close());

    it('speaks Chinese: lang, title, headings, figures', async () => {
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.title()).toBe('绩效自评审核汇总');
      expect(await page.textContent('#generated')).toBe('生成时间：2026-12-06 09:30');
      expect(await page.$$eval('h2', (hs) => hs.map((h) => h.textContent))).toEqual([
        '概况',
        '各规则发现的问题',
        '自评表汇总',
        '问题清单',
        '无法读取的文件',
      ]);
      const figures = await page.$$eval('#figures .figure', (fs) => fs.map((f) => f.textContent));
      const c = plan.counts;
      expect(figures).toEqual([
        `文件${c.files}`,
        `无法读取${c.unreadable}`,
        `自评表${c.forms}`,
        `可以提交${c.submittable}`,
        `需修改${c.toFix}`,
        `错误${c.errors}`,
        `警告${c.warnings}`,
        `提示${c.infos}`,
      ]);
      expect([c.files, c.unreadable, c.forms]).toEqual([8, 1, 7]);
    });

    it('draws the 等级 pie and the 执行率 bars in SVG, with the plan’s data and Chinese labels', async () => {
      const grades = await chartOf(page, 'chart-grades');
      expect(grades.data).toEqual([{ name: '优', value: 7 }]);
      expect(grades.paths).toBeGreaterThan(0);
      expect(grades.texts.join(' ')).toContain('优：7（100%）');
      const rates = await chartOf(page, 'chart-rates');
      expect(rates.data).toEqual(plan.rates.map((r) => ({ name: r.label, value: r.count })));
      expect(rates.paths).toBeGreaterThan(7);
      expect(rates.texts).toEqual(expect.arrayContaining(['低于 60%', '90%–100%', '无法计算']));
      const rules = await chartOf(page, 'chart-rules');
      expect(rules.data).toEqual(plan.rules.slice(0, 10).map((r) => ({ name: r.name, value: r.count })));
      expect(rules.texts).toEqual(expect.arrayContaining(plan.rules.slice(0, 10).map((r) => r.name)));
    });

    it('sorts the forms on a header click, and reverses on a second click', async () => {
      const header = await page.$$eval('#forms thead th', (ths) => ths.map((th) => th.textContent));
      const total = header.indexOf('总分');
      const button = page.locator('#forms thead th').nth(total).getByRole('button');
      await button.click();
      const up = (await column(page, total)).map(Number);
      expect(up).toEqual([...up].sort((a, b) => a - b));
      expect(await page.locator('#forms thead th').nth(total).getAttribute('aria-sort')).toBe('ascending');
      await button.click();
      const down = (await column(page, total)).map(Number);
      expect(down).toEqual([...up].sort((a, b) => b - a));
      expect(await page.locator('#forms thead th').nth(total).getAttribute('aria-sort')).toBe('descending');
      expect(await page.locator('#forms thead th[aria-sort]').count()).toBe(1);
      // Text by Chinese collation: 单位1 … 单位7, the hostile name (no Chinese) first, as the collator orders Latin first.
      await page.locator('#forms thead th').nth(0).getByRole('button').click();
      const files = await column(page, 0);
      expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true })));
      expect(files).toContain(HOSTILE);
    });

    it('lists the findings and the unreadable file, with the hostile texts shown as text', async () => {
      expect(await page.locator('#findings tbody tr').count()).toBeGreaterThan(5);
      expect(await page.locator('#unreadable td').allTextContents()).toEqual(['坏文件.xls', '不是工作簿 <b>&amp;\u2028']);
      expect(opened.errors).toEqual([]);
      expect(await page.locator('script').count()).toBe(3);
    });

    it('fits an A4 landscape page in print: the charts and the forms table no wider than the page', async () => {
      // 297 mm less 2 × 10 mm of margin, at 96 px an inch.
      const width = Math.floor(((297 - 20) / 25.4) * 96);
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const wide = await page.evaluate(() =>
        ['#forms', '#findings', '#chart-grades svg', '#chart-rates svg', '#chart-rules svg'].map(
          (s) => [s, Math.ceil(document.querySelector(s)!.getBoundingClientRect().right)] as const,
        ),
      );
      for (const [, right] of wide) expect(right).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1300, height: 1000 });
    });

    it('logs no error and loads nothing but its own file', async () => {
      expect(opened.errors).toEqual([]);
      expect(opened.requests).toEqual([opened.url]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    });

    it('can reach no other origin, by any means', async () => {
      const before = other.seen.length;
      const r = await tryToReach(page, other.url);
      expect(r.fetch).toMatch(/^TypeError: /);
      expect(r.xhr).toBe('error');
      await page.waitForTimeout(300);
      expect(other.seen.slice(before)).toEqual([]);
      const blocked = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(new Set(blocked.map((v) => v.split(' ')[0]))).toEqual(new Set(['connect-src', 'img-src', 'script-src-elem', 'frame-src']));
    });
  });

  describe('in English', () => {
    it('speaks English, with the same charts, and no error', async () => {
      const { page, errors, requests, url } = await open('en-US');
      expect(await page.getAttribute('html', 'lang')).toBe('en-US');
      expect(await page.title()).toBe('Self-evaluation review');
      expect(await page.$$eval('h2', (hs) => hs.map((h) => h.textContent))).toEqual([
        'Overview',
        'Findings by rule',
        'Forms',
        'Findings',
        'Unreadable files',
      ]);
      // A long label wraps into lines of its own.
      const rates = (await chartOf(page, 'chart-rates')).texts.join(' ').replace(/\s+/g, ' ');
      expect(rates).toContain('below 60%');
      expect(rates).toContain('Not computable');
      expect((await chartOf(page, 'chart-grades')).data).toEqual([{ name: '优 (excellent)', value: 7 }]);
      if (process.env.SELFEVAL_REPORT_SHOT) await page.screenshot({ path: process.env.SELFEVAL_REPORT_SHOT, fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      await page.close();
    });
  });
});
