import ExcelJS from 'exceljs';
import type { UnkeptPart } from '../../core';
import { UnreadableWorkbookError } from '../../core/errors';
import { assertZipWorkbook, unkeptParts } from '../fileKind';

export { unkeptParts } from '../fileKind';

/** A workbook read from a file, with the parts of the file that a copy written by exceljs will not have. */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  unkept: UnkeptPart[];
}

/**
 * Reads the bytes of an .xlsx (or .xlsm) file into an exceljs workbook, in Node or in a browser; bytes that are not
 * one raise UnreadableWorkbookError naming `name`.
 */
export async function loadBytes(bytes: Uint8Array, name: string): Promise<LoadedWorkbook> {
  assertZipWorkbook(bytes, name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbookError('corrupt', name, e);
  }
  if (wb.worksheets.length === 0) throw new UnreadableWorkbookError('corrupt', name);
  styleBareTables(wb);
  return { workbook: wb, unkept: unkeptParts(bytes) };
}

/** A table's look when its file gives none: no named style, no stripes, as Excel shows it. */
const NO_TABLE_STYLE = { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };

/**
 * Gives each table read without a style (LibreOffice writes none) an explicit "no style": exceljs reads such a table
 * but fails when it writes it back, so a copy of the workbook could not be written at all.
 */
function styleBareTables(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    // exceljs's types say pairs; it returns the tables themselves.
    for (const t of ws.getTables() as unknown as { model: { style?: object | null } }[]) {
      if (!t.model.style) t.model.style = { ...NO_TABLE_STYLE };
    }
  }
}
