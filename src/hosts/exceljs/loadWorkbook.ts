import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { UnkeptPart } from '../../core';
import { UnreadableWorkbookError } from '../../core/errors';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** A workbook read from a file, with the parts of the file that a copy written by exceljs will not have. */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  unkept: UnkeptPart[];
}

/** Reads an .xlsx (or .xlsm) file into an exceljs workbook; a file that is not one raises UnreadableWorkbookError. */
export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  const bytes = readBytes(file);
  if (bytes.subarray(0, 8).equals(CFB)) {
    // Both a password-protected .xlsx and a legacy .xls are OLE compound files; only the first has EncryptionInfo.
    throw new UnreadableWorkbookError(bytes.includes(ENCRYPTION_INFO) ? 'encrypted' : 'legacy-xls', file);
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) throw new UnreadableWorkbookError('not-xlsx', file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbookError('corrupt', file, e);
  }
  if (wb.worksheets.length === 0) throw new UnreadableWorkbookError('corrupt', file);
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

// Part names are stored uncompressed in a zip's headers, so the file's bytes show which parts it has.
const UNKEPT: [UnkeptPart, Buffer][] = [
  ['macros', Buffer.from('xl/vbaProject.bin')],
  ['charts', Buffer.from('xl/charts/')],
  ['pivot-tables', Buffer.from('xl/pivotTables/')],
  ['slicers', Buffer.from('xl/slicers/')],
];

function unkeptParts(bytes: Buffer): UnkeptPart[] {
  return UNKEPT.filter(([, name]) => bytes.includes(name)).map(([part]) => part);
}

function readBytes(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new UnreadableWorkbookError('file-not-found', file, e);
  }
  if (stat.isDirectory()) throw new UnreadableWorkbookError('not-a-file', file);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new UnreadableWorkbookError('file-not-found', file, e);
  }
}
