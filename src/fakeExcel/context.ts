import { officeError } from './errors';
import type { FakeExcel, FakeRunOptions } from './fakeExcel';
import type { Command } from './proxy';
import { FakeWorkbook } from './workbook';

/** The fake Excel.RequestContext: a queue of commands, sent to the fake workbook by sync(). */
export class FakeContext {
  /** The workbook proxy, like context.workbook. */
  readonly workbook: FakeWorkbook;
  /** Tracked objects; tracking is a no-op in the fake. */
  readonly trackedObjects = { add: (_o: unknown): void => undefined, remove: (_o: unknown): void => undefined };
  private queue: Command[] = [];
  private closed = false;

  constructor(
    /** The fake Excel this context talks to. */
    readonly fake: FakeExcel,
    /** The options the run was started with. */
    readonly runOptions: FakeRunOptions,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Adds a command to the queue; a context whose run has ended refuses it (InvalidObjectPath). */
  enqueue(cmd: Command): void {
    if (this.closed) throw officeError('InvalidObjectPath', cmd.label, 'the Excel.run that created this object has ended');
    this.queue.push(cmd);
  }

  /** The number of commands waiting for the next sync. */
  get pending(): number {
    return this.queue.length;
  }

  /** Sends the queue to the fake workbook; resolves with passThroughValue, rejects with OfficeError. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.fake.syncCount++;
    const batch = this.queue;
    this.queue = [];
    if (batch.length) await this.fake.execute(batch, this.runOptions);
    return passThroughValue as T;
  }

  /** Ends the context: the run is over. */
  close(): void {
    this.closed = true;
    this.queue = [];
  }
}
