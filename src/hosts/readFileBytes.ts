import fs from 'node:fs';
import { UnreadableWorkbookError } from '../core/errors';

/** Reads a file's bytes; a missing file or a folder raises UnreadableWorkbookError naming it. */
export function readFileBytes(file: string): Buffer {
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
