import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors';
import { profileNamed, type Lang, type Profile } from '../core';

/** The options of `selfeval check`. */
export interface CheckOptions {
  json: boolean;
  fill: boolean;
  summary: boolean;
  out: string;
  lang: Lang;
  profile: Profile;
  files: string[];
}

/** The options of `selfeval explain`. */
export interface ExplainOptions {
  json: boolean;
  lang: Lang;
  profile: Profile;
  files: string[];
}

/** The options of `selfeval summary` and `selfeval report`: one file written for all the inputs. */
export interface ReviewOptions {
  /** The workbook or HTML file to write. */
  out: string;
  lang: Lang;
  profile: Profile;
  files: string[];
}

/** What the command line asks for. */
export type Command =
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'explain'; options: ExplainOptions }
  | { kind: 'summary' | 'report'; options: ReviewOptions }
  | { kind: 'help'; lang: Lang };

const COMMANDS = ['check', 'explain', 'summary', 'report'] as const;
/** Where `check --fill` and `--summary` write their copies when --out is not given. */
export const COPIES_FOLDER = 'selfeval-out';
// What summary and report write when --out is not given, in the folder the command runs in.
const REVIEW_OUT = { summary: '绩效自评汇总.xlsx', report: '绩效自评报告.html' } as const;
const REVIEW_EXT = { summary: /\.xlsx$/i, report: /\.html?$/i } as const;
const REVIEW_EXT_NAME = { summary: '.xlsx', report: '.html' } as const;

/** The language the command line asks for, read before the rest is parsed so that a usage error can be said in it. */
export function requestedLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? null : argv[i] === '--lang' ? argv[i + 1] : argv[i].slice('--lang='.length);
  return langOf(value) ?? 'zh-CN';
}

/** The language a --lang value names ("en" and "zh" too), or null. */
function langOf(value: string | null | undefined): Lang | null {
  return value === 'en-US' || value === 'en' ? 'en-US' : value === 'zh-CN' || value === 'zh' ? 'zh-CN' : null;
}

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
        out: { type: 'string' },
        lang: { type: 'string', default: 'zh-CN' },
        profile: { type: 'string', default: 'mof-2020' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw argsError(e as Error & { code?: string });
  }
  const v = parsed.values;
  const lang = langOf(v.lang);
  if (!lang)
    throw new UsageError({
      'zh-CN': `--lang 只能是 zh-CN 或 en-US，不能是 ${v.lang}`,
      'en-US': `--lang must be zh-CN or en-US, not ${v.lang}`,
    });
  const [command, ...files] = parsed.positionals;
  if (v.help || command === 'help') return { kind: 'help', lang };
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number]))
    throw new UsageError(
      command
        ? { 'zh-CN': `没有命令 ${command}`, 'en-US': `unknown command ${command}` }
        : { 'zh-CN': '缺少命令 check、explain、summary 或 report', 'en-US': 'missing command "check", "explain", "summary" or "report"' },
    );
  if (files.length === 0) throw new UsageError({ 'zh-CN': '没有给出要检查的文件或文件夹', 'en-US': 'no FILE or DIR given' });
  const profile = profileNamed(v.profile as string);
  if (command === 'explain' || command === 'summary' || command === 'report') {
    if (v.fill || v.summary)
      throw new UsageError({
        'zh-CN': `${command} 不写副本，不能与 --fill、--summary 同用`,
        'en-US': `${command} writes no copy: --fill and --summary do not apply`,
      });
  }
  if (command === 'explain') return { kind: 'explain', options: { json: !!v.json, lang, profile, files } };
  if (command === 'summary' || command === 'report') {
    if (v.json)
      throw new UsageError({
        'zh-CN': `${command} 写出文件，不能与 --json 同用`,
        'en-US': `${command} writes a file: --json does not apply`,
      });
    const out = (v.out as string | undefined) ?? REVIEW_OUT[command];
    if (!REVIEW_EXT[command].test(out))
      throw new UsageError({
        'zh-CN': `${command} 的 --out 应是 ${REVIEW_EXT_NAME[command]} 文件，不能是 ${out}`,
        'en-US': `--out of ${command} must be a ${REVIEW_EXT_NAME[command]} file, not ${out}`,
      });
    return { kind: command, options: { out, lang, profile, files } };
  }
  const out = (v.out as string | undefined) ?? COPIES_FOLDER;
  if (!out) throw new UsageError({ 'zh-CN': '--out 需要一个文件夹', 'en-US': '--out needs a folder' });
  return { kind: 'check', options: { json: !!v.json, fill: !!v.fill, summary: !!v.summary, out, lang, profile, files } };
}

/** Node's parseArgs failure, said in the user's language: an unknown option, or an option without its value. */
function argsError(e: Error & { code?: string }): UsageError {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError({ 'zh-CN': `没有选项 ${option}`, 'en-US': `unknown option ${option}` });
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError({ 'zh-CN': `选项 ${option} 缺少取值`, 'en-US': `option ${option} needs a value` });
  return new UsageError(e.message.split('\n')[0]);
}
