import { unzipSync } from 'fflate';

const utf8 = new TextDecoder('utf-8');

/**
 * The named parts of a zip as text, inflating only those; a part that is not there is absent from the result. Throws
 * what fflate throws on a zip it cannot read (a truncated file, a bad header).
 */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  const files = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) out.set(name, utf8.decode(data));
  return out;
}
