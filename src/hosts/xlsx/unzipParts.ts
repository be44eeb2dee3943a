import { unzipSync } from 'fflate';

const utf8 = new TextDecoder('utf-8');

/**
 * The named parts of a zip as text, inflating only those; a part that is not there is absent from the result. Part
 * names are compared without case, as the package format has them (a relationship may say Sheet7.xml for sheet7.xml):
 * `wanted` is asked, and the result keyed, in lower case. Throws what fflate throws on a zip it cannot read (a
 * truncated file, a bad header).
 */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  const files = unzipSync(bytes, { filter: (file) => wanted(file.name.toLowerCase()) });
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) out.set(name.toLowerCase(), utf8.decode(data));
  return out;
}
