import fs from 'node:fs';
import path from 'node:path';
import { format, UI } from '../core';
import type { Localised } from '../core/rules/finding';
import { SelfEvalError, WriteRefusedError } from '../core/errors';
import { planReview, type ReviewedFile, type ReviewPlan } from '../core/plan/review';
import { reviewWorkbook } from '../hosts/exceljs/reviewWorkbook';
import { refuseInputs, writeFileAtomic, writeWorkbookAtomic } from '../hosts/exceljs/writeWorkbook';
import { echartsSource } from '../report/echartsSource';
import { reportTimestamp } from '../report/reportData';
import { reportHtml } from '../report/reportHtml';
import type { ReviewOptions } from './args';
import { checkFiles } from './checkFiles';
import { isOwnOutput } from './ownOutput';
import type { Io } from './io';

/**
 * `selfeval summary` and `selfeval report`: checks every file and writes one consolidated workbook or one HTML report.
 * The inputs are never modified, nor written over. Exit codes as `check`: 2 when a file could not be read (it is listed
 * in what was written) or the output could not be written, 1 when a form has errors, else 0.
 */
export async function review(kind: 'summary' | 'report', o: ReviewOptions, files: readonly string[], io: Io): Promise<number> {
  const outcomes = await checkFiles(
    files,
    () => ({ fill: false, summary: false, lang: o.lang, profile: o.profile, output: null, inputs: files }),
    o.lang,
    io,
  );
  const reviewed: ReviewedFile[] = outcomes.map((x) => ({ file: x.file, analysis: x.analysis, error: x.error && localised(x.error) }));
  const plan = planReview(reviewed, o.profile, o.lang);
  try {
    await write(kind, plan, o.out, files);
  } catch (e) {
    if (!(e instanceof SelfEvalError)) throw e;
    io.stderr(`selfeval: ${e.text(o.lang)}\n`);
    return 2;
  }
  const c = plan.counts;
  io.stdout(format(UI.cliReviewWrote[o.lang], { path: path.resolve(o.out), ...c }) + '\n');
  if (c.unreadable) return 2;
  return c.errors > 0 ? 1 : 0;
}

async function write(kind: 'summary' | 'report', plan: ReviewPlan, out: string, inputs: readonly string[]): Promise<void> {
  refuseInputs(out, inputs);
  // Only a summary or report this tool wrote may be replaced: any other file there is somebody's work.
  if (fs.existsSync(out) && !isOwnOutput(out)) throw new WriteRefusedError('write-exists', out);
  if (kind === 'summary') return writeWorkbookAtomic(reviewWorkbook(plan), out, inputs);
  writeFileAtomic(reportHtml(plan, { echarts: echartsSource(), generatedAt: reportTimestamp(new Date()) }), out, inputs);
}

/** Why a file could not be read, naming it by its name only: its path is in the column beside. */
function localised(e: SelfEvalError): Localised {
  const named = new SelfEvalError(e.code, path.basename(e.detail));
  return { 'zh-CN': named.text('zh-CN'), 'en-US': named.text('en-US') };
}
