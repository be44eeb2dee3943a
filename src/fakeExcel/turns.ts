/**
 * Excel works on a batch in its own process: the add-in's page goes on handling clicks and painting meanwhile, and
 * the answer comes back in a later task. The fake runs in the page, so it hands the page a turn this often.
 */
export const TURN_MS = 30;

/** The next task: events and painting already waiting go first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Applies `each` to every item, handing the page a turn every TURN_MS; stops at the first throw. */
export async function inTurns<T>(items: readonly T[], each: (item: T, index: number) => void): Promise<void> {
  let since = Date.now();
  for (let i = 0; i < items.length; i++) {
    each(items[i], i);
    if (Date.now() - since >= TURN_MS) {
      await nextTurn();
      since = Date.now();
    }
  }
}

/** Runs jobs one at a time, in the order they came: Excel never works on two batches of a workbook at once. */
export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `job` after every job queued before it has settled. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
