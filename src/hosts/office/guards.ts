import type { CellFill } from '../../core';
import { ExcelError, SelfEvalError } from '../../core/errors';
import { isPayloadError } from './readCells';
import { cellAt, type WorkbookRead } from './readWorkbook';

/** The add-in's own sheets, which hold no forms. */
export function ownSheets(read: WorkbookRead): string[] {
  return read.summarySheet ? [read.summarySheet] : [];
}

/** Tells whether a cell already holds what Fill in would write (the same formula, or the same value, and format). */
export function alreadyFilled(read: WorkbookRead, f: CellFill): boolean {
  const c = cellAt(read, f.sheet, f.cell);
  if (!c || (f.format && c.fmt !== f.format)) return false;
  return f.formula ? c.f === f.formula : c.f === undefined && c.v === f.value.toNumber();
}

/** The protected sheets among some target sheets. */
export function lockedAmong(read: WorkbookRead, targets: readonly string[]): string[] {
  const wanted = new Set(targets);
  return read.sheets.filter((s) => s.protected && wanted.has(s.name)).map((s) => s.name);
}

/** Refuses an action, before anything is written, when one of its target sheets is protected. */
export function refuseProtected(read: WorkbookRead, targets: readonly string[]): void {
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
