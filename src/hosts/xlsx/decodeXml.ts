import { XmlError } from './scanXml';

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes XML character data: the five named entities, decimal and hex character references, and line ends
 * normalised to "\n" as an XML parser does; an unknown entity or a bare "&" raises XmlError.
 */
export function decodeXml(raw: string): string {
  if (raw.indexOf('&') < 0 && raw.indexOf('\r') < 0) return raw;
  const text = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  return text.replace(/&([^;&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`a bare & in ${JSON.stringify(raw.slice(0, 40))}`);
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const digits = ref.slice(hex ? 2 : 1);
      const code = digits && /^[0-9a-fA-F]+$/.test(digits) && (hex || /^\d+$/.test(digits)) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!(code > 0 && code <= 0x10ffff)) throw new XmlError(`bad character reference &${ref};`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined) throw new XmlError(`unknown entity &${ref};`);
    return named;
  });
}

/** Decodes an attribute value: as character data, with literal tabs and line ends read as spaces. */
export function decodeAttr(raw: string): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return decodeXml(spaced);
}

/** Decodes Excel's `_xHHHH_` escapes (upper-case hex, as exceljs reads them) in a string's text. */
export function decodeEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
