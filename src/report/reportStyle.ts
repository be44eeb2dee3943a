/** Fonts that draw Chinese on Linux (Noto/Source Han, WenQuanYi), macOS (PingFang, Hiragino) and Windows (YaHei), then any sans. */
export const CJK_FONTS =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif';

/** The report page's stylesheet: screen, and print on A4 landscape (charts and the forms table fit the page's width). */
export const REPORT_STYLE = `
:root { --error: #c4262e; --warning: #b86e00; --info: #1f6fb2; --pass: #2e7d32; --line: #d0d7de; --head: #f3f5f7; }
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 16px 24px 48px; max-width: 1400px; font: 14px/1.5 ${CJK_FONTS}; color: #1f2328; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: #57606a; margin: 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 8px; margin: 0; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 0; }
.figure dt { color: #57606a; font-size: 13px; }
.figure dd { margin: 0; font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
.figure.bad dd { color: var(--error); }
.figure.warn dd { color: var(--warning); }
.figure.good dd { color: var(--pass); }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.chart-box { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; min-width: 0; break-inside: avoid; }
.chart-box h3 { font-size: 15px; margin: 0 0 4px; }
.chart-box.wide { grid-column: 1 / -1; }
.chart { width: 100%; height: 300px; }
.empty { color: #57606a; margin: 8px 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; }
th button { all: unset; cursor: pointer; display: block; width: 100%; font-weight: 600; }
th button:focus-visible { outline: 2px solid var(--info); outline-offset: 2px; }
th button::after { content: " \\2195"; color: #8c959f; }
th[aria-sort="ascending"] button::after { content: " \\2191"; color: inherit; }
th[aria-sort="descending"] button::after { content: " \\2193"; color: inherit; }
table.fixed { table-layout: fixed; }
table.fixed td { overflow-wrap: anywhere; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.fix td { background: #fff5f5; }
td.error { color: var(--error); font-weight: 600; }
td.status-pass { color: var(--pass); }
td.status-fix { color: var(--error); font-weight: 600; }
tfoot td { font-weight: 600; background: var(--head); }
.hint { color: #57606a; font-size: 13px; margin: 0 0 6px; }
.sev-error { color: var(--error); }
.sev-warning { color: var(--warning); }
.sev-info { color: var(--info); }
noscript p { color: var(--error); }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  h2 { break-after: avoid; margin-top: 14px; }
  .chart { height: 62mm; }
  .chart > div, .chart svg { width: 100% !important; height: 100% !important; }
  .chart.tall { max-height: 90mm; }
  .scroll { overflow: visible; }
  table { font-size: 7pt; }
  table.fixed { min-width: 0 !important; }
  th, td { padding: 1px 3px; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  th button::after { content: none; }
  .hint { display: none; }
  tr.fix td, tfoot td, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
