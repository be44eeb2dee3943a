import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, ResourceLoader } from 'jsdom';

const HTML = fs
  .readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8')
  .replace(/<script[^>]*src="<%= officeJs %>"[^>]*><\/script>/, '');

function open(userAgent: string): Document {
  return new JSDOM(HTML, { runScripts: 'dangerously', resources: new ResourceLoader({ userAgent }) }).window.document;
}

describe('the task pane page in an old Office', () => {
  it('says plainly, in Chinese and English, that Internet Explorer cannot run it, and points to the CLI', () => {
    const doc = open('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko');
    const text = doc.getElementById('unsupported')?.textContent ?? '';
    expect(text).toContain('无法运行本加载项');
    expect(text).toContain('cannot run this add-in');
    expect(text).toContain('npx selfeval check');
  });

  it('stays out of the way in a current web view', () => {
    const doc = open('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36 Edg/120');
    expect(doc.getElementById('unsupported')).toBeNull();
    expect(doc.getElementById('container')?.innerHTML).toBe('');
  });
});
