/** @jest-environment jsdom */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_BASE_URL, checkManifest, localPath } from './checkManifest';
import { checkIconSizes } from './checkIconSizes';
import { pngSize } from './pngSize';
import { ROOT, TEST_BASE_URL, productionBuild, runWebpackAsync } from '../helpers/webpackBuild';

/**
 * Building the add-in for a host (README, "部署 / Deploying"): `ADDIN_BASE_URL=https://host/path/ npm run build`
 * writes a manifest whose every URL lies under that base, naming files the build made. The full build is the shared
 * production build (test/helpers/webpackBuild.ts, deployed to TEST_BASE_URL); the cases that only concern the manifest
 * run webpack with `--env manifestOnly`, the same manifest transform without the bundle.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const deploy = require('../../webpack.deploy.js') as {
  DEV_BASE_URL: string;
  addinBaseUrl(value: string | undefined): string | undefined;
  manifestForBase(xml: string, baseUrl: string | undefined): string;
};

const SOURCE = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');
const elements = (doc: Document) => Array.from(doc.getElementsByTagName('*'));

/** The URL of each element that carries one, named by where it stands: the elements the issue lists. */
function urlElements(doc: Document): [string, string][] {
  const out: [string, string][] = [];
  for (const el of elements(doc)) {
    const name = el.localName;
    if (['SourceLocation', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].includes(name) && el.hasAttribute('DefaultValue'))
      out.push([name, el.getAttribute('DefaultValue') ?? '']);
    if ((name === 'Image' || name === 'Url') && el.hasAttribute('id'))
      out.push([`bt:${name} ${el.getAttribute('id')}`, el.getAttribute('DefaultValue') ?? '']);
    if (name === 'Override' && el.hasAttribute('Value') && /Url$|^Image$|^Url$/.test(el.parentElement?.localName ?? ''))
      out.push([`${el.parentElement?.localName} override`, el.getAttribute('Value') ?? '']);
    if (name === 'AppDomain') out.push(['AppDomain', el.textContent?.trim() ?? '']);
  }
  return out;
}

/** Every attribute value and text anywhere in the document that is an http(s) URL, namespace declarations aside. */
function everyUrl(doc: Document): string[] {
  const out: string[] = [];
  for (const el of elements(doc)) {
    for (const a of Array.from(el.attributes))
      if (a.prefix !== 'xmlns' && a.name !== 'xmlns' && /^\s*https?:/i.test(a.value)) out.push(a.value);
    for (const n of Array.from(el.childNodes))
      if (n.nodeType === n.TEXT_NODE && /^\s*https?:/i.test(n.textContent ?? '')) out.push(n.textContent ?? '');
  }
  return out;
}

