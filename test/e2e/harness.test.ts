import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/fakeExcel';
import { makeBenchWorkbook } from '../../scripts/fixtures/benchWorkbook';
import { seedSpecs } from '../../scripts/fixtures/seedSpecs';
import { buildWorkbook, fixturePlans } from '../../scripts/fixtures/workbooks';
import { describeWithBrowser, launch } from './browser';
import { paneTimes, watchPane } from './paneTimes';
import { serve } from './serve';

describeWithBrowser('the task pane in the browser harness', () => {
  const ROOT = path.resolve(__dirname, '..', '..');
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;

  const snapshot = () =>
    page.evaluate(() =>
      (window as unknown as { harness: { fake: { snapshot(): unknown } } }).harness.fake.snapshot(),
    ) as Promise<WorkbookSnapshot>;
  const cell = (sheet: string, address: string) =>
    page.evaluate(
      ([s, a]) => (window as unknown as { harness: { fake: { cell(s: string, a: string): unknown } } }).harness.fake.cell(s, a),
      [sheet, address],
    ) as Promise<{
      value?: unknown;
      formula?: string;
      format?: string;
      fill?: string;
    }>;

  /** Every cell's fill on the workbook's own sheets (the summary sheet left out). */
  const fills = (s: WorkbookSnapshot) =>
    Object.fromEntries(
      s.sheets
        .filter((x) => !x.name.startsWith('绩效自评汇总'))
        .flatMap((x) => Object.entries(x.cells).map(([a, c]) => [`${x.name}!${a}`, c.fill ?? null])),
    );

  beforeAll(async () => {
    const build = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--config', 'webpack.harness.js', '--mode', 'development'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    if (build.status !== 0) throw new Error(`harness build failed:\n${build.stdout}\n${build.stderr}`);
    server = await serve(path.join(ROOT, 'dist-harness'));
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 1700 } });
    await page.goto(server.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('the task pane in the harness, on the seed workbook', () => {
    let before: WorkbookSnapshot;

    it('loads the sample workbook into the fake Excel', async () => {
      await page.getByRole('button', { name: /加载示例/ }).click();
      await page.getByTestId('workbook').filter({ hasText: 'seed-2022.xlsx' }).waitFor();
      before = await snapshot();
      expect(before.sheets.map((s) => s.name)).toHaveLength(8);
    });

    it('validates, and lists the rate mismatch and the funding sources that do not add up', async () => {
      const pane = page.getByTestId('pane');
      await pane.getByRole('button', { name: '校验', exact: true }).click();
      await pane.getByTestId('form').nth(6).waitFor();
      expect(await pane.getByTestId('form').count()).toBe(7);
      // The answer first, and the form with errors first (issue 12).
      expect(await pane.getByTestId('verdict').textContent()).toBe('需修改：3 个错误，另有 8 个警告值得一看');
      expect(await pane.getByTestId('form').first().textContent()).toContain('科研基地服务与科技项目管理');
      const transfer = pane.getByTestId('form').filter({ hasText: '技术转移合作' });
      await expect(transfer.getByText('执行率填写为 94.23%，按全年执行数 ÷ 全年预算数计算应为 94.22%').count()).resolves.toBe(1);
      const research = pane.getByTestId('form').filter({ hasText: '科研基地服务与科技项目管理' });
      await expect(research.getByText(/当年财政拨款 \S+ \+ 上年结转资金 \S+ \+ 其他资金 \S+，合计 .* 元/).count()).resolves.toBe(3);
      // The README shows docs/taskpane-validate.png: `npm run screenshots` refreshes it; every run keeps one in test/e2e/out.
      const shot = await pane.screenshot({ path: path.join(ROOT, 'test', 'e2e', 'out', 'taskpane-validate.png') });
      if (process.env.SELFEVAL_SCREENSHOTS === 'docs') fs.writeFileSync(path.join(ROOT, 'docs', 'taskpane-validate.png'), shot);
      expect((await cell('3 技术转移合作', 'G6')).fill).toBe('#FFEB9C');
    });

    it('moves the selection to a finding’s cell when it is clicked', async () => {
      await page.getByRole('button', { name: '转到 6 科研基地服务与科技项目管理!D6' }).click();
      await page.getByTestId('selection').filter({ hasText: '6 科研基地服务与科技项目管理!D6' }).waitFor();
      await page.getByRole('button', { name: '转到 3 技术转移合作!G6' }).click();
      await page.getByTestId('selection').filter({ hasText: '3 技术转移合作!G6' }).waitFor();
    });

    it('fills in the computed cells after saying how many will change', async () => {
      const pane = page.getByTestId('pane');
      await pane.getByRole('button', { name: '填充' }).click();
      await page.getByText(/将修改 21 个单元格/).waitFor();
      await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
      await page.getByText(/将修改 21 个单元格/).waitFor({ state: 'detached' });
      expect((await cell('3 技术转移合作', 'G6')).formula).toBeUndefined();
      await pane.getByRole('button', { name: '填充' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '继续' }).click();
      await pane.getByText('已填充 21 个单元格。').waitFor();
      const g6 = await cell('3 技术转移合作', 'G6');
      expect(g6.format).toBe('0.00%');
      expect(g6.value as number).toBeCloseTo(0.9422377, 6);
      expect(await cell('5 技贸大厦楼顶维修改造', 'H21')).toMatchObject({ formula: '=ROUND(H6+SUM(H13:H20),2)', value: 96 });
    });

    it('writes the summary sheet', async () => {
      const pane = page.getByTestId('pane');
      await pane.getByRole('button', { name: '生成汇总' }).click();
      await pane.getByText('已生成汇总表“绩效自评汇总”。').waitFor();
      expect(await cell('绩效自评汇总', 'B5')).toMatchObject({ value: '绿色技术银行综合管理与运行' });
      expect(await cell('绩效自评汇总', 'S10')).toMatchObject({ value: '需修改' });
    });

    it('clears the marks, and every fill is back to what it was', async () => {
      const pane = page.getByTestId('pane');
      await pane.getByRole('button', { name: '清除标记' }).click();
      await pane.getByText(/已清除标记/).waitFor();
      expect(fills(await snapshot())).toEqual(fills(before));
      // Only the marks go: the list stays (issue 12).
      expect(await pane.getByTestId('form').count()).toBe(7);
    });

    it('copies the list of findings', async () => {
      const pane = page.getByTestId('pane');
      await pane.getByRole('button', { name: '复制问题清单' }).click();
      await pane.getByText(/^已复制 \d+ 条问题/).waitFor();
    });

    it('reverts every action, one by one, until Revert is disabled: every cell is as opened', async () => {
      const pane = page.getByTestId('pane');
      const revert = pane.getByRole('button', { name: /^撤销/ });
      const labels: string[] = [];
      while (await revert.isEnabled()) {
        const label = (await revert.textContent()) ?? '';
        labels.push(label);
        await revert.click();
        await page.waitForFunction((old) => {
          const b = [...document.querySelectorAll('[data-testid="pane"] button')].find((x) => x.textContent?.startsWith('撤销'));
          return !!b && b.textContent !== old && !(b as HTMLButtonElement).disabled === (b.textContent !== '撤销上次操作');
        }, label);
      }
      expect(labels).toEqual([
        '撤销：清除标记（19 个单元格）',
        '撤销：生成汇总',
        '撤销：填充（21 个单元格）',
        '撤销：校验标记（20 个单元格）',
      ]);
      const now = await snapshot();
      expect(now.sheets).toEqual(before.sheets);
      expect(now.settings).toEqual({});
    });
  });

  describe('the task pane in the harness, on other workbooks', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-e2e-'));
    const open = async (file: string) => {
      await page.locator('#file').setInputFiles(file);
      await page
        .getByTestId('workbook')
        .filter({ hasText: path.basename(file) })
        .waitFor({ timeout: 120_000 });
    };
    const validate = () => page.getByTestId('pane').getByRole('button', { name: '校验', exact: true }).click();

    it('says 可以提交 on a copy of the sample whose funding sources are mended', async () => {
      const specs = seedSpecs();
      const research = specs[5];
      // 科研基地服务与科技项目管理 left its 当年财政拨款 line at 0: the source lines now add up to the total.
      specs[5] = { ...research, funds: { ...research.funds, current: { initial: 35000000, adjusted: 35000000, executed: 24961445.9 } } };
      const file = path.join(dir, 'seed-mended.xlsx');
      await buildWorkbook({ ...fixturePlans(specs)[0], file: 'seed-mended.xlsx' }).xlsx.writeFile(file);
      await open(file);
      await validate();
      const verdict = page.getByTestId('verdict');
      await verdict.waitFor();
      expect(await verdict.textContent()).toMatch(/^可以提交/);
      expect(await page.getByTestId('form').filter({ hasText: '需修改' }).count()).toBe(0);
    });

    it('names each form on a sheet of stacked forms by its range, and jumps to its first cell', async () => {
      const file = path.join(dir, 'stacked.xlsx');
      await buildWorkbook(fixturePlans()[1]).xlsx.writeFile(file);
      await open(file);
      await validate();
      const pane = page.getByTestId('pane');
      await pane.getByTestId('form').nth(6).waitFor();
      const form = pane.getByTestId('form').filter({ hasText: '技贸大厦楼顶维修改造' });
      // The range shows in the header, and the button beside it goes there, without opening the form (issue 12 review).
      const place = (await form.getByTestId('form-place').textContent()) ?? '';
      const where = /^全部项目!([A-Z]+\d+):[A-Z]+\d+$/.exec(place);
      expect(where).not.toBeNull();
      const link = form.getByRole('button', { name: `转到本表 ${place}` });
      await link.click();
      await page
        .getByTestId('selection')
        .filter({ hasText: `全部项目!${where![1]}` })
        .waitFor();
    });

    describe('on 1,000 forms', () => {
      const big = path.join(dir, 'forms-1000.xlsx');
      let before = '';
      const unchanged = () =>
        page.evaluate((old) => {
          const s = (window as unknown as { harness: { fake: { snapshot(): unknown } } }).harness.fake.snapshot();
          return JSON.stringify(s) === old;
        }, before);

      beforeAll(async () => {
        await makeBenchWorkbook(big, 1000);
        await open(big);
        before = await page.evaluate(() =>
          JSON.stringify((window as unknown as { harness: { fake: { snapshot(): unknown } } }).harness.fake.snapshot()),
        );
      }, 180_000);

      it.each([
        ['while it reads the workbook', '正在读取工作簿…', 300],
        ['while it checks the forms', '正在检查绩效自评表…', 0],
      ])(
        'shows progress at once, and Cancel %s ends it within a second, changing nothing',
        async (_when, label, afterMs) => {
          await watchPane(page, { label, afterMs });
          await validate();
          await page.getByTestId('pane').getByText('已取消，未做任何修改').waitFor({ timeout: 60_000 });
          const t = await paneTimes(page);
          expect(t.barShown! - t.clicks['校验']).toBeLessThan(1000);
          expect(t.barGone! - t.clicks['取消']).toBeLessThan(1000);
          expect(await unchanged()).toBe(true);
        },
        90_000,
      );

      it('validates them all, with the verdict first and 30 forms shown at a time', async () => {
        await watchPane(page);
        await validate();
        const verdict = page.getByTestId('verdict');
        await verdict.waitFor({ timeout: 120_000 });
        expect(await verdict.textContent()).toMatch(/^需修改：\d+ 个错误/);
        expect((await paneTimes(page)).barShown! - (await paneTimes(page)).clicks['校验']).toBeLessThan(1000);
        expect(await page.getByTestId('form').count()).toBe(30);
        await page.getByRole('button', { name: '再显示 30 张表（还有 970 张）' }).waitFor();
      }, 150_000);
    });
  });
});
