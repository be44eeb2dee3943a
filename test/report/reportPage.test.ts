/**
 * @jest-environment jsdom
 */
/** The report's page script in jsdom, over a stand-in for ECharts: the figures, the charts' options, the tables, sorting. */
import v8 from 'node:v8';
import { analyse, DEFAULT_PROFILE } from '../../src/core';
import { planReview, type ReviewPlan } from '../../src/core/plan/review';
import { reportHtml } from '../../src/report/reportHtml';
import { REPORT_SCRIPT } from '../../src/report/reportScript';
import { party } from '../core/rules/cases';
import { file, HOSTILE, seedReview } from './plans';

// jsdom's globals lack structuredClone, which the rule cases copy their seed form with.
globalThis.structuredClone ??= <T>(x: T): T => v8.deserialize(v8.serialize(x));

interface FakeChart {
  el: Element;
  opts: { renderer: string; locale: string };
  option: {
    series: { type: string; data: { name: string; value: number }[] }[];
    yAxis?: { data: string[] };
    aria: { label: { description: string } };
    textStyle: { fontFamily: string };
  };
}

let charts: FakeChart[] = [];

/** Lays the report's markup into jsdom's document (its scripts inert) and runs the page script over a fake ECharts. */
function load(plan: ReviewPlan): void {
  const doc = new DOMParser().parseFromString(reportHtml(plan, { echarts: '', generatedAt: '2026-12-06 09:30' }), 'text/html');
  document.documentElement.lang = doc.documentElement.lang;
  document.documentElement.removeAttribute('data-ready');
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
  charts = [];
  (window as unknown as { echarts: unknown }).echarts = {
    init: (el: Element, _theme: unknown, opts: FakeChart['opts']) => {
      const chart = {
        el,
        opts,
        option: undefined as unknown,
        setOption: (o: unknown) => (chart.option = o),
        resize: () => {},
        on: () => {},
      };
      charts.push(chart as FakeChart);
      return chart;
    },
  };
  (0, eval)(REPORT_SCRIPT);
}

const chart = (id: string) => charts.find((c) => c.el.id === `chart-${id}`)!;
const cells = (id: string, col: number) =>
  [...document.querySelectorAll(`#${id} tbody tr`)].map((tr) => (tr as HTMLTableRowElement).cells[col].textContent);
const headers = (id: string) => [...document.querySelectorAll(`#${id} thead th`)].map((th) => th.textContent);
const click = (col: number) => (document.querySelectorAll('#forms thead th button')[col] as HTMLButtonElement).click();

describe('the page script over the seven seeds', () => {
  const plan = seedReview('zh-CN');
  beforeAll(() => load(plan));

  it('runs to the end, and fills the overview figures', () => {
    expect(document.documentElement.getAttribute('data-ready')).toBe('true');
    const figures = [...document.querySelectorAll('#figures .figure')];
    expect(figures.map((f) => [f.querySelector('dt')!.textContent, f.querySelector('dd')!.textContent])).toEqual([
      ['文件', '8'],
      ['无法读取', '1'],
      ['自评表', '7'],
      ['可以提交', String(plan.counts.submittable)],
      ['需修改', String(plan.counts.toFix)],
      ['错误', String(plan.counts.errors)],
      ['警告', String(plan.counts.warnings)],
      ['提示', String(plan.counts.infos)],
    ]);
    expect(document.querySelector('.figure[data-key="errors"]')!.className).toBe('figure bad');
  });

  it('draws three SVG charts in Chinese: the 等级 pie without empty slices, the 执行率 bands, the rules', () => {
    expect(charts.map((c) => [c.el.id, c.opts.renderer, c.opts.locale])).toEqual([
      ['chart-grades', 'svg', 'ZH'],
      ['chart-rates', 'svg', 'ZH'],
      ['chart-rules', 'svg', 'ZH'],
    ]);
    const grades = chart('grades').option.series[0];
    expect(grades.type).toBe('pie');
    expect(grades.data.map((d) => [d.name, d.value])).toEqual(plan.grades.filter((g) => g.count).map((g) => [g.label, g.count]));
    expect(chart('grades').option.aria.label.description).toBe('等级分布：优：7，良：0，中：0，差：0，未评级：0');
    expect(chart('rates').option.series[0].data.map((d) => [d.name, d.value])).toEqual(plan.rates.map((r) => [r.label, r.count]));
    expect(chart('rules').option.yAxis!.data).toEqual(plan.rules.map((r) => r.name));
    expect(chart('rates').option.textStyle.fontFamily).toContain('Noto Sans CJK SC');
  });

  it('shows the hostile name and reason as text, and adds no element of its own', () => {
    expect(cells('forms', 0)).toContain(HOSTILE);
    expect(document.querySelectorAll('script')).toHaveLength(3);
    expect(document.querySelectorAll('img, b')).toHaveLength(0);
    expect(cells('unreadable-table', 1)).toEqual(['不是工作簿 <b>&amp;\u2028']);
  });

  it('marks the forms that need changes, their errors and status, and the error findings', () => {
    const h = headers('forms');
    const [errors, status] = [h.indexOf('错误'), h.indexOf('状态')];
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('#forms tbody tr')];
    expect(rows.map((r) => r.className === 'fix')).toEqual(plan.forms.passes.map((p) => !p));
    for (const r of rows) {
      expect(r.cells[errors].classList.contains('error')).toBe(r.cells[errors].textContent !== '0');
      expect(r.cells[status].className).toBe(r.className === 'fix' ? 'status-fix' : 'status-pass');
    }
    expect(document.querySelector('#forms tfoot td')!.textContent).toBe('合计');
    expect(document.querySelectorAll('#findings tbody tr.fix')).toHaveLength(plan.counts.errors);
    expect(document.querySelectorAll('#findings tbody td.error')).toHaveLength(plan.counts.errors);
  });

  it('lists every rule that fired, with its findings and forms', () => {
    expect(headers('rules')).toEqual(['规则', '规则编号', '级别', '问题数', '涉及自评表']);
    expect(cells('rules', 1)).toEqual(plan.rules.map((r) => r.rule));
    expect(cells('rules', 3)).toEqual(plan.rules.map((r) => String(r.count)));
    expect(cells('rules', 4)).toEqual(plan.rules.map((r) => String(r.forms)));
  });
});