describe('a production build with ADDIN_BASE_URL set', () => {
  let dir: string;
  let xml: string;

  beforeAll(async () => {
    dir = await productionBuild();
    xml = fs.readFileSync(path.join(dir, 'manifest.xml'), 'utf8');
  }, 240_000);

  it('writes well-formed XML in which every URL lies under the base, and localhost appears nowhere', () => {
    const doc = parse(xml);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    const urls = urlElements(doc);
    expect(urls.map(([where]) => where).sort()).toEqual(
      [
        'SourceLocation',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'bt:Image Icon.16x16',
        'bt:Image Icon.32x32',
        'bt:Image Icon.80x80',
        'bt:Url GetStarted.LearnMoreUrl',
        'bt:Url Commands.Url',
        'bt:Url Taskpane.Validate.Url',
      ].sort(),
    );
    for (const [where, url] of urls) expect([where, url.startsWith(TEST_BASE_URL)]).toEqual([where, true]);
    const all = everyUrl(doc);
    expect(all.length).toBe(urls.length);
    for (const url of all) expect([url, url.startsWith(TEST_BASE_URL)]).toEqual([url, true]);
    expect(xml).not.toMatch(/localhost/i);
  });

  it('is manifest.xml with the development base replaced and nothing else changed', () => {
    expect(xml).toBe(SOURCE.split(DEV_BASE_URL).join(TEST_BASE_URL));
  });

  it('names only files the build made (the pages, the function file, the help page, the icons at their sizes)', () => {
    const file = (p: string) => path.join(dir, p.replace(/^\//, ''));
    const exists = (p: string) => fs.existsSync(file(p)) && fs.statSync(file(p)).isFile();
    const imageSize = (p: string) => (exists(p) ? pngSize(fs.readFileSync(file(p))) : undefined);
    expect(checkManifest(xml, exists, TEST_BASE_URL)).toEqual([]);
    expect(checkIconSizes(xml, imageSize, TEST_BASE_URL)).toEqual([]);
    // Not vacuous: these are the files, each one there.
    const named = [...new Set(urlElements(parse(xml)).map(([, url]) => localPath(url, TEST_BASE_URL)))].sort();
    expect(named).toEqual([
      '/assets/icon-16.png',
      '/assets/icon-32.png',
      '/assets/icon-64.png',
      '/assets/icon-80.png',
      '/commands.html',
      '/support.html',
      '/taskpane.html',
    ]);
    for (const p of named) expect([p, exists(p ?? '')]).toEqual([p, true]);
    // The checks do look in this dist/: a file it lacks is reported.
    const missing = xml.replace('assets/icon-16.png', 'assets/icon-17.png');
    expect(checkManifest(missing, exists, TEST_BASE_URL).join('\n')).toMatch(/icon-17\.png points at a file the build does not make/);
  });

  it('reads as deployed in Microsoft’s own parser (office-addin-manifest info, offline)', () => {
    const cli = path.join(ROOT, 'node_modules', 'office-addin-manifest', 'cli.js');
    const info = execFileSync(process.execPath, [cli, 'info', path.join(dir, 'manifest.xml')], { encoding: 'utf8' });
    expect(info).toContain(`Source Location: ${TEST_BASE_URL}taskpane.html`);
    expect(info).toContain(`Support Url: ${TEST_BASE_URL}support.html`);
    expect(info).toContain(`Icon Url: ${TEST_BASE_URL}assets/icon-32.png`);
    expect(info).toContain(`High Resolution Icon Url: ${TEST_BASE_URL}assets/icon-64.png`);
    expect(info).not.toMatch(/localhost/i);
  });

  it('ships the help page the SupportUrl names: no script, under a policy that allows none, with an icon that is there', () => {
    // Read as a browser reads it: the production build minifies copied pages too.
    const page = new DOMParser().parseFromString(fs.readFileSync(path.join(dir, 'support.html'), 'utf8'), 'text/html');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    const metas = page.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');
    expect(metas).toHaveLength(1);
    const policy = metas[0].getAttribute('content') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src|unsafe-eval|\*/);
    const images = Array.from(page.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '');
    expect(images.length).toBeGreaterThan(0);
    for (const src of images) expect([src, fs.existsSync(path.join(dir, src))]).toEqual([src, true]);
    expect(page.title).toContain('绩效自评助手');
  });

  it('shows the help page at the base URL itself, with a link to the web page (issue 13 review)', () => {
    const index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(index).toBe(fs.readFileSync(path.join(dir, 'support.html'), 'utf8'));
    const page = new DOMParser().parseFromString(index, 'text/html');
    expect(Array.from(page.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toContain('web.html');
  });

  it('keeps the pages free of any absolute URL of the host (they load their own files by relative paths), and names localhost in no file of ours', () => {
    const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'support.html']));
    for (const page of pages) {
      const html = fs.readFileSync(path.join(dir, page), 'utf8');
      expect([page, html.includes(TEST_BASE_URL)]).toEqual([page, false]);
    }
    // office-js/ is Microsoft's office.js, copied for development builds; its host scripts mention localhost themselves.
    const ours = (fs.readdirSync(dir, { recursive: true }) as string[]).filter(
      (f) => !f.startsWith(`office-js${path.sep}`) && fs.statSync(path.join(dir, f)).isFile(),
    );
    expect(ours.length).toBeGreaterThan(10);
    const mentioning = ours.filter((f) => fs.readFileSync(path.join(dir, f)).includes('localhost'));
    expect(mentioning).toEqual([]);
  });
});

