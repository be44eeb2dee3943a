import { DEFAULT_PROFILE, profileNamed } from '../../src/core';
import { parseCommand, requestedLang } from '../../src/cli/args';
import { UsageError } from '../../src/core/errors';

describe('requestedLang', () => {
  it.each([
    [['check', 'a.xlsx'], 'zh-CN'],
    [['check', '--lang', 'en-US', 'a.xlsx'], 'en-US'],
    [['--lang=en', 'check'], 'en-US'],
    [['check', '--lang', 'zh-CN'], 'zh-CN'],
    [['check', '--lang'], 'zh-CN'],
    [['check', '--lang', 'fr'], 'zh-CN'],
  ] as const)('%j → %s', (argv, lang) => expect(requestedLang(argv)).toBe(lang));
});

describe('parseCommand', () => {
  it('reads the options of check, with the default profile', () => {
    expect(parseCommand(['check', '--json', '--fill', '--out', 'o', '--lang', 'en', 'a.xlsx', 'b.xlsx'])).toEqual({
      kind: 'check',
      options: { json: true, fill: true, summary: false, out: 'o', lang: 'en-US', profile: DEFAULT_PROFILE, files: ['a.xlsx', 'b.xlsx'] },
    });
  });

  it('reads the options of explain, and a profile by name', () => {
    expect(parseCommand(['explain', '--json', '--profile', 'hubei', 'a.xlsx'])).toEqual({
      kind: 'explain',
      options: { json: true, lang: 'zh-CN', profile: profileNamed('hubei'), files: ['a.xlsx'] },
    });
  });

  it.each([
    [['check'], '用法错误：没有给出要检查的文件或文件夹', 'usage: no FILE or DIR given'],
    [
      ['check', '--lang', 'fr', 'a.xlsx'],
      '用法错误：--lang 只能是 zh-CN 或 en-US，不能是 fr',
      'usage: --lang must be zh-CN or en-US, not fr',
    ],
    [['run', 'a.xlsx'], '用法错误：没有命令 run', 'usage: unknown command run'],
    [[], '用法错误：缺少命令 check、explain、summary 或 report', 'usage: missing command "check", "explain", "summary" or "report"'],
    [
      ['check', '--profile', 'guangdong', 'a.xlsx'],
      '用法错误：没有评分方案 guangdong；可选：mof-2020, mof-2020-capped, hubei',
      'usage: unknown profile guangdong; known: mof-2020, mof-2020-capped, hubei',
    ],
    [
      ['explain', '--summary', 'a.xlsx'],
      '用法错误：explain 不写副本，不能与 --fill、--summary 同用',
      'usage: explain writes no copy: --fill and --summary do not apply',
    ],
    [['explain'], '用法错误：没有给出要检查的文件或文件夹', 'usage: no FILE or DIR given'],
  ])('%j is a UsageError said in both languages', (argv, zh, en) => {
    let error: unknown;
    try {
      parseCommand(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect([(error as UsageError).text('zh-CN'), (error as UsageError).text('en-US')]).toEqual([zh, en]);
  });
});
