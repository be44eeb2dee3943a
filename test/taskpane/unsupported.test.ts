import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, ResourceLoader } from 'jsdom';
import { pageScripts, parseError } from '../helpers/pageScripts';

/**
 * The task pane page in the old web views of Office (docs/office-api.md §11): Internet Explorer 11 (Trident) and
 * Microsoft Edge Legacy (EdgeHTML) cannot run the pane, so the page's inline ES5 check says so in plain words.
 * The production page is checked in test/build/bundle.test.ts.
 */

const TEMPLATE = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const HTML = TEMPLATE.replace(/<script[^>]*src="<%= officeJs %>"[^>]*><\/script>/, '');

function open(userAgent: string): Document {
  return new JSDOM(HTML, { runScripts: 'dangerously', resources: new ResourceLoader({ userAgent }) }).window.document;
}

// User agents in the forms Microsoft documents (learn.microsoft.com, "User-agent string changes" for Internet Explorer 11
// and EdgeHTML, whose web view adds "MSAppHost/…"; microsoft-edge/web-platform/user-agent-string for Chromium Edge,
// which chose "Edg/" so as not to be taken for EdgeHTML's "Edge/"). Revision numbers are examples.
const OLD: [string, string][] = [
  ['Internet Explorer 11 (Trident)', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko'],
  ['Internet Explorer 10 and earlier', 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)'],
  [
    'Microsoft Edge Legacy (EdgeHTML 18)',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  ],
  [
    'the EdgeHTML web view',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; MSAppHost/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  ],
];
const CURRENT: [string, string][] = [
  [
    'Chromium Edge and WebView2',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  ],
  ['Chrome', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'],
  [
    'Safari (WKWebView on a Mac)',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
  ],
];

describe('the task pane page in an old Office', () => {
  it.each(OLD)('in %s says plainly, in Chinese and English, that it cannot run there, and points to the CLI', (_name, ua) => {
    const doc = open(ua);
    const text = doc.getElementById('unsupported')?.textContent ?? '';
    expect(text).toContain('无法运行本加载项');
    expect(text).toContain('cannot run this add-in');
    expect(text).toContain('WebView2');
    expect(text).toContain('npx selfeval check');
    expect((doc.defaultView as unknown as { selfevalUnsupported?: boolean }).selfevalUnsupported).toBe(true);
  });

  it.each(CURRENT)('in %s stays out of the way', (_name, ua) => {
    const doc = open(ua);
    expect(doc.getElementById('unsupported')).toBeNull();
    expect(doc.getElementById('container')?.innerHTML).toBe('');
    expect((doc.defaultView as unknown as { selfevalUnsupported?: boolean }).selfevalUnsupported).toBeUndefined();
  });

  it('does the check in one inline script that parses as ES5, which both old web views run', () => {
    const inline = pageScripts(TEMPLATE).filter((s) => s.code !== undefined);
    expect(inline).toHaveLength(1);
    expect(parseError(inline[0].code ?? '', 5)).toBeNull();
    // Not vacuous: ES2015 syntax fails the same parse.
    expect(parseError('(function () { const f = () => 1; })();', 5)).toMatch(/Unexpected|reserved/);
    expect(parseError('a?.b ?? c', 5)).not.toBeNull();
  });
});
