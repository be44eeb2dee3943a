import { analyse, planEdits, type Analysis, type CellFill, type Lang, type Plan } from '../../core';
import { CancelledError, ExcelError, SelfEvalError } from '../../core/errors';
import type { Capabilities } from './capabilities';
import { cellsWas, queueForgetJournal, queueJournal, queueRevert, type Journal } from './journal';
import { isPayloadError, readWorkbook, type WorkbookRead } from './readWorkbook';
import { planMarkState, queueClearMarks, queueMarks, queueState } from './writeMarks';
import { queueFills } from './writeFills';
import { queueSummary, queueSummaryPrint, summaryPrint } from './writeSummary';

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
  /** Sheets that kept Validate from marking anything, because they are protected. */
  protectedSheets: string[];
}

/** An action's writes: queued on the context, with the journal of what they replace (null when nothing changes). */
type Writer<T> = (
  context: Excel.RequestContext,
  read: WorkbookRead,
  analysis: Analysis,
  plan: Plan,
) => { journal: Journal | null; result: T };

/** The add-in's actions on the open workbook, over the same core engine and plan as the CLI. */
export class AddinSession {
  /** The last Validate's result, for the task pane and for Fill in's preview. */
  last: ValidateResult | null = null;
  /** Whether Excel rejected a merged undo group, so actions now run without one. */
  private undoRefused = false;

  constructor(
    private readonly run: RunFn,
    readonly caps: Capabilities,
    readonly lang: Lang,
  ) {}

  /** Whether Ctrl+Z undoes an action in one step here. */
  get undoable(): boolean {
    return this.caps.undoGroups && !this.undoRefused;
  }

  /**
   * Reads every sheet, checks every form, and replaces the old marks with new ones. When a sheet it would mark (or
   * unmark) is protected, it writes nothing at all and names those sheets; the findings are still shown.
   */
  async validate(control: ActionControl = {}): Promise<ValidateResult> {
    const result = await this.act(control, (context, read, analysis, plan) => {
      const protectedSheets = lockedAmong(read, [...plan.marks.map((m) => m.sheet), ...read.state.marks.map((m) => m.sheet)]);
      if (protectedSheets.length) return { journal: null, result: { analysis, plan, marked: 0, protectedSheets } };
      const state = planMarkState(plan.marks, read, this.caps);
      const result = { analysis, plan, marked: state.marks.length, protectedSheets };
      // The same marks as already there: nothing to write, and the last action stays the one to revert.
      if (JSON.stringify(state) === JSON.stringify(read.state)) return { journal: null, result };
      queueClearMarks(context, read, this.caps);
      queueMarks(context, state, this.caps);
      queueState(context, state, read);
      return { journal: this.journal('validate', { marksBefore: read.state.marks, marksAfter: state.marks }), result };
    });
    this.last = result;
    return result;
  }

  /** How many cells Fill in would change, from the last Validate. */
  fillPreview(): number {
    return this.last?.plan.fills.length ?? 0;
  }

  /** Writes 执行率, the budget 得分, computable scores and 总分; refuses, writing nothing, if a target sheet is protected. */
  fill(control: ActionControl = {}): Promise<number> {
    return this.act(control, (context, read, _analysis, plan) => {
      refuseProtected(
        read,
        plan.fills.map((f) => f.sheet),
      );
      const changes = plan.fills.filter((f) => !alreadyFilled(read, f));
      if (changes.length === 0) return { journal: null, result: 0 };
      const journal = this.journal('fill', { cells: cellsWas(read, changes) });
      queueFills(context, changes);
      return { journal, result: changes.length };
    });
  }

  /** Writes the summary sheet; returns its name. */
  summary(control: ActionControl = {}): Promise<string> {
    return this.act(control, (context, read, _analysis, plan) => {
      // The same summary as the one already there: nothing to write.
      if (read.summarySheet && read.summaryPrint === summaryPrint(plan.summary)) return { journal: null, result: read.summarySheet };
      refuseProtected(read, read.summarySheet ? [read.summarySheet] : []);
      const { name, kept } = queueSummary(context, plan.summary, read);
      queueSummaryPrint(context, plan.summary);
      return { journal: this.journal('summary', { summary: { created: name, kept } }), result: name };
    });
  }

