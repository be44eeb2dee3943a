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
  return { workbook: wb, unkept: unkeptParts(bytes) };
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
