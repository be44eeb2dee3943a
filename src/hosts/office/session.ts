import { analysing, applyFills, planEdits, type Analysis, type Lang, type Plan } from '../../core';
import { ExcelError, SelfEvalError } from '../../core/errors';
import { checkCancelled, runInSlices, untilCancelled, type SliceControl } from '../runInSlices';
import type { Capabilities } from './capabilities';
import { nextRevert, parseHistory, pushEntry, type Entry, type History } from './history';
import { HISTORY_KEY } from './keys';
import { alreadyFilled, lockedAmong, ownSheets, plainError, refuseProtected } from './guards';
import { readWorkbook, type WorkbookRead } from './readWorkbook';
import { cellsWas, queueHistory, queueRevert, revertDeletesSheet } from './revert';
import { asTakenOff, planMarkState, queuePutOn, queueState, queueTakeOff } from './writeMarks';
import { queueFills } from './writeFills';
import { queueSummary, summaryJson } from './writeSummary';

/** Excel.run, or the fake's run in tests and the harness. */
export type RunFn = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A step of a long action, for the progress bar. */
export type Step = 'reading' | 'checking' | 'writing' | 'done';

/** How an action reports its step and progress, and learns it was cancelled. */
export interface ActionControl extends SliceControl {
  onStep?: (step: Step) => void;
}

/** What Validate found and did. */
export interface ValidateResult {
  analysis: Analysis;
  plan: Plan;
  /** Cells marked in the sheets. */
  marked: number;
  /** Sheets that kept Validate from marking anything, because they are protected. */
  protectedSheets: string[];
  /** How many cells Fill in would change: those that do not already hold what it would write. */
  fillable: number;
  /** How many scores are above their weight: Fill in leaves a 总分 over its 分值 until they are fixed. */
  overWeight: number;
}

/** What Fill in wrote, and the validation of the filled workbook that came with it. */
export interface FillResult {
  filled: number;
  validation: ValidateResult;
}

/** What Revert would take back next: the action and how many cells it touched (0 for a summary). */
export type RevertPreview = ReturnType<typeof nextRevert>;

/** An action's writes: queued on the context, with the history entry of what they replace (null when nothing changes). */
type Writer<T> = (
  context: Excel.RequestContext,
  read: WorkbookRead,
  analysis: Analysis,
  plan: Plan,
  control: ActionControl,
) => Written<T> | Promise<Written<T>>;

type Written<T> = { entry: Entry | null; result: T };

/** Excel refused an undo group or a comment part-way: the action was taken back, and runs again without it. */
class RunAgain extends Error {}

/** The add-in's actions on the open workbook, over the same core engine and plan as the CLI. */
export class AddinSession {
  /** The last Validate's result, for the task pane and for Fill in's preview. */
  last: ValidateResult | null = null;
  /** What Revert would take back next, as of the last action (null: nothing). */
  revertable: RevertPreview = null;
  /** Whether Excel rejected a merged undo group, so actions now run without one. */
  private undoRefused = false;

  constructor(
    private readonly run: RunFn,
    public caps: Capabilities,
    readonly lang: Lang,
  ) {}

  /** Whether Ctrl+Z undoes an action in one step here. */
  get undoable(): boolean {
    return this.caps.undoGroups && !this.undoRefused;
  }