describe('a manifest-only build (webpack --env manifestOnly, the same transform)', () => {
  const temps: string[] = [];
  const runs: Record<string, { status: number | null; out: string; manifest?: string }> = {};

  /** Builds only the manifest, production mode, with ADDIN_BASE_URL set to `base` ('' for unset) and more arguments. */
  async function manifestBuild(name: string, base: string, args: string[] = []): Promise<void> {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-manifest-'));
    temps.push(out);
    const r = await runWebpackAsync('webpack.config.js', 'production', out, { baseUrl: base, args: ['--env', 'manifestOnly', ...args] });
    const file = path.join(out, 'manifest.xml');
    runs[name] = { status: r.status, out: r.stdout + r.stderr, manifest: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined };
  }

  beforeAll(async () => {
    // Several short webpack runs, two at a time (this machine has two cores).
    const jobs: [string, string, string[]?][] = [
      ['unset', ''],
      ['base', TEST_BASE_URL],
      ['no slash', TEST_BASE_URL.replace(/\/$/, '')],
      ['http', 'http://selfeval.example.org/addin/'],
      ['relative', 'addin/'],
      ['root-relative', '/addin/'],
      ['deploy unset', '', ['--env', 'deploy']],
    ];
    for (let i = 0; i < jobs.length; i += 2)
      await Promise.all(jobs.slice(i, i + 2).map(([name, base, args]) => manifestBuild(name, base, args)));
  }, 120_000);

  afterAll(() => {
    for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
  });

  it('without ADDIN_BASE_URL, writes the development manifest, byte for byte', () => {
    expect(runs.unset.status).toBe(0);
    expect(runs.unset.manifest).toBe(SOURCE);
    expect(runs.unset.manifest).toContain(`<SourceLocation DefaultValue="${DEV_BASE_URL}taskpane.html"/>`);
  });

  it('with it, writes the manifest the full build writes', async () => {
    expect(runs.base.status).toBe(0);
    const full = fs.readFileSync(path.join(await productionBuild(), 'manifest.xml'), 'utf8');
    expect(runs.base.manifest).toBe(full);
  }, 240_000);

  it('adds the slash a base URL lacks', () => {
    expect(runs['no slash'].status).toBe(0);
    expect(runs['no slash'].manifest).toBe(runs.base.manifest);
  });

  it.each<[string, RegExp]>([
    ['http', /ADDIN_BASE_URL="http:\/\/selfeval\.example\.org\/addin\/" uses http: Office loads add-ins only over https/],
    ['relative', /ADDIN_BASE_URL="addin\/" is not an absolute URL\. Give the absolute https URL that dist\/ will be served from/],
    ['root-relative', /ADDIN_BASE_URL="\/addin\/" is not an absolute URL/],
  ])('refuses a base URL that is %s, saying why, and writes nothing', (name, message) => {
    expect(runs[name].status).not.toBe(0);
    expect(runs[name].out).toMatch(message);
    expect(runs[name].manifest).toBeUndefined();
  });

  it('build:deploy (--env deploy) refuses to run without ADDIN_BASE_URL', () => {
    expect(runs['deploy unset'].status).not.toBe(0);
    expect(runs['deploy unset'].out).toMatch(/npm run build:deploy needs ADDIN_BASE_URL/);
    expect(runs['deploy unset'].manifest).toBeUndefined();
  });
});

