import { format, UI } from '../core';
import { UsageError } from '../core/errors';
import { parseCommand, requestedLang, type Command } from './args';
import { inputFiles } from './inputFiles';
import { isOwnOutput } from './ownOutput';
import { jsonReport } from './jsonReport';
import { textReport } from './table';
import type { Io } from './io';

export type { Io } from './io';

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  colour: !!process.stdout.isTTY && !process.env.NO_COLOR,
  progress: !!process.stderr.isTTY,
  columns: process.stderr.columns,
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
  const lang = command.options.lang;
  const inputs = inputFiles(command.options.files, outputsOf(command), isOwnOutput);
  for (const dir of inputs.passed) io.stderr(`selfeval: ${format(UI.cliPassedCopies[lang], { dir })}\n`);
  for (const dir of inputs.empty) io.stderr(`selfeval: ${format(UI.cliEmptyFolder[lang], { dir })}\n`);
  if (!inputs.files.length) {
    io.stderr(`selfeval: ${UI.cliNoWorkbooks[lang]}\n`);
    return 2;
  }
  // exceljs (a third of the start-up time) loads only for a command that reads a workbook: help and usage errors answer at once.
  if (command.kind === 'explain') return (await import('./explain')).explain({ ...command.options, files: inputs.files }, io);
  if (command.kind !== 'check') return (await import('./review')).review(command.kind, command.options, inputs.files, io);
  const { outputPath } = await import('./checkFile');
  const { checkFiles } = await import('./checkFiles');
  const o = command.options;
  const writes = o.fill || o.summary;
  const taken = new Set<string>();
  const task = (file: string) => {
    const output = writes ? outputPath(file, o.out, taken) : null;
    return { fill: o.fill, summary: o.summary, lang: o.lang, profile: o.profile, output, inputs: inputs.files };
  };
  const outcomes = await checkFiles(inputs.files, task, o.lang, io);
  const report = jsonReport(outcomes, o.lang, o.profile.id);
  io.stdout(o.json ? JSON.stringify(report, null, 2) + '\n' : textReport(outcomes, report.summary, o.lang, io.colour));
  if (outcomes.some((x) => x.error)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

/** The copies' folder a command writes: a search of folders passes over it. */
function outputsOf(c: Exclude<Command, { kind: 'help' }>): string[] {
  return c.kind === 'check' && (c.options.fill || c.options.summary) ? [c.options.out] : [];
}
