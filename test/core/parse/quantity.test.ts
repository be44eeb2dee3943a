import { plain } from '../../../src/core/calc';
import {
  isPositive,
  parseActual,
  textBefore,
  parseTarget,
  type ActualPart,
  type Op,
  type TargetPart,
} from '../../../src/core/parse/quantity';

/** A target part with its decimals as plain strings, for toEqual. */
interface Part {
  op: Op;
  value: string;
  upper?: string;
  unit: string;
  label?: string;
}

function showTarget(p: TargetPart): Part {
  const out: Part = { op: p.op, value: plain(p.value), unit: p.unit };
  if (p.upper) out.upper = plain(p.upper);
  if (p.label !== undefined) out.label = p.label;
  return out;
}

function showActual(p: ActualPart): { value: string; unit: string; qualifier?: 'more' | 'less' } {
  const out: { value: string; unit: string; qualifier?: 'more' | 'less' } = { value: plain(p.value), unit: p.unit };
  if (p.qualifier) out.qualifier = p.qualifier;
  return out;
}

const targetOf = (text: string) => parseTarget(text).map(showTarget);
const actualOf = (text: string) => parseActual(text).map(showActual);

describe('parseTarget: quantitative targets', () => {
  const CASES: [string, Part[]][] = [
    // Symbols, ASCII and full-width
    ['=200项', [{ op: '=', value: '200', unit: '项' }]],
    // Regression (adversarial check of issue 10): "≥1,000人次" was read as ≥ 1.
    ['≥1,000人次', [{ op: '>=', value: '1000', unit: '人次' }]],
    ['>=500份', [{ op: '>=', value: '500', unit: '份' }]],
    ['≥500份', [{ op: '>=', value: '500', unit: '份' }]],
    ['＞90%', [{ op: '>', value: '90', unit: '%' }]],
    ['>90%', [{ op: '>', value: '90', unit: '%' }]],
    ['＝1套', [{ op: '=', value: '1', unit: '套' }]],
    ['≤3天', [{ op: '<=', value: '3', unit: '天' }]],
    ['<5%', [{ op: '<', value: '5', unit: '%' }]],
    ['=5000人次', [{ op: '=', value: '5000', unit: '人次' }]],
    // A range is met at its lower bound; the upper bound is kept
    ['=5-10家企业', [{ op: '=', value: '5', upper: '10', unit: '家' }]],
    ['=20-30家', [{ op: '=', value: '20', upper: '30', unit: '家' }]],
    // Compound targets: label before a colon (full-width or ASCII)
    [
      '活动：5次，签约：1项',
      [
        { op: '=', value: '5', unit: '次', label: '活动' },
        { op: '=', value: '1', unit: '项', label: '签约' },
      ],
    ],
    [
      '活动：3-4次，签约：1-2项',
      [
        { op: '=', value: '3', upper: '4', unit: '次', label: '活动' },
        { op: '=', value: '1', upper: '2', unit: '项', label: '签约' },
      ],
    ],
    [
      // The label is the phrase right before the colon: 、 separates it from 会议, so it is 展会.
      '会议、展会:2-4次,简报:2篇,技术对接:2-5次',
      [
        { op: '=', value: '2', upper: '4', unit: '次', label: '展会' },
        { op: '=', value: '2', unit: '篇', label: '简报' },
        { op: '=', value: '2', upper: '5', unit: '次', label: '技术对接' },
      ],
    ],
    [
      // Free text before a labelled quantity is not a quantity.
      '建立长三角区域协作联络机制，建立长三角联合攻关机制，项目落地：2项',
      [{ op: '=', value: '2', unit: '项', label: '项目落地' }],
    ],
    // Word operators
    ['系统并发量大于50', [{ op: '>', value: '50', unit: '' }]],
    // Only the part with an operator counts: "20项" before it is a description, not a target.
    ['20项最具技术转移潜力的科技成果，发布各类信息不低于250条', [{ op: '>=', value: '250', unit: '条' }]],
    ['不少于3场', [{ op: '>=', value: '3', unit: '场' }]],
    ['小于5%', [{ op: '<', value: '5', unit: '%' }]],
    ['不超过10天', [{ op: '<=', value: '10', unit: '天' }]],
    ['大于等于95%', [{ op: '>=', value: '95', unit: '%' }]],
    ['低于3%', [{ op: '<', value: '3', unit: '%' }]],
    // Postfix forms: 以内 / 以下 are ≤, 以上 is ≥
    ['1个月以内发放', [{ op: '<=', value: '1', unit: '个月' }]],
    ['3天以内', [{ op: '<=', value: '3', unit: '天' }]],
    ['5%以下', [{ op: '<=', value: '5', unit: '%' }]],
    ['5次以上', [{ op: '>=', value: '5', unit: '次' }]],
    ['100人及以上', [{ op: '>=', value: '100', unit: '人' }]],
  ];
  it.each(CASES)('%s', (text, parts) => {
    expect(targetOf(text)).toEqual(parts);
  });

  it('regression: "10个工作日以内" is ≤ 10 个工作日, not qualitative', () => {
    expect(targetOf('10个工作日以内')).toEqual([{ op: '<=', value: '10', unit: '个工作日' }]);
    expect(targetOf('≤10个工作日')).toEqual([{ op: '<=', value: '10', unit: '个工作日' }]);
    expect(actualOf('8个工作日完成')).toEqual([{ value: '8', unit: '个工作日' }]);
  });
});

