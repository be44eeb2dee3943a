import { REVIEW } from '../core/i18n/reviewText';
import type { ReviewPlan } from '../core/plan/review';
import { reportData, reportTimestamp, type ReportData } from './reportData';
import { REPORT_GENERATOR } from './reportGenerator';
import { REPORT_SCRIPT } from './reportScript';
import { REPORT_STYLE } from './reportStyle';

/** What the report page may load: nothing; its own inline script and style, and data: images (ECharts' SVG needs none). */
export const REPORT_POLICY =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Options of a report: the ECharts library's source text to inline, and the time shown as generated (default: now). */
export interface ReportOptions {
  echarts: string;
  generatedAt?: string;
}

/** A review as one self-contained HTML document: charts, the sortable table of forms, findings and unreadable files. */
export function reportHtml(plan: ReviewPlan, o: ReportOptions): string {
  const lang = plan.lang;
  const data = reportData(plan, o.generatedAt ?? reportTimestamp(new Date()));
  const t = (k: keyof typeof REVIEW) => escapeHtml(REVIEW[k][lang]);
  const section = (id: string, title: string, body: string) =>
    `<section aria-labelledby="h-${id}">\n<h2 id="h-${id}">${title}</h2>\n${body}\n</section>`;
  const chart = (id: string, title: string, wide = false) =>
    `<figure class="chart-box${wide ? ' wide' : ''}" aria-labelledby="h-${id}">` +
    `<h3 id="h-${id}">${title}</h3><div class="chart${wide ? ' tall' : ''}" id="chart-${id}"></div></figure>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${REPORT_GENERATOR}
<title>${escapeHtml(data.title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(data.title)}</h1>
<p class="meta" id="generated">${escapeHtml(data.generated)}</p>
<p class="meta">${escapeHtml(data.note)}</p>
</header>
<noscript><p>${t('noScript')}</p></noscript>
<main>
${section('overview', t('overview'), '<dl class="figures" id="figures"></dl>')}
<div class="charts">
${chart('grades', t('gradesChart'))}
${chart('rates', t('ratesChart'))}
${chart('rules', t('rulesChart'), true)}
</div>
${section('rules-table', t('rulesTable'), '<div class="scroll"><table id="rules"></table></div>')}
${section('forms', t('formsSheet'), `<p class="hint">${t('sortHint')}</p>\n<div class="scroll"><table id="forms"></table></div>`)}
${section('findings', t('findingsSheet'), '<div class="scroll"><table id="findings"></table></div>')}
${section('unreadable', t('unreadableSheet'), '<div id="unreadable"></div>')}
</main>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${scriptText(o.echarts)}</script>
<script>${scriptText(REPORT_SCRIPT)}</script>
</body>
</html>
`;
}

/** Text made safe for HTML content and quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON that cannot end or confuse the <script> element holding it, nor the JavaScript reading it: <, >, & and the line
 * separators U+2028/2029 are written as \u escapes, which JSON.parse reads back as the same characters.
 */
export function jsonForScript(data: ReportData | unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Script source that cannot end its <script> element early: "</script" and "<!--" (which would make the HTML parser
 * look for a second "</script>") are written "<\/script" and "<\!--", the same characters in a string, regex or comment.
 */
export function scriptText(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
