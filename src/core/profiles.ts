import { UsageError } from './errors';
import type { Localised } from './rules/finding';
import { makeProfile, type Profile, type ProfileSettings } from './profile';

/** A named scoring profile, as data: what it is called, where its rules come from, and how it differs from the default. */
export interface ProfileDefinition {
  name: Localised;
  source: string;
  settings: ProfileSettings;
}

/** The profiles `--profile NAME` can pick. Weights that a form states win over any of them. */
export const PROFILES: Record<string, ProfileDefinition> = {
  'mof-2020': {
    name: { 'zh-CN': '财政部 2020（默认）', 'en-US': 'Ministry of Finance 2020 (default)' },
    source:
      '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）：预算执行率 10 分，产出 50、效益 30、服务对象满意度 10；' +
      '定性指标 达成 80–100%、部分达成 60–80%、未达成 0–60%',
    settings: {},
  },
  'mof-2020-capped': {
    name: { 'zh-CN': '财政部 2020，总分按执行率封顶', 'en-US': 'Ministry of Finance 2020, total capped by the execution rate' },
    source:
      '财预〔2020〕10号 的权重，另按执行率限制总分：低于 80% 至多 89 分，低于 70% 至多 79 分，低于 60% 至多 69 分，低于 50% 至多 59 分',
    settings: { capTotalByRate: true },
  },
  hubei: {
    name: { 'zh-CN': '湖北省直部门项目自评', 'en-US': 'Hubei provincial departments’ project self-evaluation' },
    source:
      '湖北省预算绩效管理信息系统（pmkpi）部门自评“评分说明”：满分 100 分，预算执行情况 20 分，产出指标 40 分，' +
      '效益指标和满意度指标 40 分；定性指标 达成 100–80%（含 80%）、部分达成 80–50%（含 50%）、未达成 50–0%。' +
      '见 test/fixtures/real/SOURCES.md',
    settings: {
      weights: { budget: 20, levels: { 产出指标: 40, '效益指标+满意度指标': 40 } },
      bands: { achieved: ['0.8', 1], partial: ['0.5', '0.8'], missed: [0, '0.5'] },
    },
  },
};

/** The profile a name picks; an unknown name is a usage error that lists the known ones. */
export function profileNamed(name: string): Profile {
  const def = PROFILES[name];
  if (!def) {
    const known = Object.keys(PROFILES).join(', ');
    throw new UsageError({ 'zh-CN': `没有评分方案 ${name}；可选：${known}`, 'en-US': `unknown profile ${name}; known: ${known}` });
  }
  return makeProfile(def.settings, name);
}
