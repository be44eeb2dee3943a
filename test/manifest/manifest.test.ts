/** @jest-environment jsdom */
import fs from 'node:fs';
import path from 'node:path';
import { checkManifest } from './checkManifest';
import { checkIconSizes } from './checkIconSizes';
import { pngSize } from './pngSize';

const ROOT = path.resolve(__dirname, '..', '..');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

// What the build serves at each localhost path: pages from their templates, the rest copied as is.
const SOURCES: Record<string, string> = {
  '/taskpane.html': 'src/taskpane/taskpane.html',
  '/commands.html': 'src/commands/commands.html',
  '/support.html': 'src/support/support.html',
};
const exists = (p: string) => fs.existsSync(path.join(ROOT, SOURCES[p] ?? p.replace(/^\//, '')));
/** The pixel size of a file the build copies as is (assets/), or undefined when it is missing or not a PNG. */
const imageSize = (p: string) => {
  const file = path.join(ROOT, p.replace(/^\//, ''));
  return fs.existsSync(file) ? pngSize(fs.readFileSync(file)) : undefined;
};

describe('manifest.xml, checked offline', () => {
  it('has its elements in the documented order, every resource defined and used, every string in en-US, every URL served', () => {
    expect(checkManifest(XML, exists)).toEqual([]);
  });

  it('names every icon at the size its element requires: IconUrl 32, HighResolutionIconUrl 64, each ribbon image its size', () => {
    expect(checkIconSizes(XML, imageSize)).toEqual([]);
    // Not vacuous: the manifest names icons of each kind, and every one is read.
    const icons = [...XML.matchAll(/https:\/\/localhost:3000(\/assets\/[^"]+\.png)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) expect(imageSize(icon)).toBeDefined();
  });

  it('asks for ExcelApi 1.7 at least and the least permission that works (ReadWriteDocument)', () => {
    expect(XML).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\s*\/>/);
    expect(XML).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it('puts a 绩效自评 group with a 校验 button on the Home tab, opening the pane with action=validate', () => {
    expect(XML).toMatch(/<OfficeTab id="TabHome">/);
    expect(XML).toContain('绩效自评');
    expect(XML).toContain('校验');
    expect(XML).toContain('taskpane.html?action=validate');
  });

  it.each<[string, (x: string) => string, RegExp]>([
    ['a resid that is not defined', (x) => x.replace(/resid="([^"]+)"/, 'resid="Nope.Id"'), /resid Nope\.Id/],
    [
      'elements out of order',
      (x) => x.replace(/(<ProviderName>[^<]*<\/ProviderName>)\s*(<DefaultLocale>[^<]*<\/DefaultLocale>)/, '$2$1'),
      /out of order/,
    ],
    [
      'a string without its en-US override',
      (x) => x.replace(/(<bt:String [^>]*>)\s*<bt:Override Locale="en-US"[^>]*\/>/, '$1'),
      /no en-US override/,
    ],
    ['an http URL', (x) => x.replace('https://localhost:3000/taskpane.html', 'http://localhost:3000/taskpane.html'), /is not https/],
    ['a file the build does not make', (x) => x.replace('assets/icon-16.png', 'assets/icon-17.png'), /does not make/],
    [
      'a SupportUrl the build does not make',
      (x) => x.replace(/(<SupportUrl DefaultValue="[^"]*)support\.html/, '$1help.html'),
      /help\.html points at a file the build does not make/,
    ],
    [
      'a Version of five parts',
      (x) => x.replace('<Version>1.0.0.0</Version>', '<Version>1.0.0.0.1</Version>'),
      /<Version> 1\.0\.0\.0\.1 is not/,
    ],
    [
      'a Version part of six digits',
      (x) => x.replace(/<Version>[^<]*<\/Version>/, '<Version>1.0.0.100000</Version>'),
      /<Version> 1\.0\.0\.100000 is not/,
    ],
    ['XML that is not well-formed', (x) => x.replace('</OfficeApp>', ''), /not well-formed/],
  ])('catches %s', (_name, mutate, problem) => {
    const mutated = mutate(XML);
    expect(mutated).not.toBe(XML);
    expect(checkManifest(mutated, exists).join('\n')).toMatch(problem);
  });

  it.each<[string, (x: string) => string, RegExp]>([
    [
      'an IconUrl of 64×64',
      (x) => x.replace(/(<IconUrl DefaultValue="[^"]*)icon-32\.png/, '$1icon-64.png'),
      /<IconUrl>.* is 64×64, must be 32×32/,
    ],
    [
      'a HighResolutionIconUrl of 80×80',
      (x) => x.replace(/(<HighResolutionIconUrl DefaultValue="[^"]*)icon-64\.png/, '$1icon-80.png'),
      /<HighResolutionIconUrl>.* is 80×80, must be 64×64/,
    ],
    [
      'a ribbon image of the wrong size',
      (x) => x.replace('assets/icon-80.png', 'assets/icon-64.png'),
      /image Icon\.80x80 at size 80.* is 64×64/,
    ],
    ['an <Icon> without its 80×80 image', (x) => x.replace(/\s*<bt:Image size="80" resid="Icon\.80x80"\/>/, ''), /lacks its 80×80 image/],
    ['an icon that is not a PNG', (x) => x.replace('assets/icon-16.png', 'taskpane.html'), /is not an image that could be read/],
  ])('catches %s', (_name, mutate, problem) => {
    const mutated = mutate(XML);
    expect(mutated).not.toBe(XML);
    expect(checkIconSizes(mutated, imageSize).join('\n')).toMatch(problem);
  });
});
