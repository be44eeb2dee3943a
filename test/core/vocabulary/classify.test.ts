import fc from 'fast-check';
import { classify, formKindOf, unitOf, yearOf } from '../../../src/core/vocabulary/classify';
import { labelMeaning, weightInLabel } from '../../../src/core/vocabulary/labelMeaning';
import { labelKey } from '../../../src/core/parse/text';
import { VOCABULARY, type Role } from '../../../src/core/vocabulary/vocabulary';

const roles = (text: string) => classify(text)?.roles ?? null;

describe('classify', () => {
  it.each<[string, Role[] | null]>([
    // Marks of a label's form, not its meaning.
    ['预算数（A）', ['adjusted']],
    ['执行数(B)', ['executed']],
    ['执行率（B/A）', ['rate']],
    ['执行率(B/A*100%)', ['rate']],
    ['项目资金（万元）', ['funds']],
    ['项目资金 (万元)', ['funds']],
    ['项目资金\n（元）', ['funds']],
    ['预算执行情况(10分)', ['funds']],
    ['预算执行情况(万元) (20分)', ['funds']],
    ['得分 (20分*执行率)', ['score']],
    ['分值（10分）', ['weight']],
    ['实施单位（盖章）', ['agency']],
    ['其中：当年财政拨款', ['fundsSource']],
    ['其中:当年财政拨款', ['fundsSource']],
    ['项目名称：', ['project']],
    ['年度目标1:(80分)', ['goals', 'target']],
    // Full-width and half-width, spaces and line breaks.
    ['项 目 名 称', ['project']],
    ['一级\n指标', ['level1']],
    ['年度指标\n值', ['target']],
    ['转移支付（项目）名称', ['project']],
    ['转移支付(项目)名称', ['project']],
    // Spellings of real forms.
    ['全年(调整)预算数', ['adjusted']],
    ['预算执行数', ['executed']],
    ['年度财政资金总额', ['fundsTotal']],
    ['部门整体支出总额', ['fundsTotal']],
    ['未完成原因和改进措施', ['reason']],
    ['偏差原因', ['reason']],
    ['改进措施', ['remedy']],
    ['指标性质', ['operator']],
    ['计量单位', ['measure']],
    ['得分系数(%)', ['coefficient']],
    ['参考分值', ['weight']],
    ['自评总分', ['total']],
    // By pattern or ending.
    ['(2022 年度)', ['year']],
    ['单位：万元', ['unit']],
    ['XX县2022年度项目支出绩效自评表', ['title']],
    ['市级配套资金', ['fundsSource']],
    ['偏差原因分析（请逐项说明）', ['reason']],
    ['项目资金万元', ['funds']],
    // Inline values.
    ['项目名称：农村公路养护', ['project']],
    // Not labels.
    ['加强科技类社会组织党建工作', null],
    ['组织开展科技社会组织党建培训', null],
    ['2022年度', ['year']],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it('reads the value written after an inline label', () => {
    expect(classify('项目名称：农村公路养护')?.value).toBe('农村公路养护');
    expect(classify('单位名称:塘湖镇政府')?.value).toBe('塘湖镇政府');
  });

  it('reads the weight a label states', () => {
    expect(classify('预算执行情况(10分)')?.weight?.toFixed()).toBe('10');
    expect(classify('绩效指标（90分）')?.weight?.toFixed()).toBe('90');
    expect(classify('项目资金（万元）')?.weight).toBeNull();
  });

  it('never takes a long text for a label', () => {
    expect(classify('项目名称'.repeat(20))).toBeNull();
  });
});

describe('labelMeaning and weightInLabel', () => {
  it.each([
    ['预算数(A)', '预算数'],
    ['其中:财政资金', '财政资金'],
    ['(一)年度目标', '年度目标'],
    ['1、项目名称', '项目名称'],
    ['年度目标1:', '年度目标'],
    ['分值(满分10分)', '分值'],
  ])('%s means %s', (label, meaning) => {
    expect(labelMeaning(labelKey(label))).toBe(meaning);
  });

  it.each([
    ['预算执行情况(20分)', '20'],
    ['得分(20分*执行率)', '20'],
    ['产出指标(50分)', '50'],
    ['绩效指标（90分）', '90'],
    ['项目资金(万元)', null],
  ])('%s states %s', (label, weight) => {
    expect(weightInLabel(labelKey(label))?.toFixed() ?? null).toBe(weight);
  });
});

describe('formKindOf, unitOf, yearOf', () => {
  it.each([
    ['财政项目支出绩效自评表', 'project'],
    ['部门整体支出绩效自评表', 'department'],
    ['部门整体绩效自评表', 'department'],
    ['2022年度中央对地方转移支付区域绩效自评表', 'transfer'],
    ['部门整体支出总额', 'department'],
  ])('%s is a %s form', (title, kind) => {
    expect(formKindOf(title)).toBe(kind);
  });

  it('reads the unit and the year', () => {
    expect(unitOf('项目资金（万元）')).toBe('万元');
    expect(unitOf('单位：元')).toBe('元');
    expect(unitOf('项目资金')).toBeNull();
    expect(yearOf('（2022 年度）')).toBe(2022);
    expect(yearOf('部门预算项目支出绩效自评表(2023年度)')).toBe(2023);
  });
});

describe('the vocabulary table', () => {
  it('gives every spelling the role it is listed under (among others, where only its place tells)', () => {
    for (const [role, spellings] of Object.entries(VOCABULARY) as [Role, readonly string[]][]) {
      for (const s of spellings) expect({ s, has: roles(s)?.includes(role) ?? false }).toEqual({ s, has: true });
    }
  });
});

describe('spellings with the marks of their form', () => {
  const LEADS = ['', '其中：', '其中:', '1、', '（一）', '一、', '①', '2.'];
  const MARKS = ['', '（A）', '(B/A)', '（万元）', ' (10分)', '（盖章）', '：'];
  const PLACES = ['某县', '银川市', '西部（重庆）科学城', '青神县发展和改革局'];
  const spellings = (Object.entries(VOCABULARY) as [Role, readonly string[]][]).flatMap(([role, list]) =>
    list.map((s) => [role, s] as const),
  );

  it('never rejects a spelling with the marks of its form around it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...spellings),
        fc.constantFrom(...LEADS),
        fc.constantFrom(...MARKS),
        fc.boolean(),
        ([role, s], lead, mark, spaced) => {
          const text = (lead + (spaced ? s.split('').join(' ') : s) + mark).trim();
          const want = classify(s)!.roles;
          expect({ text, roles: roles(text) }).toEqual({ text, roles: want.includes(role) ? want : null });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never rejects a title, total or funding line known only by its ending', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.constantFrom('2022年度项目支出绩效自评表', '部门整体支出绩效自评表（2023年度）', '项目资金合计', '配套资金', '中央预算内投资'),
        (place, end) => {
          expect(classify(place + end)).not.toBeNull();
        },
      ),
    );
  });
});
