import { inTurns, OneAtATime, TURN_MS } from '../../src/fakeExcel/turns';
import { listBytes, jsonBytes } from '../../src/fakeExcel/limits';
import { smallFake } from './helpers';

/** Counts the page's turns: a timer queued again as soon as it fires, until stopped. */
function turnCounter() {
  let turns = 0;
  let stop = false;
  const tick = () => {
    turns++;
    if (!stop) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return {
    get turns() {
      return turns;
    },
    stop: () => (stop = true),
  };
}

describe('a sync answers in a later task, as Excel does', () => {
  it('a timer queued before the sync fires before the sync resolves', async () => {
    const fake = smallFake();
    await fake.run(async (ctx) => {
      let fired = false;
      setTimeout(() => (fired = true), 0);
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await ctx.sync();
      expect(fired).toBe(true);
    });
  });

  it('a long batch hands the page turns while it is applied', async () => {
    const fake = smallFake();
    const counter = turnCounter();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const started = Date.now();
      // Commands enough to take several turns' time.
      for (let i = 0; Date.now() - started < 3 * TURN_MS; i++) ws.getRange(`D${(i % 500) + 1}`).values = [[i]];
      await ctx.sync();
    });
    counter.stop();
    expect(counter.turns).toBeGreaterThan(2);
  });

  it('runs two batches one after the other, never interleaved', async () => {
    const fake = smallFake();
    const order: string[] = [];
    const write = (tag: string) =>
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        for (let i = 1; i <= 2000; i++) ws.getRange(`E${i}`).values = [[tag]];
        await ctx.sync();
        order.push(tag);
        ws.getRange('E1').load('values');
        await ctx.sync();
        return ws;
      });
    await Promise.all([write('a'), write('b')]);
    expect(order).toEqual(['a', 'b']);
    // Every cell holds the second batch's value: the first batch was not applied over it.
    expect(
      fake
        .getValues('Sheet1', 'E1:E2000')
        .flat()
        .every((v) => v === 'b'),
    ).toBe(true);
  });
});

describe('inTurns', () => {
  it('applies every item in order and stops at the first throw', async () => {
    const seen: number[] = [];
    await expect(
      inTurns([1, 2, 3, 4], (x) => {
        if (x === 3) throw new Error('three');
        seen.push(x);
      }),
    ).rejects.toThrow('three');
    expect(seen).toEqual([1, 2]);
  });
});

describe('OneAtATime', () => {
  it('starts a job after the one before it has failed, too', async () => {
    const queue = new OneAtATime();
    const log: string[] = [];
    const first = queue.run(async () => {
      log.push('first');
      throw new Error('first failed');
    });
    const second = queue.run(async () => log.push('second'));
    await expect(first).rejects.toThrow('first failed');
    await second;
    expect(log).toEqual(['first', 'second']);
  });
});

describe('listBytes counts as jsonBytes does', () => {
  it.each<[string, unknown[]]>([
    ['empty', []],
    ['one', [['Range.values', [[1, 'a']]]]],
    ['several, with CJK and nulls', [['x', null], ['汇总', [['执行率', 0.9422]]], null, 'é']],
    ['undefined items', [1, undefined, 2]],
  ])('%s', async (_name, items) => {
    await expect(listBytes(items)).resolves.toBe(jsonBytes(items));
  });
});
