import type ExcelJS from 'exceljs';
import path from 'node:path';
import { analyse, type Analysis, type Grid, type Lang, type Profile, type UnkeptPart } from '../core';
import { SelfEvalError } from '../core/errors';
import { markCopy } from '../hosts/exceljs/markCopy';
import { writeWorkbookAtomic } from '../hosts/exceljs/writeWorkbook';
import { readFileBytes } from '../hosts/readFileBytes';
import { readXlsx } from '../hosts/xlsx/readXlsx';

/** The outcome of checking one file. */
export interface FileOutcome {
  file: string;
  analysis: Analysis | null;
  /** The copy written with --fill or --summary. */
  output: string | null;
  /** What the input has that the copy could not keep (charts, macros…); empty when nothing was written. */
  unkept: UnkeptPart[];
  error: SelfEvalError | null;
}

/** What to do with each file. */
export interface FileTask {
  fill: boolean;
  summary: boolean;
  lang: Lang;
  /** The scoring profile; the default (MoF 2020) when not given. */
  profile?: Profile;
  /** Where to write the copy; null when nothing is written. */
  output: string | null;
  /** Every input of the run: writing a copy over any of them is refused, as over the file's own. */
  inputs: readonly string[];
}

/** Reads, checks and optionally writes one workbook; a file-level failure is returned, never thrown. */
export async function checkFile(file: string, task: FileTask): Promise<FileOutcome> {
  let analysis: Analysis | null = null;
  try {
    const { grids, own, wb, unkept } = await readGrids(file, task.output !== null);
    analysis = analyse(grids, { skipSheets: own ? [own] : [], profile: task.profile });
    let output: string | null = null;
    if (task.output && wb) {
      markCopy(wb, grids, analysis, { ...task, own });
      await writeWorkbookAtomic(wb, task.output, task.inputs);
      output = task.output;
    }
    return { file, analysis, output, unkept: output ? unkept : [], error: null };
  } catch (e) {
    // A copy that cannot be written still leaves the file checked: its findings are reported with the error.
    if (e instanceof SelfEvalError) return { file, analysis, output: null, unkept: [], error: e };
    throw e;
  }
}

/**
 * Loads a workbook as grids, with the name of the summary sheet this tool wrote into it. A check alone reads the
 * file's XML directly (src/hosts/xlsx, several times faster than exceljs) and never loads exceljs at all. Only when a
 * copy is to be written is the file loaded with exceljs, which writes the copy, and the workbook returned; the grids
 * are the same either way but for the differences docs/decisions.md lists ("The direct xlsx reader").
 * It is a function of its own because a variable set to null is not enough: the caller's frame can keep what it
 * loaded in a register it used for a call.
 */
export async function readGrids(
  file: string,
  keep: boolean,
): Promise<{ grids: Grid[]; own: string | null; wb: ExcelJS.Workbook | null; unkept: UnkeptPart[] }> {
  if (!keep) return { ...readXlsx(readFileBytes(file), file), wb: null };
  // Loaded on demand: exceljs is a third of the CLI's start-up time.
  const { loadWorkbook } = await import('../hosts/exceljs/loadWorkbook');
  const { formsOf } = await import('../hosts/exceljs/markCopy');
  const { workbook: wb, unkept } = await loadWorkbook(file);
  return { ...formsOf(wb), wb, unkept };
}

/** The copy's path for an input: DIR/<input name>.xlsx, made unique among the names already taken. */
export function outputPath(file: string, dir: string, taken: Set<string>): string {
  const base = path.basename(file).replace(/\.(xlsx|xlsm|xls)$/i, '');
  let candidate = path.resolve(dir, `${base}.xlsx`);
  for (let i = 2; taken.has(candidate); i++) candidate = path.resolve(dir, `${base} (${i}).xlsx`);
  taken.add(candidate);
  return candidate;
}
