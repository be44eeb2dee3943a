import { analyse, planEdits, type Analysis, type Lang, type Plan } from '../../core';
import { CancelledError, ExcelError, SelfEvalError } from '../../core/errors';
import type { Capabilities } from './capabilities';
import { isPayloadError, readWorkbook, type WorkbookRead } from './readWorkbook';
import { queueClearMarks, queueMarks, queueState } from './writeMarks';
import { queueFills } from './writeFills';
import { queueSummary } from './writeSummary';

/** Excel.run, or the fake's run in tests and the harness. */
export type RunFn = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A step of a long action, for the progress bar. */
export type Step = 'reading' | 'checking' | 'writing' | 'done';

/** How an action reports progress and learns it was cancelled. */
export interface ActionControl {
  onStep?: (step: Step) => void;
  signal?: AbortSignal;
}

/** What Validate found and did. */
export interface ValidateResult {
  analysis: Analysis;
  plan: Plan;
  /** Cells marked in the sheets. */
  marked: number;
  /** Sheets left unmarked because they are protected. */
  protectedSheets: string[];
}

/** The add-in's actions on the open workbook, over the same core engine and plan as the CLI. */
export class AddinSession {
  /** The last Validate's result, for the task pane and for Fill in's preview. */
  last: ValidateResult | null = null;

  constructor(
    private readonly run: RunFn,
    readonly caps: Capabilities,
    readonly lang: Lang,
  ) {}

  /**
   * Reads every sheet, checks every form, and replaces the old marks with new ones. When a sheet it would mark (or
   * unmark) is protected, it writes nothing at all and names those sheets; the findings are still shown.
   */
  validate(control: ActionControl = {}): Promise<ValidateResult> {
    return this.act(control, async (context, read, analysis, plan) => {
      const protectedSheets = lockedAmong(read, [...plan.marks.map((m) => m.sheet), ...read.state.marks.map((m) => m.sheet)]);
      let marked = 0;
      if (protectedSheets.length === 0) {
        queueClearMarks(context, read, this.caps);
        const state = queueMarks(context, plan.marks, read, this.caps);
        queueState(context, state, read);
        await context.sync();
        marked = state.marks.length;
      }
      this.last = { analysis, plan, marked, protectedSheets };
      return this.last;
    });
  }

  /** How many cells Fill in would change, from the last Validate. */
  fillPreview(): number {
    return this.last?.plan.fills.length ?? 0;
  }

  /** Writes 执行率, the budget 得分, computable scores and 总分; refuses, writing nothing, if a target sheet is protected. */
  fill(control: ActionControl = {}): Promise<number> {
    return this.act(control, async (context, read, _analysis, plan) => {
      refuseProtected(
        read,
        plan.fills.map((f) => f.sheet),
      );
      queueFills(context, plan.fills);
      await context.sync();
      return plan.fills.length;
    });
  }

  /** Writes the summary sheet; returns its name. */
  summary(control: ActionControl = {}): Promise<string> {
    return this.act(control, async (context, read, _analysis, plan) => {
      refuseProtected(read, read.summarySheet ? [read.summarySheet] : []);
      const name = queueSummary(context, plan.summary, read);
      await context.sync();
      return name;
    });
  }

  /** Removes every mark the add-in made, putting each cell's fill back and deleting the notes it added. */
  clearMarks(control: ActionControl = {}): Promise<number> {
    return this.guard(control, (context) =>
      readWorkbook(context, this.caps).then(async (read) => {
        checkCancelled(control);
        refuseProtected(
          read,
          read.state.marks.map((m) => m.sheet),
        );
        const restored = queueClearMarks(context, read, this.caps);
        queueState(context, { version: 1, marks: [] }, read);
        await context.sync();
        return restored;
      }),
    );
  }

  /** Activates a sheet and selects a cell on it. */
  select(sheet: string, cell: string): Promise<void> {
    return this.guard({}, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  /** Reads, analyses and plans, then lets an action queue its writes. */
  private act<T>(
    control: ActionControl,
    write: (context: Excel.RequestContext, read: WorkbookRead, analysis: Analysis, plan: Plan) => Promise<T>,
  ): Promise<T> {
    return this.guard(control, async (context) => {
      control.onStep?.('reading');
      const read = await readWorkbook(context, this.caps);
      checkCancelled(control);
      control.onStep?.('checking');
      const skip = read.summarySheet ? [read.summarySheet] : [];
      const analysis = analyse(read.grids, { skipSheets: skip });
      const plan = planEdits(analysis, this.lang);
      checkCancelled(control);
      control.onStep?.('writing');
      const result = await write(context, read, analysis, plan);
      control.onStep?.('done');
      return result;
    });
  }

  /** Runs a batch with the options that keep the user's work safe, and turns Excel's failures into plain errors. */
  private async guard<T>(control: ActionControl, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    checkCancelled(control);
    try {
      return await this.run({ delayForCellEdit: true, ...(this.caps.undoGroups ? { mergeUndoGroup: true } : {}) }, batch);
    } catch (e) {
      throw plainError(e);
    }
  }
}

function checkCancelled(control: ActionControl): void {
  if (control.signal?.aborted) throw new CancelledError();
}

/** The protected sheets among some target sheets. */
function lockedAmong(read: WorkbookRead, targets: readonly string[]): string[] {
  const wanted = new Set(targets);
  return read.sheets.filter((s) => s.protected && wanted.has(s.name)).map((s) => s.name);
}

/** Refuses an action, before anything is written, when one of its target sheets is protected. */
function refuseProtected(read: WorkbookRead, targets: readonly string[]): void {
  const locked = lockedAmong(read, targets);
  if (locked.length) throw new ExcelError('excel-protected', locked.join('、'));
}

/** Turns an Office error into one of the tool's named errors; the tool's own errors pass through. */
export function plainError(e: unknown): SelfEvalError {
  if (e instanceof SelfEvalError) return e;
  const code = (e as { code?: string } | null)?.code;
  const message = (e as { message?: string } | null)?.message ?? String(e);
  if (code === 'AccessDenied') return new ExcelError('excel-protected', message, e);
  if (code === 'InvalidOperationInCellEditMode') return new ExcelError('excel-cell-edit', '', e);
  if (isPayloadError(e)) return new ExcelError('excel-too-large', '', e);
  return new ExcelError('excel-failed', message, e);
}