  /**
   * Removes every mark the add-in made, putting each cell's fill back and deleting the notes it added. It leaves no
   * trace: the journal goes too (Validate marks again), so the workbook is as before, but for Fill in and Summary.
   */
  clearMarks(control: ActionControl = {}): Promise<number> {
    return this.act(control, (context, read) => {
      refuseProtected(
        read,
        read.state.marks.map((m) => m.sheet),
      );
      const restored = queueClearMarks(context, read, this.caps);
      queueState(context, { version: 1, marks: [] }, read);
      queueForgetJournal(context, read);
      return { journal: null, result: restored };
    });
  }

  /** Puts the workbook back as it was before the add-in's last action (also after saving and reopening it). */
  revert(control: ActionControl = {}): Promise<Journal['action']> {
    return this.guard(control, async (context) => {
      control.onStep?.('reading');
      const read = await readWorkbook(context, this.caps);
      const journal = read.journal;
      if (!journal) throw new ExcelError('nothing-to-revert');
      refuseProtected(read, [
        ...journal.cells.map((c) => c.sheet),
        ...journal.marksAfter.map((m) => m.sheet),
        ...journal.marksBefore.map((m) => m.sheet),
      ]);
      checkCancelled(control);
      control.onStep?.('writing');
      queueRevert(context, journal, read, this.caps);
      await context.sync();
      control.onStep?.('done');
      this.last = null;
      return journal.action;
    });
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

  private journal(action: Journal['action'], parts: Partial<Journal>): Journal {
    return { version: 1, action, at: new Date().toISOString(), cells: [], marksBefore: [], marksAfter: [], summary: null, ...parts };
  }

  /**
   * Reads, analyses and plans; lets an action queue its writes, with the journal of what they replace in the same
   * request; and if that request fails part-way, takes back whatever it wrote, so the action is all or nothing.
   */
  private act<T>(control: ActionControl, write: Writer<T>): Promise<T> {
    return this.guard(control, async (context) => {
      control.onStep?.('reading');
      const read = await readWorkbook(context, this.caps);
      checkCancelled(control);
      control.onStep?.('checking');
      const own = [read.summarySheet, read.journal?.summary?.kept?.hidden].filter((x): x is string => !!x);
      const analysis = analyse(read.grids, { skipSheets: own });
      const plan = planEdits(analysis, this.lang);
      checkCancelled(control);
      control.onStep?.('writing');
      const { journal, result } = write(context, read, analysis, plan);
      if (journal) queueJournal(context, journal, read);
      try {
        await context.sync();
      } catch (e) {
        throw journal ? await this.rollback(journal, read.journal, e) : plainError(e);
      }
      control.onStep?.('done');
      return result;
    });
  }

  /** Takes back an action whose request failed part-way; the error says whether that worked. */
  private async rollback(journal: Journal, previous: Journal | null, cause: unknown): Promise<SelfEvalError> {
    const reason = plainError(cause);
    if (!(reason instanceof ExcelError) || reason.code !== 'excel-failed') {
      // Excel refused the whole request (protection, cell editing, size): nothing of it was applied.
      return reason;
    }
    try {
      await this.run(this.options(), async (context) => {
        queueRevert(context, journal, await readWorkbook(context, this.caps), this.caps, previous);
        await context.sync();
      });
      return new ExcelError('excel-rolled-back', reason.detail, cause);
    } catch {
      return new ExcelError('excel-partial', reason.detail, cause);
    }
  }

  private options(): Excel.RunOptions {
    return { delayForCellEdit: true, ...(this.undoable ? { mergeUndoGroup: true } : {}) };
  }

  /** Runs a batch with the options that keep the user's work safe, and turns Excel's failures into plain errors. */
  private async guard<T>(control: ActionControl, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    checkCancelled(control);
    try {
      return await this.run(this.options(), batch);
    } catch (e) {
      // Some writes (deleting or renaming a sheet) cannot join an undo group: run again without one, and say so.
      if ((e as { code?: string } | null)?.code === 'UndoNotSupported' && this.undoable) {
        this.undoRefused = true;
        return this.guard(control, batch);
      }
      throw plainError(e);
    }
  }
}

/** Tells whether a cell already holds what Fill in would write (the same formula, or the same value, and format). */
function alreadyFilled(read: WorkbookRead, f: CellFill): boolean {
  const c = read.grids.find((g) => g.name === f.sheet)?.rows[f.row]?.[f.col];
  if (!c || (f.format && c.fmt !== f.format)) return false;
  return f.formula ? c.f === f.formula : c.f === undefined && c.v === f.value.toNumber();
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
