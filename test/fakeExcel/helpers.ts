import { FakeExcel, type FakeContext } from '../../src/fakeExcel';

/** A fake with one sheet "Sheet1" holding a small block of data, for tests that need something to read. */
export function smallFake(options: ConstructorParameters<typeof FakeExcel>[0] = {}): FakeExcel {
  return new FakeExcel(options).setValues('Sheet1', 'A1:C2', [
    [1, 2, '=A1+B1'],
    ['text', true, ''],
  ]);
}

/** Runs one batch and returns the error it rejected with (fails the test when it resolved). */
export async function failure(
  fake: FakeExcel,
  batch: (ctx: FakeContext) => Promise<unknown>,
  options = {},
): Promise<{ code: string; name: string; message: string; debugInfo: { errorLocation?: string; statement?: string } }> {
  try {
    await fake.run(options, batch);
  } catch (e) {
    return e as never;
  }
  throw new Error('the batch did not fail');
}

/** The error a synchronous call throws. */
export function thrown(fn: () => unknown): { code: string; name: string; debugInfo: { errorLocation?: string } } {
  try {
    fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('nothing was thrown');
}
