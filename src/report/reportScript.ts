/**
 * The report page's own script (ES2017, no template literals): reads the embedded JSON, fills the overview, draws the
 * three charts with the inlined ECharts (SVG renderer), and builds the tables; the forms table sorts on its headers.
 */
export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var zh = data.lang === 'zh-CN';
  var font = getComputedStyle(document.body).fontFamily;
  var collator = new Intl.Collator('zh-CN', { numeric: true });
  var charts = [];
  var NONE = '#8c959f';
  var GRADE_COLORS = ['#2e7d32', '#1f6fb2', '#d08a00', '#c4262e', '#6f42c1'];
  var RATE_COLORS = ['#c4262e', '#e07b00', '#d4a600', '#43a047', '#2e7d32', '#b86e00', NONE];
  var SEVERITY_COLORS = { error: '#c4262e', warning: '#d08a00', info: '#1f6fb2' };
  var TONES = { unreadable: 'bad', toFix: 'bad', errors: 'bad', warnings: 'warn', submittable: 'good' };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function byId(id) {
    return document.getElementById(id);
  }
  function empty(id, text) {
    byId(id).replaceWith(el('p', { 'class': 'empty', id: id }, text));
  }
  function headRow(header, numeric) {
    var thead = el('thead');
    var tr = thead.appendChild(el('tr'));
    header.forEach(function (h, i) {
      tr.appendChild(el('th', { scope: 'col', 'class': numeric && numeric[i] ? 'num' : null }, h));
    });
    return thead;
  }
  // Columns as wide as the workbook makes them (in characters), laid out once (table-layout: fixed): a thousand rows
  // lay out fast, and in print the columns share the page's width in the same proportions.
  function columns(table, widths) {
    var total = widths.reduce(function (a, b) { return a + b; }, 0);
    var group = el('colgroup');
    widths.forEach(function (w) {
      group.appendChild(el('col')).style.width = (100 * w / total).toFixed(2) + '%';
    });
    table.insertBefore(group, table.firstChild);
    table.className = 'fixed';
    table.style.minWidth = Math.round(total * 0.45) + 'em';
  }
  function plainTable(id, header, rows, numeric, rowClass) {
    var table = byId(id);
    table.appendChild(headRow(header, numeric));
    var body = table.appendChild(el('tbody'));
    rows.forEach(function (r, i) {
      var tr = body.appendChild(el('tr', { 'class': rowClass ? rowClass(r, i) : null }));
      r.forEach(function (c, j) {
        tr.appendChild(el('td', { 'class': numeric && numeric[j] ? 'num' : null }, c));
      });
    });
    return table;
  }

  // The overview figures.
  var figures = byId('figures');
  data.figures.forEach(function (f) {
    var tone = f.value > 0 && TONES[f.key] ? ' ' + TONES[f.key] : '';
    var box = figures.appendChild(el('div', { 'class': 'figure' + tone, 'data-key': f.key }));
    box.appendChild(el('dt', null, f.label));
    box.appendChild(el('dd', null, f.value));
  });

  // The charts.
  function draw(id, title, items, option) {
    if (!window.echarts) return;
    var chart = echarts.init(byId('chart-' + id), null, { renderer: 'svg', locale: zh ? 'ZH' : 'EN' });
    var sep = zh ? '：' : ': ';
    var list = items.map(function (x) { return x.name + sep + x.value; }).join(zh ? '，' : ', ');
    option.animation = false;
    option.textStyle = { fontFamily: font };
    option.aria = { enabled: true, label: { description: title + sep + list } };
    option.tooltip = { trigger: 'item', textStyle: { fontFamily: font } };
    // A viewBox lets the drawing scale to its box where it is not redrawn (a print without beforeprint, as in a PDF).
    var fit = function () {
      var svg = byId('chart-' + id).querySelector('svg');
      if (svg) svg.setAttribute('viewBox', '0 0 ' + svg.getAttribute('width') + ' ' + svg.getAttribute('height'));
    };
    chart.on('finished', fit);
    chart.setOption(option);
    fit();
    charts.push(chart);
  }
  function title(id) {
    return byId('h-' + id).textContent;
  }
  function axisLabel(width) {
    return { interval: 0, width: width, overflow: 'break', fontSize: 11, fontFamily: font };
  }
  var pieLabel = zh ? '{b}：{c}（{d}%）' : '{b}: {c} ({d}%)';
  if (data.figures.some(function (f) { return f.key === 'forms' && f.value > 0; })) {
    var grades = data.grades.map(function (g, i) {
      var color = i === data.grades.length - 1 ? NONE : GRADE_COLORS[i % GRADE_COLORS.length];
      return { name: g.label, value: g.count, itemStyle: { color: color } };
    });
    draw('grades', title('grades'), grades, {
      series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: pieLabel },
        data: grades.filter(function (g) { return g.value > 0; }) }]
    });
    var rates = data.rates.map(function (r, i) {
      return { name: r.label, value: r.count, itemStyle: { color: RATE_COLORS[i % RATE_COLORS.length] } };
    });
    draw('rates', title('rates'), rates, {
      grid: { left: 8, right: 8, top: 36, bottom: 8, outerBoundsMode: 'same' },
      xAxis: { type: 'category', data: rates.map(function (r) { return r.name; }), axisLabel: axisLabel(72) },
      yAxis: { type: 'value', name: data.text.axisForms, minInterval: 1 },
      series: [{ type: 'bar', barMaxWidth: 48, label: { show: true, position: 'top' }, data: rates }]
    });
  } else {
    empty('chart-grades', data.text.noForms);
    empty('chart-rates', data.text.noForms);
  }
  var top = data.rules.rows.slice(0, 10).map(function (r) {
    return { name: r.name, value: r.count, itemStyle: { color: SEVERITY_COLORS[r.severity] } };
  });
  if (top.length) {
    // A bar's height, not the page's: ten rules fill the box, two do not stretch to it.
    byId('chart-rules').style.height = 72 + 30 * top.length + 'px';
    draw('rules', title('rules'), top, {
      grid: { left: 8, right: 40, top: 28, bottom: 8, outerBoundsMode: 'same' },
      xAxis: { type: 'value', name: data.text.axisFindings, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: top.map(function (r) { return r.name; }), axisLabel: axisLabel(240) },
      series: [{ type: 'bar', barMaxWidth: 24, label: { show: true, position: 'right' }, data: top }]
    });
  } else {
    empty('chart-rules', data.text.noFindings);
  }
  function resize() {
    charts.forEach(function (c) { c.resize(); });
  }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
  if (window.matchMedia) window.matchMedia('print').addListener(resize);

  // The rules that fired, with their findings and forms.
  if (data.rules.rows.length) {
    var ruleRows = data.rules.rows.map(function (r) { return [r.name, r.rule, r.severityText, r.count, r.forms]; });
    var rulesBody = plainTable('rules', data.rules.header, ruleRows, [false, false, false, true, true]).tBodies[0];
    data.rules.rows.forEach(function (r, i) { rulesBody.rows[i].cells[2].className = 'sev-' + r.severity; });
  } else {
    empty('rules', data.text.noFindings);
  }

  // The forms, sortable by any column: stable, blanks last, text by Chinese collation, numbers by value.
  var forms = data.forms;
  function cellText(c) {
    return Array.isArray(c) ? c[0] : c;
  }
  function sortKey(c) {
    return Array.isArray(c) ? c[1] : c === '' ? null : c;
  }
  function compareKeys(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'number') return -1;
    if (typeof b === 'number') return 1;
    return collator.compare(a, b);
  }
  if (forms.rows.length) {
    var table = byId('forms');
    table.appendChild(headRow(forms.header, forms.numeric));
    var ths = Array.prototype.slice.call(table.tHead.rows[0].cells);
    columns(table, forms.widths);
    var body = table.appendChild(el('tbody'));
    var items = forms.rows.map(function (r, index) {
      var tr = body.appendChild(el('tr', { 'class': r.passes ? null : 'fix' }));
      r.cells.forEach(function (c, j) {
        var cls = forms.numeric[j] ? 'num' : '';
        if (j === forms.errorCol && sortKey(c) > 0) cls += ' error';
        if (j === forms.statusCol) cls += r.passes ? ' status-pass' : ' status-fix';
        tr.appendChild(el('td', { 'class': cls.trim() || null }, cellText(c)));
      });
      return { row: r, tr: tr, index: index };
    });
    var foot = table.appendChild(el('tfoot')).appendChild(el('tr'));
    forms.totals.forEach(function (t, j) {
      foot.appendChild(el('td', { 'class': forms.numeric[j] ? 'num' : null }, t));
    });
    var sorted = { col: -1, dir: 1 };
    var sortBy = function (col) {
      var dir = sorted.col === col ? -sorted.dir : 1;
      sorted = { col: col, dir: dir };
      items.slice().sort(function (x, y) {
        var a = sortKey(x.row.cells[col]);
        var b = sortKey(y.row.cells[col]);
        if (a === null || b === null) return a === b ? x.index - y.index : a === null ? 1 : -1;
        return compareKeys(a, b) * dir || x.index - y.index;
      }).forEach(function (it) { body.appendChild(it.tr); });
      ths.forEach(function (th, j) {
        if (j === col) th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
      });
    };
    ths.forEach(function (th, j) {
      var button = el('button', { type: 'button' }, th.textContent);
      button.addEventListener('click', function () { sortBy(j); });
      th.textContent = '';
      th.appendChild(button);
    });
  } else {
    empty('forms', data.text.noForms);
  }

  // Every finding, errors marked; then the files that could not be read.
  if (data.findings.rows.length) {
    var severityCol = data.findings.severityCol;
    var findings = plainTable('findings', data.findings.header, data.findings.rows, null, function (r, i) {
      return data.findings.errors[i] ? 'fix' : null;
    });
    columns(findings, data.findings.widths);
    if (severityCol >= 0) {
      Array.prototype.forEach.call(findings.tBodies[0].rows, function (tr, i) {
        if (data.findings.errors[i]) tr.cells[severityCol].className = 'error';
      });
    }
  } else {
    empty('findings', data.text.noFindings);
  }
  var unreadable = byId('unreadable');
  if (data.unreadable.rows.length) {
    unreadable.appendChild(el('div', { 'class': 'scroll' })).appendChild(el('table', { id: 'unreadable-table' }));
    plainTable('unreadable-table', data.unreadable.header, data.unreadable.rows);
  } else {
    unreadable.appendChild(el('p', { 'class': 'empty' }, data.text.noUnreadable));
  }
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
