import { attrOf } from './attrOf';
import { BUILTIN_FORMATS } from './builtinFormats';
import { isDateFormat } from './serials';
import { scanXml } from './scanXml';

/** Each cell style (`s` index) as a grid needs it: its number format (none for General) and whether it shows a date. */
export interface CellStyles {
  fmt: (string | undefined)[];
  date: boolean[];
}

/**
 * Reads xl/styles.xml: the custom number formats and the cell formats (`cellXfs`), each turned into its format code.
 * A custom code loses its backslash escapes ("\-" reads "-"), as exceljs reads it.
 */
export function readStyles(xml: string): CellStyles {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  // Only <numFmts> defines the cells' formats: a conditional format's <dxf> may reuse an id for its own format.
  let inNumFmts = false;
  scanXml(xml, {
    open(tag, attrs) {
      if (tag === 'numFmts') inNumFmts = true;
      else if (tag === 'numFmt' && inNumFmts) {
        const id = parseInt(attrOf(attrs, 'numFmtId') ?? '', 10);
        const code = attrOf(attrs, 'formatCode');
        if (code !== undefined) custom.set(id, code.replace(/\\(.)/g, '$1'));
      } else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) ids.push(parseInt(attrOf(attrs, 'numFmtId') ?? '', 10));
    },
    text() {},
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
      else if (tag === 'numFmts') inNumFmts = false;
    },
  });
  const fmt = ids.map((id) => {
    // Id 0 (and a missing id) is General.
    const code = id ? (custom.get(id) ?? BUILTIN_FORMATS[id]) : undefined;
    return code && code !== 'General' ? code : undefined;
  });
  return { fmt, date: fmt.map(isDateFormat) };
}
