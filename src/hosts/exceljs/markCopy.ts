import type ExcelJS from 'exceljs';
import { analyse, applyFills, planEdits, type Analysis, type Grid, type Lang, type Profile } from '../../core';
import { applyPlan, ownSummarySheet } from './applyPlan';
import { toGrid } from './toGrid';

/** What a copy gets besides its marks: the fills and the summary sheet, each on request. */
export interface CopyOptions {
  fill: boolean;
  summary: boolean;
  lang: Lang;
  profile?: Profile;
  /** The summary sheet the tool wrote into the workbook before, passed over by the analysis. */
  own: string | null;
}

/**
 * Marks a workbook from the analysis of its grids, and fills it and adds the summary sheet as asked: the copy the CLI
 * and the web page write. A filled copy's marks, notes and summary describe the filled values, as the add-in's Fill in does.
 */
export function markCopy(wb: ExcelJS.Workbook, grids: readonly Grid[], analysis: Analysis, o: CopyOptions): void {
  const plan = planEdits(analysis, o.lang);
  const options = { skipSheets: o.own ? [o.own] : [], profile: o.profile };
  const after = o.fill ? { ...planEdits(analyse(applyFills(grids, plan.fills), options), o.lang), fills: plan.fills } : plan;
  applyPlan(wb, after, { fill: o.fill, marks: true, summary: o.summary });
}

/** A workbook's sheets as grids, with the name of the summary sheet this tool wrote into it before (passed over). */
export function formsOf(wb: ExcelJS.Workbook): { grids: Grid[]; own: string | null } {
  return { grids: wb.worksheets.map(toGrid), own: ownSummarySheet(wb) };
}