  /** Reads what Revert would take back (one small request), for the pane when it opens. */
  async refreshRevertable(): Promise<RevertPreview> {
    return this.guard({}, false, async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(HISTORY_KEY).load('value');
      await context.sync();
      this.revertable = nextRevert(parseHistory(setting.isNullObject ? null : setting.value));
      return this.revertable;
    });
  }

  /**
   * Reads every sheet, checks every form, and replaces the old marks with new ones. When a sheet it would mark (or
   * unmark) is protected, it writes nothing at all and names those sheets; the findings are still shown.
   */
  async validate(control: ActionControl = {}): Promise<ValidateResult> {
    const result = await this.act(control, (context, read, analysis, plan) => this.remark(context, read, analysis, plan, 'validate'));
    this.last = result;
    return result;
  }

  /** How many cells Fill in would change, and how many scores above their weight it leaves, from the last Validate. */
  fillPreview(): { cells: number; overWeight: number } {
    return { cells: this.last?.fillable ?? 0, overWeight: this.last?.overWeight ?? 0 };
  }

  /**
   * Writes 执行率, the budget 得分, computable scores and 总分, and validates the filled workbook in the same request:
   * one action to revert. Refuses, writing nothing, if a target sheet is protected.
   */
  async fill(control: ActionControl = {}): Promise<FillResult> {
    const result = await this.act(control, async (context, read, _analysis, plan, ctl) => {
      refuseProtected(
        read,
        plan.fills.map((f) => f.sheet),
      );
      const changes = plan.fills.filter((f) => !alreadyFilled(read, f));
      const after = applyFills(read.grids, changes);
      // The filled workbook checked again, in slices, before anything is queued: Cancel still works here.
      ctl.onStep?.('checking');
      const analysis = await runInSlices(analysing(after, { skipSheets: ownSheets(read) }), ctl);
      ctl.onStep?.('writing');
      // The marks are those of the filled cells, as they will read.
      const filled = { ...read, grids: after };
      const { entry, result: validation } = this.remark(context, filled, analysis, planEdits(analysis, this.lang), 'fill', read);
      if (changes.length === 0) return { entry, result: { filled: 0, validation } };
      queueFills(context, changes);
      return { entry: { ...(entry ?? newEntry('fill')), cells: cellsWas(read, changes) }, result: { filled: changes.length, validation } };
    });
    this.last = result.validation;
    return result;
  }

  /** Writes the summary sheet; returns its name. Refuses when the workbook's structure is protected. */
  summary(control: ActionControl = {}): Promise<string> {
    return this.act(control, (context, read, _analysis, plan) => {
      const json = summaryJson(plan.summary);
      // The same summary as the one already there: nothing to write, but the officer is taken to it (unless hidden).
      if (read.summarySheet && read.summaryJson === json) {
        if (read.sheets.find((x) => x.name === read.summarySheet)?.visible)
          context.workbook.worksheets.getItem(read.summarySheet).activate();
        return { entry: null, result: read.summarySheet };
      }
      refuseProtected(read, read.summarySheet ? [read.summarySheet] : []);
      if (read.structureProtected && !(read.summarySheet && read.summaryJson !== null)) throw new ExcelError('excel-structure-protected');
      const { name, created, markerWas } = queueSummary(context, plan.summary, read);
      const previous = created ? null : read.summaryJson;
      return { entry: { ...newEntry('summary'), summary: { created, previous, markerWas } }, result: name };
    });
  }

  /** Removes every mark the add-in made, putting each cell's fill back and deleting the notes it added. */
  clearMarks(control: ActionControl = {}): Promise<number> {
    return this.act(control, (context, read) => {
      refuseProtected(
        read,
        read.state.marks.map((m) => m.sheet),
      );
      if (read.state.marks.length === 0) return { entry: null, result: 0 };
      const restored = queueTakeOff(context, read, this.caps, read.state.marks);
      queueState(context, { version: 1, marks: [] }, read);
      return { entry: { ...newEntry('clear'), marksBefore: asTakenOff(read, read.state.marks) }, result: restored };
    });
  }

  /**
   * Takes back the add-in's last action not yet reverted (also after saving and reopening); pressed again, the one
   * before. It runs outside any undo group, as it may delete the summary sheet an action created.
   */
  revert(control: ActionControl = {}): Promise<Entry['action']> {
    return this.guard(control, false, async (context) => {
      control.onStep?.('reading');
      const read = await untilCancelled(() => readWorkbook(context, this.caps), control.signal);
      const entry = read.history.entries[read.history.entries.length - 1];
      if (!entry) throw new ExcelError('nothing-to-revert');
      refuseProtected(
        read,
        [...entry.cells, ...entry.marksAfter, ...entry.marksBefore].map((c) => c.sheet),
      );
      if (revertDeletesSheet(entry, read)) {
        if (read.structureProtected) throw new ExcelError('excel-structure-protected');
        refuseProtected(read, [read.summarySheet as string]);
      }
      checkCancelled(control.signal);
      control.onStep?.('writing');
      queueRevert(context, entry, read, this.caps);
      const history: History = { version: 2, entries: read.history.entries.slice(0, -1) };
      queueHistory(context, history, read);
      try {
        await context.sync();
      } catch (e) {
        // What Revert wrote before the refused comment is checked again by the next try: it puts back only what is not yet.
        if (this.refuseComments(e)) throw new RunAgain();
        throw e;
      }
      control.onStep?.('done');
      this.last = null;
      this.revertable = nextRevert(history);
      return entry.action;
    });
  }

  /** Activates a sheet and selects a cell on it. */
  select(sheet: string, cell: string): Promise<void> {
    return this.guard({}, false, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  /** Queues replacing the marks with those of a plan; the entry is null when they are the same as now. */
  private remark(
    context: Excel.RequestContext,
    read: WorkbookRead,
    analysis: Analysis,
    plan: Plan,
    action: Entry['action'],
    /** The workbook as the marks taken off found it (before Fill in's writes); `read` by default. */
    before: WorkbookRead = read,
  ) {
    const protectedSheets = lockedAmong(read, [...plan.marks.map((m) => m.sheet), ...read.state.marks.map((m) => m.sheet)]);
    const fillable = plan.fills.filter((f) => !alreadyFilled(read, f)).length;
    const overWeight = analysis.forms.reduce((n, f) => n + f.findings.filter((x) => x.rule === 'score.exceeds-weight').length, 0);
    const base = { analysis, plan, protectedSheets, fillable, overWeight };
    if (protectedSheets.length) return { entry: null, result: { ...base, marked: 0 } };
    const state = planMarkState(plan.marks, read, this.caps);
    const result = { ...base, marked: state.marks.length };
    // The same marks as already there: nothing to write, and the last action stays the one to revert.
    if (JSON.stringify(state) === JSON.stringify(read.state)) return { entry: null, result };
    queueTakeOff(context, read, this.caps, read.state.marks);
    queuePutOn(context, read, this.caps, state.marks);
    queueState(context, state, read);
    return { entry: { ...newEntry(action), marksBefore: asTakenOff(before, read.state.marks), marksAfter: state.marks }, result };
  }

  /**
   * Reads, analyses and plans; lets an action queue its writes, with its history entry in the same request; and if
   * that request fails part-way, takes back whatever it wrote, so the action is all or nothing.
   */
  private act<T>(control: ActionControl, write: Writer<T>): Promise<T> {
    return this.guard(control, true, async (context) => {
      control.onStep?.('reading');
      const read = await untilCancelled(() => readWorkbook(context, this.caps), control.signal);
      control.onStep?.('checking');
      const analysis = await runInSlices(analysing(read.grids, { skipSheets: ownSheets(read) }), control);
      const plan = planEdits(analysis, this.lang);
      checkCancelled(control.signal);
      control.onStep?.('writing');
      const { entry, result } = await write(context, read, analysis, plan, control);
      const history = entry ? pushEntry(read.history, entry) : read.history;
      if (entry) queueHistory(context, history, read);
      try {
        await context.sync();
      } catch (e) {
        if (!entry) throw plainError(e);
        const undoRefused = (e as { code?: string } | null)?.code === 'UndoNotSupported' && this.undoable;
        if (undoRefused) this.undoRefused = true;
        const commentRefused = this.refuseComments(e);
        const retry = undoRefused || commentRefused;
        const error = await this.rollback(entry, read, e);
        throw retry && error.code === 'excel-rolled-back' ? new RunAgain() : error;
      }
      this.revertable = nextRevert(history);
      control.onStep?.('done');
      return result;
    });
  }

  /** Takes back an action whose request failed part-way; the error says whether that worked. */
  private async rollback(entry: Entry, before: WorkbookRead, cause: unknown): Promise<SelfEvalError> {
    const reason = plainError(cause);
    const partial =
      reason instanceof ExcelError &&
      (reason.code === 'excel-failed' || ['UndoNotSupported', 'InvalidOperation'].includes(String((cause as { code?: string }).code)));
    // Excel refused the whole request (protection, cell editing, size): nothing of it was applied.
    if (!partial) return reason;
    const existed = new Set(before.sheets.map((s) => s.id));
    try {
      await this.run(this.options(false), async (context) => {
        const now = await readWorkbook(context, this.caps);
        queueRevert(context, entry, now, this.caps, existed);
        queueHistory(context, before.history, now);
        await context.sync();
      });
      return new ExcelError('excel-rolled-back', reason.detail, cause);
    } catch {
      return new ExcelError('excel-partial', reason.detail, cause);
    }
  }

  /**
   * Whether Excel refused a comment the add-in added (below ExcelApi 1.18 it cannot see a note on that cell); if so,
   * marks carry no comments from now on, and the action runs again.
   */
  private refuseComments(e: unknown): boolean {
    const info = (e as { debugInfo?: { errorLocation?: string; statement?: string } } | null)?.debugInfo;
    const refused =
      this.caps.writeComments && !this.caps.notes && `${info?.errorLocation} ${info?.statement}`.includes('CommentCollection.add');
    if (refused) this.caps = { ...this.caps, writeComments: false };
    return refused;
  }

  private options(undoGroup: boolean): Excel.RunOptions {
    return { delayForCellEdit: true, ...(undoGroup && this.undoable ? { mergeUndoGroup: true } : {}) };
  }

  /** Runs a batch with the options that keep the user's work safe, and turns Excel's failures into plain errors. */
  private async guard<T>(control: ActionControl, undoGroup: boolean, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    checkCancelled(control.signal);
    try {
      return await this.run(this.options(undoGroup), batch);
    } catch (e) {
      // An operation Excel would not put in an undo group: the action was taken back (or had written nothing yet);
      // run it again without one.
      const refused = (e as { code?: string } | null)?.code === 'UndoNotSupported' && undoGroup && this.undoable;
      if (refused) this.undoRefused = true;
      if (e instanceof RunAgain || refused) return this.guard(control, false, batch);
      throw plainError(e);
    }
  }
}

function newEntry(action: Entry['action']): Entry {
  return { action, at: new Date().toISOString(), cells: [], marksBefore: [], marksAfter: [], summary: null };
}

export { plainError } from './guards';
