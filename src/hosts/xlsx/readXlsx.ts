import type { UnkeptPart } from '../../core';
import { splitSheetRef } from '../../core';
import type { Grid } from '../../core/grid/grid';
import { UnreadableWorkbookError } from '../../core/errors';
import { assertZipWorkbook, unkeptParts } from '../fileKind';
import { SUMMARY_MARKER } from '../summaryMarker';
import { readRels, type Rel } from './readRels';
import { readSharedStrings } from './readSharedStrings';
import { readSheet } from './readSheet';
import { readStyles, type CellStyles } from './readStyles';
import { readWorkbookXml, type WorkbookXml } from './readWorkbookXml';
import { unzipParts } from './unzipParts';

/** A workbook read straight from its file's XML: its sheets as grids, the tool's own summary sheet, the parts a copy would lose. */
export interface XlsxForms {
  grids: Grid[];
  /** The summary sheet this tool wrote into the workbook before (passed over by the analysis), or null. */
  own: string | null;
  unkept: UnkeptPart[];
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const NO_STYLES: CellStyles = { fmt: [], date: [] };

/**
 * Reads the bytes of an .xlsx (or .xlsm) file into the engine's grids without exceljs: the same grids as exceljs and
 * the grid adapter give, but for the differences docs/decisions.md lists. Bytes that are not a workbook raise
 * UnreadableWorkbookError naming `name`, with the kinds loadBytes uses.
 */
export function readXlsx(bytes: Uint8Array, name: string): XlsxForms {
  assertZipWorkbook(bytes, name);
  try {
    return { ...formsOf(bytes), unkept: unkeptParts(bytes) };
  } catch (e) {
    throw new UnreadableWorkbookError('corrupt', name, e);
  }
}

function formsOf(bytes: Uint8Array): { grids: Grid[]; own: string | null } {
  const head = unzipParts(bytes, (n) => n === WORKBOOK || n === WORKBOOK_RELS);
  const workbookXml = head.get(WORKBOOK);
  if (workbookXml === undefined) throw new Error(`no ${WORKBOOK}`);
  const book = readWorkbookXml(workbookXml);
  const rels = readRels(head.get(WORKBOOK_RELS) ?? '<Relationships/>', 'xl/');
  const sheets = sheetParts(book, rels);
  const strings = partOf(rels, 'sharedStrings') ?? 'xl/sharedStrings.xml';
  const styles = partOf(rels, 'styles') ?? 'xl/styles.xml';
  const key = (part: string) => part.toLowerCase();
  const wanted = new Set([strings, styles, ...sheets.map((s) => s.path)].map(key));
  const parts = unzipParts(bytes, (n) => wanted.has(n));
  const stringsXml = parts.get(key(strings));
  const stylesXml = parts.get(key(styles));
  const ctx = {
    strings: stringsXml === undefined ? [] : readSharedStrings(stringsXml),
    styles: stylesXml === undefined ? NO_STYLES : readStyles(stylesXml),
    date1904: book.date1904,
  };
  const grids: Grid[] = [];
  for (const s of sheets) {
    const xml = parts.get(key(s.path));
    // A sheet whose part is missing is left out, as exceljs leaves it out.
    if (xml !== undefined) grids.push(readSheet(xml, s.name, ctx));
  }
  if (grids.length === 0) throw new Error('no worksheet');
  return { grids, own: ownSummarySheet(book, grids) };
}

/** The worksheets in tab order with their parts; chart sheets and dialog sheets hold no cells and are left out. */
function sheetParts(book: WorkbookXml, rels: Map<string, Rel>): { name: string; path: string }[] {
  const out: { name: string; path: string }[] = [];
  for (const s of book.sheets) {
    const rel = rels.get(s.rId);
    if (rel && rel.type === 'worksheet') out.push({ name: s.name, path: rel.path });
  }
  return out;
}

function partOf(rels: Map<string, Rel>, type: string): string | undefined {
  for (const rel of rels.values()) if (rel.type === type) return rel.path;
  return undefined;
}

/** The summary sheet this tool wrote before: the sheet its defined name points at, if that sheet is there. */
function ownSummarySheet(book: WorkbookXml, grids: readonly Grid[]): string | null {
  const names = new Set(grids.map((g) => g.name));
  for (const d of book.definedNames) {
    if (d.name !== SUMMARY_MARKER) continue;
    for (const range of d.text.split(/,(?=(?:[^']*'[^']*')*[^']*$)/)) {
      const sheet = splitSheetRef(range.trim())?.sheet;
      if (sheet && names.has(sheet)) return sheet;
    }
  }
  return null;
}
