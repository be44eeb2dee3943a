import fs from 'node:fs';
import path from 'node:path';

/** A path with its links resolved, or resolved as written when it does not exist (yet): what two paths are compared by. */
export function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
