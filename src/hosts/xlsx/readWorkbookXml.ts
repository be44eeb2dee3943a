import { attrOf } from './attrOf';
import { decodeXml } from './decodeXml';
import { scanXml } from './scanXml';

/** What workbook.xml says: the sheets in order, the date system and the defined names. */
export interface WorkbookXml {
  sheets: { name: string; rId: string }[];
  /** True when serial numbers count from 1904 (a workbook made on an old Mac). */
  date1904: boolean;
  definedNames: { name: string; text: string }[];
}

/** Reads xl/workbook.xml: every sheet (hidden ones too) in tab order, `date1904` and the defined names. */
export function readWorkbookXml(xml: string): WorkbookXml {
  const out: WorkbookXml = { sheets: [], date1904: false, definedNames: [] };
  let name: string | null = null;
  let text = '';
  scanXml(xml, {
    open(tag, attrs) {
      if (tag === 'sheet') {
        const rId = relId(attrs);
        const sheetName = attrOf(attrs, 'name');
        if (rId !== undefined && sheetName !== undefined) out.sheets.push({ name: sheetName, rId });
      } else if (tag === 'workbookPr') {
        const v = attrOf(attrs, 'date1904');
        out.date1904 = v === '1' || v === 'true';
      } else if (tag === 'definedName') {
        name = attrOf(attrs, 'name') ?? '';
        text = '';
      }
    },
    text(raw, cdata) {
      if (name !== null) text += cdata ? raw : decodeXml(raw);
    },
    close(tag) {
      if (tag === 'definedName' && name !== null) {
        out.definedNames.push({ name, text });
        name = null;
      }
    },
  });
  return out;
}

/** The relationship id of a tag (`r:id`, whatever the prefix of the relationships namespace). */
export function relId(attrs: string): string | undefined {
  const m = /(?:^|\s)[A-Za-z_][\w.-]*:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}
