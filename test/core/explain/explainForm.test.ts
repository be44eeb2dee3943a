import { explainForms, makeProfile, type FormExplanation, type WeightOrigin } from '../../../src/core';
import { profileNamed } from '../../../src/core/profiles';
import { gridOfSheet, plainSheets, realLayouts } from '../../../scripts/fixtures/realLayout';
import { gridOf, gridsOfFixture } from '../../helpers/grids';

const LAYOUTS = realLayouts();
const explained = new Map(LAYOUTS.map((l) => [l.id, explainForms(plainSheets(l).map(gridOfSheet))]));

/** Where each real layout's budget weight comes from, and its first levels' weights, read off the published forms. */
const ORIGINS: Record<string, { budget: WeightOrigin; levels: WeightOrigin }> = {
  'county-anhui-tangxi-cunji': { budget: 'cell', levels: 'indicators' },
  'county-beijing-xueyuanlu-street': { budget: 'cell', levels: 'indicators' },
  // 得分（20分*执行率）: the budget's weight in a label; no 分值 column and no level weights, only 年度绩效目标1（80分）.
  'county-hubei-changjiang-jinbu': { budget: 'label', levels: 'none' },
  'dept-anhui-tanghu-township': { budget: 'label', levels: 'none' },
  'dept-chongqing-kxc-media-center': { budget: 'cell', levels: 'indicators' },
  'hdr-hubei-template-district-commerce-service-trade': { budget: 'label', levels: 'label' },
  // The budget is scored as an indicator (预算执行率 under 项目管理), not in the funds block.
  'hdr-ningxia-yinchuan-no6-middle-school': { budget: 'none', levels: 'indicators' },
  'opunit-sichuan-daying-sifaju': { budget: 'cell', levels: 'indicators' },
  'opunit-sichuan-qingshen-fgj': { budget: 'cell', levels: 'indicators' },
  'opunit-yunnan-lijiang-gucheng': { budget: 'cell', levels: 'indicators' },
  'transfer-hunan-hengshan-zhuanxiang': { budget: 'none', levels: 'none' },
  'transfer-sichuan-langzhong-chegoushui': { budget: 'none', levels: 'none' },
  'transfer-sichuan-zhongjiang-xianjie': { budget: 'cell', levels: 'indicators' },
};

const roles = (f: FormExplanation) => new Set(f.roles.map((r) => r.role));

describe.each(LAYOUTS.map((l) => [l.id] as const))('explainForms on %s', (id) => {
  const forms = explained.get(id)!;

  it('explains every form the fixture expects', () => {
    expect(forms.map((f) => f.sheet)).toEqual(LAYOUTS.find((l) => l.id === id)!.expect.map((e) => e.sheet));
  });

  it('names the cell of the funds columns, the indicator columns and the total', () => {
    for (const f of forms) {
      const r = roles(f);
      for (const role of ['adjusted', 'executed', 'fundsTotal', 'target', 'actual'] as const)
        expect({ role, read: r.has(role) }).toEqual({ role, read: true });
      expect(r.has('level3') || r.has('indicators')).toBe(true);
      for (const cell of f.roles) expect(cell.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });

  it('says where the budget weight and each first level’s weight came from', () => {
    const want = ORIGINS[id];
    expect(want).toBeDefined();
    for (const f of forms) {
      expect(f.weights[0]).toMatchObject({ part: 'budget', from: want.budget });
      if (want.budget === 'none') expect(f.weights[0].value).toBeNull();
      else expect(f.weights[0].cell).toMatch(/^[A-Z]+\d+$/);
      const levels = f.weights.filter((w) => !['budget', 'indicators', 'total'].includes(w.part));
      expect(levels.length).toBeGreaterThan(0);
      for (const l of levels) expect({ level: l.part, from: l.from }).toEqual({ level: l.part, from: want.levels });
      expect(f.weights[f.weights.length - 1]).toEqual({ part: 'total', value: '100', from: 'profile', cell: null });
    }
  });
});

describe('explainForms', () => {
  it('lists the seed form’s roles block by block, in reading order, and nothing unread', () => {
    const [f] = explainForms(gridsOfFixture('seed.xlsx').slice(0, 1));
    expect(f.roles.slice(0, 4).map((r) => `${r.block}/${r.role}@${r.cell}`)).toEqual([
      'head/title@A1',
      'head/project@A3',
      'head/department@A4',
      'head/agency@E4',
    ]);
    const blocks = f.roles.map((r) => r.block);
    expect(blocks).toEqual(
      [...blocks].sort(
        (a, b) => ['head', 'funds', 'goals', 'table', 'total'].indexOf(a) - ['head', 'funds', 'goals', 'table', 'total'].indexOf(b),
      ),
    );
    expect(f.unread).toEqual([]);
    expect(f.weights.map((w) => `${w.part}=${w.value} ${w.from}`)).toEqual([
      'budget=10 cell',
      '产出指标=50 indicators',
      '效益指标=30 indicators',
      '满意度指标=10 indicators',
      'total=100 profile',
    ]);
  });

  it('lists a header it does not understand, a funds line it does not know, and the indicators’ stated weight', () => {
    const [f] = explainForms([
      gridOf('表', [
        ['项目支出绩效自评表'],
        ['项目名称', '乡村道路养护'],
        ['项目资金（万元）', null, '全年预算数', '全年执行数', '执行率', '分值', '得分', '资金说明'],
        [null, '年度资金总额', 100, 100, '100%', 10, 10],
        [null, '其中：待分配数', 100, 100],
        ['绩效指标（90分）', '一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
        [null, '产出指标', '养护里程', '≥10公里', '12公里', 90, 90],
        ['总分', null, null, null, null, 100, 100],
      ]),
    ]);
    expect(f.unread.map((u) => `${u.part}@${u.cell} ${u.text}`)).toEqual(['column@H3 资金说明', 'fundsLine@B5 其中：待分配数']);
    expect(f.weights.find((w) => w.part === 'indicators')).toEqual({ part: 'indicators', value: '90', from: 'label', cell: 'A6' });
  });

  it('reads the indicators’ weight from the table’s group label (年度绩效目标1（80分）, Hubei)', () => {
    for (const f of explained.get('county-hubei-changjiang-jinbu')!) {
      expect(f.weights.find((w) => w.part === 'indicators')).toEqual({ part: 'indicators', value: '80', from: 'label', cell: 'A8' });
    }
  });

  it('takes an unstated budget weight from the profile, and says which', () => {
    const grids = [
      gridOf('表', [
        ['项目支出绩效自评表'],
        ['项目资金', null, '全年预算数', '全年执行数', '执行率', '得分'],
        [null, '年度资金总额', 100, 90, '90%', 18],
        ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '养护里程', '≥10公里', '12公里', 80, 80],
      ]),
    ];
    expect(explainForms(grids)[0].weights[0]).toEqual({ part: 'budget', value: '10', from: 'profile', cell: null });
    const hubei = explainForms(grids, { profile: profileNamed('hubei') })[0];
    expect(hubei.profile).toBe('hubei');
    expect(hubei.weights[0]).toEqual({ part: 'budget', value: '20', from: 'profile', cell: null });
    expect(explainForms(grids, { profile: makeProfile({ capTotalByRate: true }) })[0].profile).toBe('mof-2020-capped');
  });
});
