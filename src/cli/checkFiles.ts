import { format, UI, unkeptText, type Lang } from '../core';
import { checkFile, type FileOutcome, type FileTask } from './checkFile';
import type { Io } from './io';

/**
 * Checks files one after another, in the order given, saying on stderr what could not be read or kept. On a terminal,
 * a run of several files shows its progress on one line of stderr, cleared at the end.
 */
export async function checkFiles(files: readonly string[], taskOf: (file: string) => FileTask, lang: Lang, io: Io): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const progress = io.progress && files.length > 1;
  for (const [i, file] of files.entries()) {
    if (progress) io.stderr(`\r\x1b[K${format(UI.cliProgress[lang], { done: i + 1, total: files.length, file })}`);
    const outcome = await checkFile(file, taskOf(file));
    if (progress && (outcome.error || outcome.unkept.length)) io.stderr('\r\x1b[K');
    if (outcome.error) io.stderr(`selfeval: ${outcome.error.text(lang)}\n`);
    if (outcome.output && outcome.unkept.length) {
      const parts = unkeptText(outcome.unkept, lang);
      io.stderr(`selfeval: ${format(UI.cliUnkept[lang], { path: outcome.output, parts })}\n`);
    }
    outcomes.push(outcome);
  }
  if (progress) io.stderr('\r\x1b[K');
  return outcomes;
}
