import { format, UI, unkeptText } from '../core';
import { UsageError } from '../core/errors';
import { parseCommand, requestedLang } from './args';
import type { FileOutcome } from './checkFile';
import { jsonReport } from './jsonReport';
import { textReport } from './table';
import type { Io } from './io';

export type { Io } from './io';

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  colour: !!process.stdout.isTTY && !process.env.NO_COLOR,
};

/** Runs `selfeval` with its arguments; resolves to the exit code (0 clean, 1 error findings, 2 usage or unreadable file). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const lang = requestedLang(argv);
    io.stderr(`selfeval: ${e.text(lang)}\n${UI.cliUsage[lang]}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    io.stdout(UI.cliUsage[command.lang] + '\n');
    return 0;
  }
  // exceljs (a third of the start-up time) loads only for a command that reads a workbook: help and usage errors answer at once.
  if (command.kind === 'explain') return (await import('./explain')).explain(command.options, io);
  const { checkFile, outputPath } = await import('./checkFile');
  const o = command.options;
  const writes = o.fill || o.summary;
  const taken = new Set<string>();
  const outcomes: FileOutcome[] = [];
  for (const file of o.files) {
    const output = writes ? outputPath(file, o.out, taken) : null;
    const outcome = await checkFile(file, { fill: o.fill, summary: o.summary, lang: o.lang, profile: o.profile, output, inputs: o.files });
    if (outcome.error) io.stderr(`selfeval: ${outcome.error.text(o.lang)}\n`);
    if (outcome.output && outcome.unkept.length) {
      const parts = unkeptText(outcome.unkept, o.lang);
      io.stderr(`selfeval: ${format(UI.cliUnkept[o.lang], { path: outcome.output, parts })}\n`);
    }
    outcomes.push(outcome);
  }
  const report = jsonReport(outcomes, o.lang, o.profile.id);
  io.stdout(o.json ? JSON.stringify(report, null, 2) + '\n' : textReport(outcomes, report.summary, o.lang, io.colour));
  if (outcomes.some((x) => x.error)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}
