import { attrOf } from './attrOf';
import { scanXml } from './scanXml';

/** One relationship of a part: its type (the last segment of the type URI) and the target's path in the zip. */
export interface Rel {
  type: string;
  path: string;
}

/** Reads a .rels part into relationships by id; targets are resolved against `base` (the folder of the source part). */
export function readRels(xml: string, base: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  scanXml(xml, {
    open(tag, attrs) {
      if (tag !== 'Relationship' || attrOf(attrs, 'TargetMode') === 'External') return;
      const id = attrOf(attrs, 'Id');
      const target = attrOf(attrs, 'Target');
      const type = attrOf(attrs, 'Type') ?? '';
      if (id !== undefined && target !== undefined)
        out.set(id, { type: type.slice(type.lastIndexOf('/') + 1), path: resolvePath(base, target) });
    },
    text() {},
    close() {},
  });
  return out;
}

/** A zip path from a relationship target: absolute ("/xl/worksheets/sheet1.xml") or relative to `base` ("xl/"). */
export function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
