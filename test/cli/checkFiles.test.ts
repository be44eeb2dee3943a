/** The progress line of a long run on a terminal: one line that fits, whatever the path (regression: review F1). */
import { progressLine } from '../../src/cli/checkFiles';

const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

describe('progressLine', () => {
  it('is the whole line when it fits', () => {
    expect(progressLine('zh-CN', 3, 40, '收件/a.xlsx', 80)).toBe('检查中 3/40：收件/a.xlsx');
    expect(progressLine('en-US', 3, 40, 'in/a.xlsx', 80)).toBe('checking 3/40: in/a.xlsx');
  });

  it.each([20, 30, 40, 80])('fits %i columns with a long Chinese path, keeping its end', (columns) => {
    const file = `${'某某县财政局报送材料'.repeat(6)}/第10张.xlsx`;
    const line = progressLine('zh-CN', 12, 340, file, columns);
    expect(width(line)).toBeLessThan(columns);
    expect(line.startsWith('检查中 12/340：')).toBe(true);
    if (columns >= 40) expect(line.endsWith('第10张.xlsx')).toBe(true);
    if (columns >= 40) expect(line).toContain('…');
  });
});
