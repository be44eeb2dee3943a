import type { UnkeptPart } from '../core';
import { UnreadableWorkbookError } from '../core/errors';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const ZIP = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const CFB = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
// "EncryptionInfo" as UTF-16LE, the name of an encrypted package's stream.
const ENCRYPTION_INFO = Uint8Array.from([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

/**
 * Throws UnreadableWorkbookError naming `name` when the bytes cannot be an .xlsx (or .xlsm) file: a password-protected
 * workbook, a legacy .xls, or anything that is not a zip. Whether the zip holds a workbook is the reader's to find.
 */
export function assertZipWorkbook(bytes: Uint8Array, name: string): void {
  if (startsWith(bytes, CFB)) {
    // Both a password-protected .xlsx and a legacy .xls are OLE compound files; only the first has EncryptionInfo.
    throw new UnreadableWorkbookError(contains(bytes, ENCRYPTION_INFO) ? 'encrypted' : 'legacy-xls', name);
  }
  if (!startsWith(bytes, ZIP)) throw new UnreadableWorkbookError('not-xlsx', name);
}

// Part names are stored uncompressed in a zip's headers, so the file's bytes show which parts it has.
const UNKEPT: [UnkeptPart, Uint8Array][] = [
  ['macros', ascii('xl/vbaProject.bin')],
  ['charts', ascii('xl/charts/')],
  ['pivot-tables', ascii('xl/pivotTables/')],
  ['slicers', ascii('xl/slicers/')],
  ['threaded-comments', ascii('xl/threadedComments/')],
  ['embedded-objects', ascii('xl/embeddings/')],
  ['form-controls', ascii('xl/ctrlProps/')],
  ['drawings', ascii('xl/drawings/drawing')],
];

/** The parts of an .xlsx file that exceljs does not write back: macros, charts, pivot tables, slicers, comments' threads … */
export function unkeptParts(bytes: Uint8Array): UnkeptPart[] {
  return UNKEPT.filter(([, part]) => contains(bytes, part)).map(([kind]) => kind);
}

function startsWith(bytes: Uint8Array, head: Uint8Array): boolean {
  return bytes.length >= head.length && head.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}
