import fs from 'node:fs';
import path from 'node:path';
import { realPath } from '../hosts/realPath';
import { COPIES_FOLDER } from './args';

/**
 * The workbooks of a run: the files given, and the .xlsx and .xlsm files found in the folders given, with the legacy .xls
 * files among them, which are reported as unreadable (save as .xlsx) rather than passed over in silence.
 */
export interface Inputs {
  files: string[];
  /** Folders given that hold no workbook at all: said on stderr, so that a wrong folder is noticed. */
  empty: string[];
  /** Folders of copies found in the search (selfeval-out) and passed over: said on stderr. */
  passed: string[];
}

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
// Names that look like workbooks but are not a submission: Excel's lock file of an open workbook (~$报表.xlsx), and the
// temporary file a write of this tool leaves only when it is interrupted (.报表.xlsx.1234.tmp does not match anyway).
const NOT_A_SUBMISSION = /^~\$/;
// Numbers in names in their numeric order ("第2张" before "第10张"), Chinese by pinyin, as a reviewer sorts a folder.
const ORDER = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Expands the command line's FILE and DIR arguments: a file is taken as given (a wrong one is reported as unreadable),
 * a folder is searched recursively. Files found in a folder come in a stable order: by path, folder by folder. A file
 * reached twice (given twice, or inside a folder also given) is checked once. The search passes over the copies' folder
 * a run writes (`outputs`), and over the consolidated workbooks and reports this tool wrote (`isOwn`): a second run must
 * not check the first one's output.
 */
export function inputFiles(
  args: readonly string[],
  outputs: readonly string[] = [],
  isOwn: (file: string) => boolean = () => false,
): Inputs {
  const files: string[] = [];
  const empty: string[] = [];
  const passed: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = realPath(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    if (!isDirectory(arg)) {
      add(arg);
      continue;
    }
    const found = workbooksIn(arg, new Set([realPath(arg), ...outputs.map(realPath)]), passed).filter((f) => !isOwn(f));
    if (!found.length) empty.push(arg);
    found.forEach(add);
  }
  return { files, empty, passed };
}

function workbooksIn(dir: string, visited: Set<string>, passed: string[]): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    // A folder that cannot be listed (no permission) holds nothing this run can read.
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => ORDER.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    // A link back to a folder already searched would loop for ever; an output is not an input.
    const real = realPath(p);
    if (visited.has(real)) continue;
    const stat = statOf(p);
    if (stat?.isDirectory()) {
      visited.add(real);
      // The copies an earlier `check --fill` wrote are the submissions again, marked: checked, they would count twice.
      if (e.name === COPIES_FOLDER) passed.push(p);
      else out.push(...workbooksIn(p, visited, passed));
    } else if ((!stat || stat.isFile()) && WORKBOOK.test(e.name) && !NOT_A_SUBMISSION.test(e.name)) {
      // A link to nowhere is reported as a missing file; a pipe or a device would block the run, and is no workbook.
      out.push(p);
    }
  }
  return out;
}

function isDirectory(p: string): boolean {
  return !!statOf(p)?.isDirectory();
}

/** What a path is, links followed; undefined for a dangling link. */
function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
