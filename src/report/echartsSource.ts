import fs from 'node:fs';

/**
 * The ECharts build the report inlines (Node only): echarts.common.min.js, the official prebuilt "common" bundle
 * (about 700 KB against 1.1 MB for the full echarts.min.js). It holds the bar and pie charts, the SVG renderer, tooltips
 * and the aria descriptions the report uses; "simple" (500 KB) has no SVG renderer and no tooltip.
 */
export function echartsSource(): string {
  return fs.readFileSync(require.resolve('echarts/dist/echarts.common.min.js'), 'utf8');
}
