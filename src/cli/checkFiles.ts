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
    if (progress) io.stderr(`\r\x1b[K${progressLine(lang, i + 1, files.length, file, io.columns ?? 80)}`);
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

/**
 * The progress line, cut to fit one line of the terminal: a line that wraps cannot be cleared by the next one. The
 * file's path loses its beginning first (…/县/第10张.xlsx); CJK characters take two columns.
 */
export function progressLine(lang: Lang, done: number, total: number, file: string, columns: number): string {
  const line = (f: string) => format(UI.cliProgress[lang], { done, total, file: f });
  const whole = line(file);
  if (width(whole) < columns) return whole;
  // What is left of the line for the path's end, after the counts and the "…" that stands for its beginning.
  let room = columns - 1 - width(line('…'));
  let tail = '';
  for (const ch of [...file].reverse()) {
    room -= width(ch);
    if (room < 0) break;
    tail = ch + tail;
  }
  return line(tail ? `…${tail}` : '');
}

/** How many terminal columns a text takes: two for East Asian wide characters, one for the rest. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    n +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return n;
}
