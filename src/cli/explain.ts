import { explainForms, format, UI, type FormExplanation } from '../core';
import { SelfEvalError } from '../core/errors';
import type { ExplainOptions } from './args';
import { readGrids } from './checkFile';
import { explainText, type ExplainedFile } from './explainText';
import type { Io } from './io';

/** One file as `selfeval explain` reports it. */
/** Runs `selfeval explain`: how each form of each file was read. Exit code 2 when a file cannot be read, else 0. */
export async function explain(o: ExplainOptions, io: Io): Promise<number> {
  const files: ExplainedFile[] = [];
  for (const file of o.files) {
    try {
      const { grids, own } = await readGrids(file, false);
      files.push({ file, error: null, forms: explainForms(grids, { profile: o.profile, skipSheets: own ? [own] : [] }) });
    } catch (e) {
      if (!(e instanceof SelfEvalError)) throw e;
      io.stderr(`selfeval: ${e.text(o.lang)}\n`);
      files.push({ file, error: e.text(o.lang), forms: [] });
    }
  }
  io.stdout(
    o.json
      ? JSON.stringify({ version: 1, files }, null, 2) + '\n'
      : explainText(files, o.lang) + format(UI.explainDone[o.lang], { files: files.length }) + '\n',
  );
  return files.some((f) => f.error) ? 2 : 0;
}
