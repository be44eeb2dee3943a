/** What the scanner reports, element by element; names are local names (a namespace prefix such as `x:` is dropped). */
export interface XmlHandler {
  /** An opening tag; `attrs` is its raw attribute text, to be read with attrOf. `empty` for a tag such as `<c/>`. */
  open(name: string, attrs: string, empty: boolean): void;
  /** Raw character data between tags (entities not yet decoded); `cdata` for the literal text of a CDATA section. */
  text(raw: string, cdata: boolean): void;
  /** A closing tag (also sent after an empty tag's open). */
  close(name: string): void;
}

/** XML the scanner cannot read: a tag left open, a closing tag that does not match, an unknown entity. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

/**
 * Scans one XML part and calls the handler for each tag and run of text; throws XmlError on XML that is not
 * well-formed in its nesting. Comments, processing instructions and a DOCTYPE are passed over.
 */
export function scanXml(xml: string, h: XmlHandler): void {
  const stack: string[] = [];
  const locals: string[] = [];
  let roots = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (stack.length) h.text(xml.slice(i), false);
      break;
    }
    if (lt > i && stack.length) h.text(xml.slice(i, lt), false);
    const c = xml.charCodeAt(lt + 1);
    if (c === QUESTION) {
      i = after(xml, '?>', lt);
    } else if (c === BANG) {
      if (xml.startsWith('<!--', lt)) i = after(xml, '-->', lt);
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        if (end < 0 || !stack.length) throw new XmlError('unterminated CDATA section');
        h.text(xml.slice(lt + 9, end), true);
        i = end + 3;
      } else i = after(xml, '>', lt); // <!DOCTYPE …>
    } else if (c === SLASH) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlError('unterminated closing tag');
      const top = stack.pop();
      // The usual case, </c> right after its <c …>, is compared in place: no string is cut for it.
      if (top === undefined || gt !== lt + 2 + top.length || !xml.startsWith(top, lt + 2)) {
        const name = xml.slice(lt + 2, gt).trim();
        if (top !== name) throw new XmlError(`unexpected closing tag </${name}>`);
      }
      h.close(locals.pop() as string);
      i = gt + 1;
    } else {
      const gt = tagEnd(xml, lt + 1);
      const empty = xml.charCodeAt(gt - 1) === SLASH;
      const body = lt + 1;
      const stop = empty ? gt - 1 : gt;
      let k = body;
      while (k < stop && !isSpace(xml.charCodeAt(k))) k++;
      const name = xml.slice(body, k);
      if (!name) throw new XmlError('a tag without a name');
      if (!stack.length && roots++ > 0) throw new XmlError('more than one root element');
      const attrs = k < stop ? xml.slice(k, stop) : '';
      const ln = local(name);
      h.open(ln, attrs, empty);
      if (empty) h.close(ln);
      else {
        stack.push(name);
        locals.push(ln);
      }
      i = gt + 1;
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1]}> is never closed`);
  if (!roots) throw new XmlError('no root element');
}

/** The position just after the next `end` from `from`. */
function after(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw new XmlError(`unterminated markup, ${end} missing`);
  return at + end.length;
}

/** The position of the `>` that ends the tag starting at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  for (let k = from; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (c === GT) return k;
    if (c === QUOTE || c === APOS) {
      const close = xml.indexOf(c === QUOTE ? '"' : "'", k + 1);
      if (close < 0) break;
      k = close;
    } else if (c === LT) break;
  }
  throw new XmlError('unterminated tag');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function local(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