describe('parseTarget: qualitative targets (no quantity)', () => {
  const CASES: [string, string][] = [
    ['合格', 'no number at all'],
    ['按合同进度及时完成', 'no number at all'],
    ['举办6场培训，培训人员300人', 'numbers without an operator: a description, not a comparison'],
    ['2022年底前项目上线运行', 'a date, no operator'],
    ['形成优秀案例不少于三项', 'the number is written in Chinese characters'],
    ['', 'empty'],
    // An operator that is not followed by a number does not make a quantity: "小于" is followed by 运行时间
    // ("less than 0.01% of the running time"), and 0.01% itself has no operator before it. Scoring it needs
    // the running time, which the form does not give, so the officer's score standing is what we want.
    ['系统总故障时间小于运行时间0.01%', 'operator not followed by a number'],
    ['系统保持7*24不间断稳定运行，系统总故障时间小于运行时间0.01%。', 'the same, in its seed sentence'],
  ];
  it.each(CASES)('%j is qualitative (%s)', (text) => {
    expect(parseTarget(text)).toEqual([]);
  });
});

describe('parseActual', () => {
  const CASES: [string, { value: string; unit: string; qualifier?: 'more' | 'less' }[]][] = [
    [
      '征集筛选各领域绿色低碳技术276项入库，其中核心库技术63项',
      [
        { value: '276', unit: '项' },
        { value: '63', unit: '项' },
      ],
    ],
    ['300余条', [{ value: '300', unit: '条', qualifier: 'more' }]],
    ['30多家', [{ value: '30', unit: '家', qualifier: 'more' }]],
    ['大于90%', [{ value: '90', unit: '%', qualifier: 'more' }]],
    ['小于1%', [{ value: '1', unit: '%', qualifier: 'less' }]],
    ['不足5项', [{ value: '5', unit: '项', qualifier: 'less' }]],
    ['不到95%', [{ value: '95', unit: '%', qualifier: 'less' }]],
    ['未达到95%', [{ value: '95', unit: '%', qualifier: 'less' }]],
    ['合格率近95%', [{ value: '95', unit: '%', qualifier: 'less' }]],
    ['接近95%', [{ value: '95', unit: '%', qualifier: 'less' }]],
    ['95%以下', [{ value: '95', unit: '%', qualifier: 'less' }]],
    ['300人以上', [{ value: '300', unit: '人', qualifier: 'more' }]],
    ['超出5%', [{ value: '5', unit: '%', qualifier: 'more' }]],
    ['系统并发量800', [{ value: '800', unit: '' }]],
    ['100%完成', [{ value: '100', unit: '%' }]],
    ['9000人次', [{ value: '9000', unit: '人次' }]],
    ['综合满意度达90%', [{ value: '90', unit: '%' }]],
    ['建立1套。', [{ value: '1', unit: '套' }]],
    ['９０％', [{ value: '90', unit: '%' }]],
    ['3.5天', [{ value: '3.5', unit: '天' }]],
    // Regression (adversarial check of issue 10): thousands separators were read as the end of the number.
    ['1,200人次', [{ value: '1200', unit: '人次' }]],
    ['12,000元', [{ value: '12000', unit: '元' }]],
    ['1,234,567.5元', [{ value: '1234567.5', unit: '元' }]],
    // A comma between other digits is a list's, not a thousands separator.
    [
      '1,23项',
      [
        { value: '1', unit: '' },
        { value: '23', unit: '项' },
      ],
    ],
    [
      '活动6次，签约1项',
      [
        { value: '6', unit: '次' },
        { value: '1', unit: '项' },
      ],
    ],
  ];
  it.each(CASES)('%s', (text, parts) => {
    expect(actualOf(text)).toEqual(parts);
  });

  it('takes 276 项 as the first part of the seed sentence', () => {
    const [first] = parseActual('征集筛选各领域绿色低碳技术276项入库，其中核心库技术63项');
    expect(plain(first.value)).toBe('276');
    expect(first.unit).toBe('项');
    expect(first.qualifier).toBeNull();
  });

  it('reads 9000人次 as 人次, not 人 followed by 次', () => {
    expect(parseActual('9000人次').map((p) => p.unit)).toEqual(['人次']);
  });

  it('keeps the text before each number, to match a compound target’s labels', () => {
    const parts = parseActual('活动6次，签约1项');
    expect(textBefore(parts[0])).toBe('活动');
    expect(textBefore(parts[1])).toContain('签约');
  });

  it('stops after `limit` numbers of the units asked for', () => {
    const text = '培训3场，覆盖1200人次，其中线上800人次，满意度96%';
    expect(parseActual(text, new Set(['人次']), 1).map(showActual)).toEqual([{ value: '1200', unit: '人次' }]);
    expect(parseActual(text, new Set(['人次'])).map(showActual)).toEqual([
      { value: '1200', unit: '人次' },
      { value: '800', unit: '人次' },
    ]);
    expect(parseActual(text, undefined, 2).map((p) => p.unit)).toEqual(['场', '人次']);
    expect(parseActual(text, new Set(['项']), 1)).toEqual([]);
  });

  it('reads long and full-width numbers as exactly as short ones', () => {
    expect(actualOf('完成１２３４５６７８９０１项')).toEqual([{ value: '12345678901', unit: '项' }]);
    expect(actualOf('完成0012项')).toEqual([{ value: '12', unit: '项' }]);
    expect(actualOf('达到 99.50 %')).toEqual([{ value: '99.5', unit: '%' }]);
  });

  it.each(['完成', '达标', '符合', '及时', '合格', ''])('%j has no number', (text) => {
    expect(parseActual(text)).toEqual([]);
  });
});

describe('isPositive', () => {
  it.each<[Op, boolean]>([
    ['>=', true],
    ['>', true],
    ['=', true],
    ['<=', false],
    ['<', false],
  ])('%s → %s', (op, positive) => expect(isPositive(op)).toBe(positive));
});
