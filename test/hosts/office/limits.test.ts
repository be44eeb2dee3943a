import { FakeExcel, type OverLimitRead } from '../../../src/fakeExcel';
import { readWorkbook } from '../../../src/hosts/office/readWorkbook';
import { detectCapabilities } from '../../../src/hosts/office/capabilities';
import { sessionOf, setup } from './helpers';

const S3 = '3 技术转移合作';

/** What Validate finds, as "sheet!cell rule" lines. */
async function findings(fake: FakeExcel): Promise<string[]> {
  const r = await sessionOf(fake).validate();
  return r.analysis.forms.flatMap((f) => f.findings.map((x) => `${x.sheet}!${x.cell} ${x.rule}`));
}

describe('a sheet with more than 512 merged areas (issue 11, defect 4)', () => {
  it('is read in tiles: every merge found once, whole, and the forms checked as without it', async () => {
    const clean = setup();
    const want = await findings(clean.fake);
    const { fake } = setup();
    fake.addSheet('明细账');
    for (let r = 1; r <= 600; r++) fake.setValues('明细账', `A${r}`, [[`凭证${r}`]]).mergeCells('明细账', `A${r}:B${r}`);
    fake.setValues('明细账', 'D1', [['备注']]).mergeCells('明细账', 'D1:E700');
    expect(await findings(fake)).toEqual(want);
    const read = await fake.run((ctx) =>
      readWorkbook(
        ctx as unknown as Excel.RequestContext,
        detectCapabilities((n, v) => fake.isSetSupported(n, v)),
      ),
    );
    const merges = read.grids.find((g) => g.name === '明细账')!.merges;
    expect(merges).toHaveLength(601);
    expect(merges).toContainEqual({ top: 0, left: 3, bottom: 699, right: 4 });
  });
});

describe('a used range over 5,000,000 cells, from one stray value far away (defect 5)', () => {
  it.each<OverLimitRead>(['error', 'null'])(
    'when Excel answers with %s: no crash, the same findings, the stray value read',
    async (mode) => {
      const clean = setup();
      const want = await findings(clean.fake);
      const { fake } = setup('seed.xlsx', '1.20', { overLimitRead: mode });
      fake.setValues(S3, 'XFD1048576', [['误输入']]);
      expect(await findings(fake)).toEqual(want);
      const read = await fake.run((ctx) =>
        readWorkbook(
          ctx as unknown as Excel.RequestContext,
          detectCapabilities((n, v) => fake.isSetSupported(n, v)),
        ),
      );
      expect(read.grids.find((g) => g.name === S3)!.rows[1048575]?.[16383]).toEqual({ v: '误输入' });
    },
  );

  it('takes few syncs: the halves are shrunk to their used ranges in one round', async () => {
    const { fake } = setup();
    fake.setValues(S3, 'XFD1048576', [['误输入']]);
    fake.resetCounters();
    await sessionOf(fake).validate();
    expect(fake.syncCount).toBeLessThanOrEqual(6);
  });
});
