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

  /** A proxy bound to one member. */
  protected abstract itemProxy(state: S): P;

  /** A proxy for a member, used to read which properties items have. */
  protected abstract sampleItem(): P;

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
    const proxies = this.list().map((s) => this.itemProxy(s));
    out.push([this, 'items', proxies]);
    const sub = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const p of proxies) p.collect(sub.length ? sub : p.defaultPaths(), out);
  }

  /** Checks load paths against an item's properties (for requirement sets). */
  checkLoad(paths: string[][]): void {
    const item = this.sampleItem();
    item.checkLoad(paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0));
  }
}
