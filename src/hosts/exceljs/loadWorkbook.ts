import fs from 'node:fs';
import { UnreadableWorkbookError } from '../../core/errors';
import { loadBytes, type LoadedWorkbook } from './loadBytes';

export type { LoadedWorkbook } from './loadBytes';

/** Reads an .xlsx (or .xlsm) file into an exceljs workbook; a file that is not one raises UnreadableWorkbookError. */
export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  return loadBytes(readBytes(file), file);
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
