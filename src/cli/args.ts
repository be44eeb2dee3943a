import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors';
import type { Lang } from '../core';

/** The options of `selfeval check`. */
export interface CheckOptions {
  json: boolean;
  fill: boolean;
  summary: boolean;
  out: string;
  lang: Lang;
  files: string[];
}

/** What the command line asks for. */
export type Command = { kind: 'check'; options: CheckOptions } | { kind: 'help'; lang: Lang };

/** Parses the command line (without "node" and the script); a wrong one raises UsageError. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        fill: { type: 'boolean', default: false },
        summary: { type: 'boolean', default: false },
        out: { type: 'string', default: 'selfeval-out' },
        lang: { type: 'string', default: 'zh-CN' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const v = parsed.values;
  const lang = v.lang === 'en-US' || v.lang === 'en' ? 'en-US' : v.lang === 'zh-CN' || v.lang === 'zh' ? 'zh-CN' : null;
  if (!lang) throw new UsageError(`--lang must be zh-CN or en-US, not ${v.lang}`);
  const [command, ...files] = parsed.positionals;
  if (v.help || command === 'help') return { kind: 'help', lang };
  if (command !== 'check') throw new UsageError(command ? `unknown command ${command}` : 'missing command "check"');
  if (files.length === 0) throw new UsageError('no FILE given');
  if (!v.out) throw new UsageError('--out needs a folder');
  return { kind: 'check', options: { json: !!v.json, fill: !!v.fill, summary: !!v.summary, out: v.out as string, lang, files } };
}
