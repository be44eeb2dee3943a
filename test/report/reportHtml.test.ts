/** reportHtml: one self-contained document, safe against hostile file names and messages, in the plan's language. */
import { text } from '../../src/core/plan/formTable';
import { echartsSource } from '../../src/report/echartsSource';
import { escapeHtml, jsonForScript, REPORT_POLICY, reportHtml, scriptText } from '../../src/report/reportHtml';
import { reportData } from '../../src/report/reportData';
import { REPORT_SCRIPT } from '../../src/report/reportScript';
import { parseError, pageScripts } from '../helpers/pageScripts';
import { HOSTILE, seedReview } from './plans';

const LIB = '/* a stand-in for ECharts */ window.echarts = null;';
const AT = '2026-12-06 09:30';

/** A review whose title, a message and a finding's file try every way out of their element. */
function hostileReview() {
  const plan = seedReview('zh-CN');
  plan.title = '<img src=x onerror=alert(1)>"\'&';
  plan.findings.rows[0][6] = text('</SCRIPT ><!--<script>alert(2)</script>-->\u2028\u2029');
  return plan;
}

describe('the report document', () => {
  const plan = hostileReview();
  const html = reportHtml(plan, { echarts: LIB, generatedAt: AT });

  it('holds exactly three scripts: the data, the library and the page’s own, in that order', () => {
    const scripts = pageScripts(html);
    expect(scripts.map((s) => (s.src ? 'src' : 'inline'))).toEqual(['inline', 'inline', 'inline']);
    expect(html.match(/<script\b/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(scripts[1].code).toBe(LIB);
    expect(scripts[2].code).toBe(REPORT_SCRIPT);
    expect(html).toMatch(/<script type="application\/json" id="report-data">/);
  });

  it('embeds the data as JSON that reads back whole, with no <, >, & or line separator left raw', () => {
    const json = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(reportData(plan, AT))));
    expect(JSON.parse(json).forms.rows[3].cells[0]).toBe(HOSTILE);
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
  });

  it('escapes the title wherever it stands in the markup', () => {
    expect(html).toContain('<title>&#60;img src=x onerror=alert(1)&#62;&#34;&#39;&#38;</title>');
    expect(html).not.toContain('<img');
    expect(escapeHtml('a<b>&"\'')).toBe('a&#60;b&#62;&#38;&#34;&#39;');
  });

  it('carries its Content-Security-Policy first thing in <head>, and asks for nothing from outside', () => {
    const head = html.slice(html.indexOf('<head>'), html.indexOf('<title>'));
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_POLICY}">`);
    expect(REPORT_POLICY).toBe(
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    // No element that names an address, no url( or @import in the style.
    expect(html).not.toMatch(/<[^>]*\s(src|href|action|srcset)=|url\(|@import/i);
  });

  it('keeps a library that contains "</script" or "<!--" inside its element', () => {
    const lib = 'var a = "</script><!--"; var b = /<\\/SCRIPT>/;';
    const scripts = pageScripts(reportHtml(plan, { echarts: lib, generatedAt: AT }));
    expect(scripts).toHaveLength(3);
    expect(scripts[1].code).toBe('var a = "<\\/script><\\!--"; var b = /<\\/SCRIPT>/;');
    // The same string to JavaScript.
    expect(eval(`${scripts[1].code}; [a, String(b)]`)).toEqual(['</script><!--', '/<\\/SCRIPT>/']);
    expect(scriptText('</Script')).toBe('<\\/Script');
  });

  it('writes U+2028 and U+2029 as escapes, which JSON.parse reads back', () => {
    const json = jsonForScript({ s: 'a\u2028b\u2029c<>&' });
    expect(json).toBe('{"s":"a\\u2028b\\u2029c\\u003c\\u003e\\u0026"}');
    expect(JSON.parse(json)).toEqual({ s: 'a\u2028b\u2029c<>&' });
  });
});

describe('the page’s language', () => {
  it.each([
    [
      'zh-CN',
      ['概况', '等级分布', '执行率分布', '最常见的问题（前 10 条规则）', '各规则发现的问题', '自评表汇总', '问题清单', '无法读取的文件'],
      '生成时间：',
    ],
    [
      'en-US',
      [
        'Overview',
        'Grades',
        'Execution rates',
        'Most frequent findings (top 10 rules)',
        'Findings by rule',
        'Forms',
        'Findings',
        'Unreadable files',
      ],
      'Generated ',
    ],
  ] as const)('%s: lang, headings and the time', (lang, headings, generated) => {
    const html = reportHtml(seedReview(lang), { echarts: LIB, generatedAt: AT });
    expect(html).toContain(`<html lang="${lang}">`);
    expect([...html.matchAll(/<h[23] id="[^"]+">([^<]*)<\/h[23]>/g)].map((m) => m[1])).toEqual(headings);
    expect(html).toContain(`<p class="meta" id="generated">${generated}${AT}</p>`);
  });

  it('in English, has no Chinese in its chrome (outside the data and the workbook names)', () => {
    const html = reportHtml(seedReview('en-US'), { echarts: LIB, generatedAt: AT });
    const chrome = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/, '');
    // 元 is the unit's own name, glossed "(yuan)" in the note.
    expect(chrome.replace('元 (yuan)', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows the time of writing by default', () => {
    expect(reportHtml(seedReview('zh-CN'), { echarts: LIB })).toMatch(/生成时间：\d{4}-\d\d-\d\d \d\d:\d\d</);
  });
});

describe('the scripts inlined', () => {
  it('the page script parses as ES2017, in no need of a build step, and holds nothing that ends its element', () => {
    expect(parseError(REPORT_SCRIPT, 2017)).toBeNull();
    expect(REPORT_SCRIPT).not.toMatch(/<\/script|<!--|`|\$\{/i);
    expect(scriptText(REPORT_SCRIPT)).toBe(REPORT_SCRIPT);
  });

  it('ECharts is the official "common" build, with the SVG renderer, bars and pies, and parses as a classic script', () => {
    const source = echartsSource();
    expect(source.length).toBeGreaterThan(500_000);
    expect(source.length).toBeLessThan(800_000);
    expect(source.includes('registerPainter("svg"')).toBe(true);
    expect(source.includes('version="6.1.0"')).toBe(true);
    expect(parseError(source, 2020)).toBeNull();
    expect(scriptText(source)).toBe(source);
  });
});
