import type ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { WriteRefusedError } from '../../core/errors';
import { realPath } from '../realPath';

/**
 * Writes a workbook to a new file atomically: a temporary file in the same folder, then a rename,
 * so an interrupted run never leaves a half-written workbook. Refuses to write over any of the run's inputs.
 */
export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, target: string, inputs: readonly string[]): Promise<void> {
  refuseInputs(target, inputs);
  let buffer: Buffer;
  try {
    buffer = Buffer.from(await wb.xlsx.writeBuffer());
  } catch (e) {
    throw new WriteRefusedError('write-unserialisable', target, e);
  }
  writeFileAtomic(buffer, target, inputs);
}

/** Writes bytes or text to a new file atomically (a temporary file, then a rename), never over one of the run's inputs. */
export function writeFileAtomic(content: Uint8Array | string, target: string, inputs: readonly string[]): void {
  refuseInputs(target, inputs);
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing to remove: the folder itself could not be made (ENOTDIR under a regular file).
    }
    throw new WriteRefusedError('write-failed', target, e);
  }
}

/** Refuses a target that is one of the run's inputs, or a link to one (WriteRefusedError). */
export function refuseInputs(target: string, inputs: readonly string[]): void {
  const real = realPath(target);
  const input = inputs.find((i) => realPath(i) === real);
  if (input !== undefined) throw new WriteRefusedError('write-refused', input);
}
