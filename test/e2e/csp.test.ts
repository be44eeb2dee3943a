import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, launch } from './browser';
import { otherOrigin, tryToReach } from './otherOrigin';
import { serve } from './serve';
import { ROOT, harnessBuild, productionBuild } from '../helpers/webpackBuild';

describeWithBrowser('the Content-Security-Policy in the browser', () => {
  /**
   * The Content-Security-Policy of the add-in's pages (docs/security.md), proved in headless Chromium:
   * a request to another origin is blocked, a same-origin one works, and the pages still work under it.
   */

  const CDN = 'https://appsforoffice.microsoft.com';
  const OFFICE_JS_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

  /** The policy of the task pane and the function file, without the pane's inline-script hashes (checked apart). */
  const ADDIN_POLICY =
    `default-src 'self'; script-src 'self' ${CDN}; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self'; ` +
    `frame-src 'self' ${CDN}; object-src 'none'; base-uri 'self'; form-action 'self'`;
  /** The harness: the same policy with this origin only. */
  const HARNESS_POLICY =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self'; " +
    "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

  /** The web page (issue 13): nothing but its own assets, no frames, no workers, no forms. */
  const WEB_POLICY =
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'none'; font-src 'self'; " +
    "manifest-src 'self'; object-src 'none'; frame-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'";

  type Policy = Map<string, string[]>;

  function parsePolicy(text: string): Policy {
    return new Map(
      text
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name, sources]),
    );
  }

  /** The policy with its script hashes taken out, and the hashes. */
  function withoutHashes(text: string): { policy: string; hashes: string[] } {
    const hashes = text.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
    return { policy: hashes.reduce((t, h) => t.replace(` ${h}`, ''), text), hashes: hashes.map((h) => h.slice(1, -1)) };
  }

  /** The CSP hash of each inline <script> of an HTML text. */
  function inlineScriptHashes(html: string): string[] {
    return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/\ssrc=/.test(m[1] ?? ''))
      .map((m) => `sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}`);
  }

  /** The policy a page's <meta> carries, as the browser sees it; and whether that <meta> comes before every script. */
  async function metaPolicy(page: Page): Promise<{ content: string | null; beforeScripts: boolean; count: number }> {
    return page.evaluate(() => {
      const metas = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
      const meta = metas[0];
      const scripts = [...document.querySelectorAll('script')];
      return {
        content: meta?.getAttribute('content') ?? null,
        count: metas.length,
        beforeScripts: !!meta && scripts.every((s) => meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
  }

  /** Records every CSP violation a page reports, from before its first script. */
  async function recordViolations(context: BrowserContext): Promise<void> {
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: { directive: string; blocked: string }[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
      );
    });
  }

  /**
   * A same-origin script (allowed by script-src 'self') that tries eval, new Function and a string timer. It must run
   * as the page's own script: code run through page.evaluate comes from the debugger, which the policy does not cover.
   */
  const EVAL_PROBE = `(function () {
  var out = {};
  try { (0, eval)('1'); out.eval = 'ran'; } catch (e) { out.eval = e.name; }
  try { new Function('return 1')(); out.Function = 'ran'; } catch (e) { out.Function = e.name; }
  out.timeoutString = 'not run';
  window.evalProbeTimer = function () { out.timeoutString = 'ran'; };
  setTimeout('window.evalProbeTimer()', 0);
  setTimeout(function () { window.evalProbe = out; }, 200);
})();`;

  /** Serves {@link EVAL_PROBE} as csp-probe.js on every origin of a context. */
  async function routeEvalProbe(context: BrowserContext): Promise<void> {
    await context.route('**/csp-probe.js', (route) => route.fulfill({ body: EVAL_PROBE, contentType: 'text/javascript' }));
  }

  /** Loads csp-probe.js into a page and returns what it found. */
  async function evalProbe(page: Page): Promise<unknown> {
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.src = 'csp-probe.js';
      document.head.appendChild(s);
    });
    await page.waitForFunction(() => (window as unknown as { evalProbe?: unknown }).evalProbe !== undefined);
    return page.evaluate(() => (window as unknown as { evalProbe: unknown }).evalProbe);
  }

  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { cspViolations: { directive: string; blocked: string }[] }).cspViolations);

  /**
   * Tries every means of reaching the other origin from a page, checks that fetch and XMLHttpRequest failed and that the
   * other server saw nothing, and returns the violations that name it (a blocked frame is reported by its origin alone).
   */
  async function reachNothing(page: Page): Promise<{ directive: string; blocked: string }[]> {
    const before = other.seen.length;
    const r = await tryToReach(page, other.url);
    expect(r.fetch).toMatch(/^TypeError/);
    expect(r.xhr).toBe('error');
    await page.waitForTimeout(300);
    expect(other.seen.slice(before)).toEqual([]);
    return (await violations(page)).filter((v) => v.blocked.startsWith(other.url.replace(/\/$/, '')));
  }

  let browser: Browser;
  let other: Awaited<ReturnType<typeof otherOrigin>>;
  const servers: { close: () => Promise<void> }[] = [];
  const temps: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    other = await otherOrigin();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await other?.close();
    for (const s of servers) await s.close();
    for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
  });

  describe('a page without the policy (the control)', () => {
    it('reaches the other origin and runs eval, so the blocks below are the policy’s doing', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-nocsp-'));
      temps.push(dir);
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      const server = await serve(dir);
      servers.push(server);
      const context = await browser.newContext();
      await routeEvalProbe(context);
      const page = await context.newPage();
      await page.goto(server.url);
      const before = other.seen.length;
      const r = await page.evaluate((url) => fetch(url + 'control').then((x) => x.text()), other.url);
      expect(r).toBe('reached');
      expect(other.seen.slice(before)).toEqual(['/control']);
      expect(await evalProbe(page)).toEqual({ eval: 'ran', Function: 'ran', timeoutString: 'ran' });
      await context.close();
    });
  });

  describe('the harness page (the real task pane over the fake Excel)', () => {
    let page: Page;
    let context: BrowserContext;

    beforeAll(async () => {
      const dir = harnessBuild();
      temps.push(dir);
      const server = await serve(dir);
      servers.push(server);
      context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      await recordViolations(context);
      await routeEvalProbe(context);
      page = await context.newPage();
      await page.goto(server.url);
    }, 180_000);

    afterAll(async () => {
      await context?.close();
    });

    it('carries the policy in a <meta> before any script', async () => {
      const meta = await metaPolicy(page);
      expect(meta).toEqual({ content: HARNESS_POLICY, beforeScripts: true, count: 1 });
    });

    it('works under it: loads the sample and validates, without a single violation, styled by Fluent UI', async () => {
      await page.getByRole('button', { name: /加载示例/ }).click();
      await page.getByTestId('workbook').filter({ hasText: 'seed-2022.xlsx' }).waitFor();
      const pane = page.getByTestId('pane');
      await pane.getByRole('button', { name: '校验', exact: true }).click();
      await pane.getByTestId('form').nth(6).waitFor();
      expect(await violations(page)).toEqual([]);
      // Griffel's <style> elements applied: a Fluent button has its rounded corners (unstyled, it would be 0px).
      const radius = await pane.getByRole('button', { name: '校验', exact: true }).evaluate((b) => getComputedStyle(b).borderTopLeftRadius);
      expect(radius).not.toBe('0px');
    });

    it('lets a same-origin fetch through', async () => {
      const status = await page.evaluate(() => fetch('index.html').then((r) => r.status));
      expect(status).toBe(200);
    });

    it('blocks every request to another origin, which never sees one', async () => {
      const blocked = await reachNothing(page);
      expect(new Set(blocked.map((v) => v.directive))).toEqual(new Set(['connect-src', 'img-src', 'script-src-elem', 'frame-src']));
      expect(blocked.map((v) => v.blocked)).toEqual(expect.arrayContaining([other.url + 'fetch', other.url + 'xhr', other.url + 'beacon']));
    });

    it('refuses eval and new Function in the page’s own scripts', async () => {
      expect(await evalProbe(page)).toEqual({ eval: 'EvalError', Function: 'EvalError', timeoutString: 'not run' });
    });
  });

  describe('the production build (webpack --mode production)', () => {
    let dir: string;
    let url: string;
    let context: BrowserContext;

    beforeAll(async () => {
      dir = await productionBuild();
      const server = await serve(dir);
      servers.push(server);
      url = server.url;
      context = await browser.newContext();
      await recordViolations(context);
      await routeEvalProbe(context);
      // Microsoft's CDN is not reachable here: serve its office.js, under its own origin, from @microsoft/office-js.
      await context.route(`${CDN}/**`, (route) => {
        const rest = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, '');
        const file = path.join(OFFICE_JS_DIST, rest);
        if (file.startsWith(OFFICE_JS_DIST) && fs.existsSync(file) && fs.statSync(file).isFile())
          return route.fulfill({ path: file, contentType: 'text/javascript' });
        return route.fulfill({ status: 404 });
      });
    }, 240_000);

    afterAll(async () => {
      await context?.close();
    });

    it('taskpane.html carries the policy, with the hashes of exactly its inline scripts, before any script', async () => {
      const page = await context.newPage();
      await page.goto(url + 'taskpane.html');
      const meta = await metaPolicy(page);
      expect(meta.count).toBe(1);
      expect(meta.beforeScripts).toBe(true);
      const { policy, hashes } = withoutHashes(meta.content ?? '');
      expect(policy).toBe(ADDIN_POLICY);
      // One hash for the IE check as written in the template (development builds), one for it minified (production).
      const built = inlineScriptHashes(fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8'));
      const source = inlineScriptHashes(fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8'));
      expect(built).toHaveLength(1);
      expect(source).toHaveLength(1);
      expect(new Set(hashes)).toEqual(new Set([...built, ...source]));
      await page.close();
    });

    it('the policy forbids eval, inline scripts by default, other hosts and plug-ins', () => {
      for (const file of ['taskpane.html', 'commands.html']) {
        const html = fs.readFileSync(path.join(dir, file), 'utf8');
        const content = /http-equiv=("?)Content-Security-Policy\1 content="([^"]*)"/i.exec(html)?.[2];
        expect(content).toBeDefined();
        const p = parsePolicy(content ?? '');
        expect(p.get('script-src')?.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", CDN]);
        expect(p.get('connect-src')).toEqual(["'self'"]);
        expect(p.get('default-src')).toEqual(["'self'"]);
        expect(p.get('object-src')).toEqual(["'none'"]);
        expect(content).not.toContain('unsafe-eval');
        expect(content).not.toMatch(/(^|\s)\*|https?:(\s|;|$)|data:|blob:/);
        expect(p.get('script-src')).not.toContain("'unsafe-inline'");
      }
    });

    it('the task pane works under it, with office.js from the CDN’s origin, and reports no violation', async () => {
      const page = await context.newPage();
      await page.goto(url + 'taskpane.html');
      await page.getByRole('heading', { name: '绩效自评助手' }).waitFor();
      expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');
      expect(await page.evaluate(() => document.getElementById('unsupported'))).toBeNull();
      await page.waitForTimeout(500);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });

    it('the task pane blocks requests to another origin', async () => {
      const page = await context.newPage();
      await page.goto(url + 'taskpane.html');
      await page.getByRole('heading', { name: '绩效自评助手' }).waitFor();
      const blocked = await reachNothing(page);
      expect(blocked.filter((v) => v.directive === 'connect-src').map((v) => v.blocked)).toEqual(
        expect.arrayContaining([other.url + 'fetch', other.url + 'xhr', other.url + 'beacon']),
      );
      await page.close();
    });

    it('the task pane refuses eval and new Function in its own scripts', async () => {
      const page = await context.newPage();
      await page.goto(url + 'taskpane.html');
      await page.getByRole('heading', { name: '绩效自评助手' }).waitFor();
      expect(await evalProbe(page)).toEqual({ eval: 'EvalError', Function: 'EvalError', timeoutString: 'not run' });
      await page.close();
    });

    it('commands.html carries the same policy and loads office.js under it without a violation', async () => {
      const page = await context.newPage();
      await page.goto(url + 'commands.html');
      await page.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office === 'object');
      const meta = await metaPolicy(page);
      expect(meta).toEqual({ content: ADDIN_POLICY, beforeScripts: true, count: 1 });
      await page.waitForTimeout(300);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });

    it('web.html carries its policy before any script, checks the sample under it without a violation, and refuses eval', async () => {
      const page = await context.newPage();
      await page.goto(url + 'web.html?lang=zh-CN');
      expect(await metaPolicy(page)).toEqual({ content: WEB_POLICY, beforeScripts: true, count: 1 });
      await page.locator('#file').setInputFiles(path.join(ROOT, 'examples', 'seed-2022.xlsx'));
      await page.getByTestId('verdict').waitFor();
      expect(await violations(page)).toEqual([]);
      expect(await evalProbe(page)).toEqual({ eval: 'EvalError', Function: 'EvalError', timeoutString: 'not run' });
      await page.close();
    });

    it('web.html blocks every request to another origin, which never sees one', async () => {
      const page = await context.newPage();
      await page.goto(url + 'web.html?lang=zh-CN');
      await page.getByRole('heading', { name: '绩效自评助手 · 网页版' }).waitFor();
      const blocked = await reachNothing(page);
      expect(new Set(blocked.map((v) => v.directive))).toEqual(new Set(['connect-src', 'img-src', 'script-src-elem', 'frame-src']));
      // Not even its own server hears from it: the page fetches nothing (issue 13 review: a same-origin POST got through).
      const own = await page.evaluate(() =>
        fetch('web.html', { method: 'POST', body: 'x' }).then(
          () => 'sent',
          (e: Error) => e.name,
        ),
      );
      expect(own).toBe('TypeError');
      await page.close();
    });
  });
});
