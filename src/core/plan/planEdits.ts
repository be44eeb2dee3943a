import type { Analysis } from '../engine';
import type { Lang } from '../rules/finding';
import type { CellFill } from './fills';
import { planMarks, type CellMark } from './marks';
import { planSummary, type SummaryPlan } from './summary';

/** Everything a host writes: the cells to fill, the cells to mark, and the summary sheet. */
export interface Plan {
  fills: CellFill[];
  marks: CellMark[];
  summary: SummaryPlan;
}

/** Computes the plan of edits from an analysis, with notes and summary text in one language. */
export function planEdits(analysis: Analysis, lang: Lang): Plan {
  const findings = [...analysis.forms.flatMap((f) => f.findings), ...analysis.findings];
  return {
    fills: analysis.forms.flatMap((f) => f.fills),
    marks: planMarks(findings, lang),
    summary: planSummary(analysis.forms, analysis.findings, lang),
  };
}
