import type ExcelJS from 'exceljs';
import path from 'node:path';
import { analyse, planEdits, type Analysis, type Lang } from '../core';
import { SelfEvalError } from '../core/errors';
import { applyPlan, ownSummarySheet } from '../hosts/exceljs/applyPlan';
import { loadWorkbook } from '../hosts/exceljs/loadWorkbook';
import { toGrid } from '../hosts/exceljs/toGrid';
import { writeWorkbookAtomic } from '../hosts/exceljs/writeWorkbook';

/** The outcome of checking one file. */
export interface FileOutcome {
  file: string;
  analysis: Analysis | null;
  /** The copy written with --fill or --summary. */
  output: string | null;
  error: SelfEvalError | null;
}

/** What to do with each file. */
export interface FileTask {
  fill: boolean;
  summary: boolean;
  lang: Lang;
  /** Where to write the copy; null when nothing is written. */
  output: string | null;
}

/** Reads, checks and optionally writes one workbook; a file-level failure is returned, never thrown. */
export async function checkFile(file: string, task: FileTask): Promise<FileOutcome> {
  let analysis: Analysis | null = null;
  try {
    let wb: ExcelJS.Workbook | null = await loadWorkbook(file);
    const own = ownSummarySheet(wb);
    const grids = wb.worksheets.map(toGrid);
    if (!task.output) wb = null; // a check alone needs only the grids: let the workbook go
    analysis = analyse(grids, { skipSheets: own ? [own] : [] });
    let output: string | null = null;
    if (task.output && wb) {
      applyPlan(wb, planEdits(analysis, task.lang), { fill: task.fill, marks: true, summary: task.summary });
      await writeWorkbookAtomic(wb, task.output, file);
      output = task.output;
    }
    return { file, analysis, output, error: null };
  } catch (e) {
    // A copy that cannot be written still leaves the file checked: its findings are reported with the error.
    if (e instanceof SelfEvalError) return { file, analysis, output: null, error: e };
    throw e;
  }
}

/** The copy's path for an input: DIR/<input name>.xlsx, made unique among the names already taken. */
export function outputPath(file: string, dir: string, taken: Set<string>): string {
  const base = path.basename(file).replace(/\.(xlsx|xlsm|xls)$/i, '');
  let candidate = path.resolve(dir, `${base}.xlsx`);
  for (let i = 2; taken.has(candidate); i++) candidate = path.resolve(dir, `${base} (${i}).xlsx`);
  taken.add(candidate);
  return candidate;
}