describe('ADDIN_BASE_URL, validated (webpack.deploy.js)', () => {
  it('is the same development base the tests assume', () => {
    expect(deploy.DEV_BASE_URL).toBe(DEV_BASE_URL);
  });

  it.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['https://addins.example.org/selfeval/', 'https://addins.example.org/selfeval/'],
    ['https://addins.example.org/selfeval', 'https://addins.example.org/selfeval/'],
    ['https://addins.example.org', 'https://addins.example.org/'],
    ['  https://Addins.Example.ORG:443/a/b/\n', 'https://addins.example.org/a/b/'],
    ['https://intranet.example.local:8443/addins/selfeval/', 'https://intranet.example.local:8443/addins/selfeval/'],
    ['https://10.1.2.3/selfeval/', 'https://10.1.2.3/selfeval/'],
  ])('takes %j as %j', (value, base) => {
    expect(deploy.addinBaseUrl(value)).toBe(base);
  });

  it.each<[string, RegExp]>([
    ['http://addins.example.org/selfeval/', /uses http: Office loads add-ins only over https/],
    ['HTTP://addins.example.org/', /uses http:/],
    ['addins.example.org/selfeval/', /is not an absolute URL/],
    ['selfeval/', /is not an absolute URL/],
    ['/selfeval/', /is not an absolute URL/],
    ['./dist/', /is not an absolute URL/],
    ['//addins.example.org/selfeval/', /is not an absolute URL/],
    ['file:///srv/selfeval/', /uses file: where https: is needed/],
    ['ftp://addins.example.org/', /uses ftp: where https: is needed/],
    ['https://user:secret@addins.example.org/', /carries a user name or password/],
    ['https://addins.example.org/selfeval/?v=2', /has a query or a fragment/],
    ['https://addins.example.org/selfeval/#top', /has a query or a fragment/],
  ])('refuses %j', (value, message) => {
    expect(() => deploy.addinBaseUrl(value)).toThrow(message);
    expect(() => deploy.addinBaseUrl(value)).toThrow(/ADDIN_BASE_URL=.*Give the absolute https URL that dist\/ will be served from/);
  });

  it('leaves the manifest as it is without a base URL', () => {
    expect(deploy.manifestForBase(SOURCE, undefined)).toBe(SOURCE);
  });

  it('escapes a base URL for XML, so that the manifest stays well-formed and its URLs read back as given', () => {
    const base = "https://addins.example.org/a&b'c/";
    const out = deploy.manifestForBase(SOURCE, base);
    const doc = parse(out);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    for (const [where, url] of urlElements(doc)) expect([where, url.startsWith(base)]).toEqual([where, true]);
  });

  it.each<[string, (x: string) => string, RegExp]>([
    [
      'an external URL',
      (x) => x.replace(/(LearnMoreUrl" DefaultValue=")[^"]*/, '$1https://go.microsoft.com/fwlink/?LinkId=276812'),
      /does not replace.*https:\/\/go\.microsoft\.com\/fwlink\/\?LinkId=276812/,
    ],
    [
      'a localhost URL on another port',
      (x) => x.replace(`${DEV_BASE_URL}commands.html`, 'https://localhost:3001/commands.html'),
      /localhost:3001\/commands\.html/,
    ],
    [
      'an http URL of the development server',
      (x) => x.replace(`${DEV_BASE_URL}taskpane.html"`, 'http://localhost:3000/taskpane.html"'),
      /http:\/\/localhost:3000\/taskpane\.html/,
    ],
    [
      'an AppDomain elsewhere',
      (x) => x.replace('<Hosts>', '<AppDomains><AppDomain>https://other.example.org</AppDomain></AppDomains>\n  <Hosts>'),
      /https:\/\/other\.example\.org/,
    ],
    ['localhost in a comment', (x) => x.replace('<!-- Add-in-only', '<!-- see localhost. Add-in-only'), /does not replace/],
  ])('refuses a manifest that would keep %s', (_name, mutate, message) => {
    const mutated = mutate(SOURCE);
    expect(mutated).not.toBe(SOURCE);
    expect(() => deploy.manifestForBase(mutated, TEST_BASE_URL)).toThrow(message);
  });
});
