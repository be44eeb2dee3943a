import { decodeEscapes, decodeXml } from './decodeXml';
import { scanXml } from './scanXml';

/**
 * Reads xl/sharedStrings.xml into its strings: plain text, or rich-text runs joined; phonetic runs (`<rPh>`, the
 * reading of Japanese text) are left out, whitespace is kept as written, and `_xHHHH_` escapes are decoded per `<t>`.
 */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let depthInPh = 0;
  let inT = false;
  let t = '';
  let si = '';
  scanXml(xml, {
    open(tag, _attrs, empty) {
      if (tag === 'si') si = '';
      else if (tag === 'rPh') depthInPh++;
      else if (tag === 't' && !depthInPh && !empty) {
        inT = true;
        t = '';
      }
    },
    text(raw, cdata) {
      if (inT) t += cdata ? raw : decodeXml(raw);
    },
    close(tag) {
      if (tag === 't' && inT) {
        si += decodeEscapes(t);
        inT = false;
      } else if (tag === 'rPh') depthInPh--;
      else if (tag === 'si') out.push(si);
    },
  });
  return out;
}
