import { readFileBytes } from '../readFileBytes';
import { loadBytes, type LoadedWorkbook } from './loadBytes';

export type { LoadedWorkbook } from './loadBytes';

/** Reads an .xlsx (or .xlsm) file into an exceljs workbook; a file that is not one raises UnreadableWorkbookError. */
export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  return loadBytes(readFileBytes(file), file);
}