describe('sorting the forms table', () => {
  // 全年执行数 of a 15,000 budget: 执行率 100 %, none, 60 %, 100 % (a tie with the first).
  const spent = [15000, null, 9000, 15000];
  const names = ['天津.xlsx', '北京.xlsx', '上海.xlsx', '广州.xlsx'];
  const plan = planReview(
    names.map((n, i) => file(n, analyse(party((s) => (s.funds.total.executed = spent[i]))))),
    DEFAULT_PROFILE,
    'zh-CN',
  );
  beforeAll(() => load(plan));
  const rate = () => headers('forms').indexOf('执行率');

  it('puts a real button in every header, with no order claimed yet', () => {
    expect(document.querySelectorAll('#forms thead th button[type="button"]')).toHaveLength(plan.forms.header.length);
    expect(document.querySelectorAll('#forms thead th[aria-sort]')).toHaveLength(0);
  });

  it('sorts numbers up, then down on a second click: ties in file order, blanks last both ways', () => {
    click(rate());
    expect(cells('forms', 0)).toEqual(['上海.xlsx', '天津.xlsx', '广州.xlsx', '北京.xlsx']);
    expect(cells('forms', rate())).toEqual(['60.00%', '100.00%', '100.00%', '']);
    expect(document.querySelectorAll('#forms thead th')[rate()].getAttribute('aria-sort')).toBe('ascending');
    click(rate());
    expect(cells('forms', 0)).toEqual(['天津.xlsx', '广州.xlsx', '上海.xlsx', '北京.xlsx']);
    expect(document.querySelectorAll('#forms thead th')[rate()].getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts text by Chinese collation (pinyin), and moves the order mark to that column', () => {
    click(0);
    expect(cells('forms', 0)).toEqual(['北京.xlsx', '广州.xlsx', '上海.xlsx', '天津.xlsx']);
    expect(document.querySelectorAll('#forms thead th[aria-sort]')).toHaveLength(1);
    expect(document.querySelectorAll('#forms thead th')[0].getAttribute('aria-sort')).toBe('ascending');
    click(0);
    expect(cells('forms', 0)).toEqual(['天津.xlsx', '上海.xlsx', '广州.xlsx', '北京.xlsx']);
  });

  it('keeps the totals row at the foot', () => {
    expect(document.querySelectorAll('#forms tfoot tr')).toHaveLength(1);
    expect(document.querySelector('#forms tbody')!.textContent).not.toContain('合计');
  });
});

describe('the page script with little to show', () => {
  it('says so in place of charts and tables when no form was read, in English', () => {
    load(planReview([file('a.xls', null)], DEFAULT_PROFILE, 'en-US'));
    expect(charts).toEqual([]);
    expect(document.getElementById('chart-grades')!.textContent).toBe('No forms were read');
    expect(document.getElementById('chart-rules')!.textContent).toBe('No findings');
    expect(document.getElementById('forms')!.tagName).toBe('P');
    expect(document.getElementById('findings')!.textContent).toBe('No findings');
    expect(cells('unreadable-table', 0)).toEqual(['a.xls']);
  });

  it('says every file was read, and charts only the ten most frequent rules while the table lists them all', () => {
    const plan = seedReview('en-US');
    plan.unreadable.rows = [];
    plan.rules = Array.from({ length: 12 }, (_, i) => ({ ...plan.rules[0], name: `rule ${i}`, count: 12 - i }));
    load(plan);
    expect(document.getElementById('unreadable')!.textContent).toBe('Every file was read');
    expect(chart('rules').option.series[0].data.map((d) => d.value)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    expect(chart('rules').opts.locale).toBe('EN');
    expect(document.querySelectorAll('#rules tbody tr')).toHaveLength(12);
  });
});
