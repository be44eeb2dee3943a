import type { FakeContext } from './context';
import { clientResult, FakeObject, type Assign, type FakeClientResult } from './proxy';

/**
 * The base of the fake collections (worksheets, names, settings, notes…): `items` after load('items/…'), getCount().
 * Loading "name" on a collection means "items/name", as in Office.js.
 */
export abstract class FakeCollection<P extends FakeObject, S> extends FakeObject {
  constructor(context: FakeContext, typeName: string) {
    super(context, typeName);
  }

  /** The collection's members at apply time. */
  protected abstract list(): S[];

  /** A member's proxy, bound at apply time to what `locate` finds (null: none, or a null object when `nullable`). */
  protected abstract make(locate: () => S | null, nullable?: boolean): P;

  /** The loaded members; throws PropertyNotLoaded before load('items…') and sync. */
  get items(): P[] {
    return this.loaded<P[]>('items');
  }

  /** The number of members, after sync. */
  getCount(): FakeClientResult<number> {
    return clientResult(this.context, `${this.typeName}.getCount`, null, () => this.list().length);
  }

  /** A collection itself always exists. */
  target(): S[] {
    return this.list();
  }

  protected readProp(): unknown {
    return undefined;
  }

  protected scalarProps(): string[] {
    return [];
  }

  /** Loads items: "items/name", "name" and "items" (all scalar properties of each item) are all accepted. */
  collect(paths: string[][], out: Assign[]): void {
    const proxies = this.list().map((s) => this.make(() => s));
    out.push([this, 'items', proxies]);
    const sub = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const p of proxies) p.collect(sub.length ? sub : p.defaultPaths(), out);
  }

  /** Checks load paths against an item's properties (for requirement sets). */
  checkLoad(paths: string[][]): void {
    // A proxy bound to nothing is enough to tell which properties items have.
    this.make(() => null).checkLoad(paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0));
  }
}
