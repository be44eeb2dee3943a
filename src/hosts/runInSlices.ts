import type { AnalyseProgress } from '../core';
import { CancelledError } from '../core/errors';

/** What a long piece of work learns from its shell: when to stop, and where to report how far it has come. */
export interface SliceControl {
  signal?: AbortSignal;
  /** How much of the work is done, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/** How long the work runs before the page gets a turn: short enough for a progress bar to move and a click to be heard. */
export const SLICE_MS = 40;

/** Gives the page a turn: the next task, after events and rendering already waiting. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Throws CancelledError when the signal has been aborted. */
export function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/**
 * Runs an analysis step by step, giving the page a turn every SLICE_MS so that progress paints and Cancel is heard;
 * throws CancelledError at the first turn after a cancel, or at the end.
 */
export async function runInSlices<T>(steps: Generator<AnalyseProgress, T>, control: SliceControl, pause = nextTask): Promise<T> {
  let since = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      // A cancel that came during the last slice is heard too.
      checkCancelled(control.signal);
      return step.value;
    }
    if (Date.now() - since < SLICE_MS) continue;
    control.onProgress?.(step.value.sheets / step.value.of);
    await pause();
    checkCancelled(control.signal);
    since = Date.now();
  }
}

/**
 * Starts the work unless already cancelled, and settles as it does, or rejects with CancelledError as soon as the
 * signal aborts: for reads, whose answer may simply be dropped. The work goes on unheard; its failure is dropped too.
 */
export function untilCancelled<T>(start: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal?.aborted) return Promise.reject(new CancelledError());
  const work = start();
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    const done = () => signal.removeEventListener('abort', onAbort);
    work.then(
      (value) => {
        done();
        resolve(value);
      },
      (e: unknown) => {
        done();
        reject(e);
      },
    );
  });
}
