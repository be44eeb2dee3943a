import { analysing, analyse } from '../../src/core';
import { runInSlices, SLICE_MS, untilCancelled } from '../../src/hosts/runInSlices';
import { gridsOfFixture } from '../helpers/grids';

/** Steps that each take `ms` of busy time, `count` of them, returning 'done'. */
function* busySteps(count: number, ms: number): Generator<{ sheets: number; of: number }, string> {
  for (let i = 1; i <= count; i++) {
    const until = Date.now() + ms;
    while (Date.now() < until);
    yield { sheets: i, of: count };
  }
  return 'done';
}

describe('runInSlices', () => {
  it('gives the page a turn about every SLICE_MS, and reports progress from 0 to 1', async () => {
    const progress: number[] = [];
    let pauses = 0;
    const result = await runInSlices(busySteps(20, 10), { onProgress: (x) => progress.push(x) }, async () => {
      pauses++;
    });
    expect(result).toBe('done');
    // 200 ms of work in slices of SLICE_MS: a pause each slice, not each step.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(200 / SLICE_MS) - 1);
    expect(pauses).toBeLessThan(20);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.every((x) => x > 0 && x <= 1)).toBe(true);
  });

  it('stops with CancelledError at the first turn after a cancel, without running the rest', async () => {
    const controller = new AbortController();
    let ran = 0;
    function* steps(): Generator<{ sheets: number; of: number }, string> {
      for (let i = 1; i <= 100; i++) {
        ran++;
        const until = Date.now() + 10;
        while (Date.now() < until);
        yield { sheets: i, of: 100 };
      }
      return 'done';
    }
    const run = runInSlices(steps(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 0);
    await expect(run).rejects.toMatchObject({ name: 'CancelledError' });
    expect(ran).toBeLessThan(20);
  });

  it('gives the same analysis as analyse', async () => {
    const grids = gridsOfFixture('stacked.xlsx');
    const sliced = await runInSlices(analysing(grids), {});
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(analyse(grids)));
  });
});

describe('untilCancelled', () => {
  it('does not start the work when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    let started = false;
    await expect(
      untilCancelled(async () => {
        started = true;
      }, controller.signal),
    ).rejects.toMatchObject({ name: 'CancelledError' });
    expect(started).toBe(false);
  });

  it('rejects at once on cancel, and the dropped work failing later raises nothing', async () => {
    const controller = new AbortController();
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    let fail: (e: Error) => void = () => undefined;
    const work = untilCancelled(() => new Promise<string>((_resolve, reject) => (fail = reject)), controller.signal);
    controller.abort();
    await expect(work).rejects.toMatchObject({ name: 'CancelledError' });
    fail(new Error('the context has ended'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('passes the work’s own answer and failure through', async () => {
    const signal = new AbortController().signal;
    await expect(untilCancelled(async () => 7, signal)).resolves.toBe(7);
    await expect(untilCancelled(() => Promise.reject(new Error('no')), signal)).rejects.toThrow('no');
  });
});
