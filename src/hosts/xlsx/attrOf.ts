import { decodeAttr } from './decodeXml';

/** The decoded value of one attribute in a tag's raw attribute text, or undefined; the name is matched exactly. */
export function attrOf(attrs: string, name: string): string | undefined {
  const raw = rawAttrOf(attrs, name);
  return raw === undefined ? undefined : decodeAttr(raw);
}

// Whether the last attribute text seen is plain (see below): a cell's r, t and s are asked of the same text in turn.
let lastAttrs = '';
let lastPlain = false;

/** The raw (undecoded) value of one attribute, for values that never hold entities such as numbers and cell refs. */
export function rawAttrOf(attrs: string, name: string): string | undefined {
  if (attrs !== lastAttrs) {
    lastAttrs = attrs;
    lastPlain = attrs.indexOf("'") < 0 && !/[\t\n\r]| =|= /.test(attrs);
  }
  // Fast path: with only spaces between attributes and only "…" values, ` name="` can only start that attribute.
  if (lastPlain) {
    const at = attrs.indexOf(` ${name}="`);
    if (at < 0) return attrs.startsWith(`${name}="`) ? attrs.slice(name.length + 2, attrs.indexOf('"', name.length + 2)) : undefined;
    const from = at + name.length + 3;
    return attrs.slice(from, attrs.indexOf('"', from));
  }
  const n = attrs.length;
  let k = 0;
  while (k < n) {
    while (k < n && attrs.charCodeAt(k) <= 32) k++;
    const start = k;
    while (k < n && attrs[k] !== '=' && attrs.charCodeAt(k) > 32) k++;
    const key = attrs.slice(start, k);
    while (k < n && attrs.charCodeAt(k) <= 32) k++;
    if (attrs[k] !== '=') return undefined;
    k++;
    while (k < n && attrs.charCodeAt(k) <= 32) k++;
    const q = attrs[k];
    if (q !== '"' && q !== "'") return undefined;
    const end = attrs.indexOf(q, k + 1);
    if (end < 0) return undefined;
    if (key === name) return attrs.slice(k + 1, end);
    k = end + 1;
  }
  return undefined;
}
