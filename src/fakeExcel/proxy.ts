import { notLoaded, officeError } from './errors';
import type { FakeContext } from './context';

/** A value to fill in on a proxy when a batch succeeds: [object, property, value]. */
export type Assign = [FakeObject | FakeClientResult<unknown>, string, unknown];

/** One queued command: a property write, a method call, or a load. */
export interface Command {
  /** What it is, e.g. "Range.values" or "Range.load(values)", for the sync log and errors. */
  label: string;
  /** What it sends to Excel, measured for the request payload limit. */
  payload?: unknown;
  /** False for the fake's own bookkeeping (resolving null objects), which fault injection does not count. */
  counted: boolean;
  /** Applies the command to the workbook state; returns the values it loads. Throws OfficeError on failure. */
  apply(): Assign[] | void;
}

/** What load() accepts: "a,b/c", ["a", "b/c"], { select: "a,b" }, or { a: true, b: { c: true } }. */
export type LoadSpec = string | string[] | { [key: string]: unknown };

/** Turns a load argument into property paths, each split at "/". */
export function loadPaths(spec: LoadSpec | undefined): string[][] {
  if (spec === undefined) return [];
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => s.split('/').map((p) => p.trim()));
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec.select === 'string') return loadPaths(spec.select);
  const out: string[][] = [];
  for (const [k, v] of Object.entries(spec)) {
    if (k === '$all' || v === false || v === undefined) continue;
    if (v && typeof v === 'object') for (const p of loadPaths(v as LoadSpec)) out.push([k, ...p]);
    else out.push([k]);
  }
  return out;
}

/**
 * The base of every fake proxy. Writes and calls are queued on the context; load() queues a read; values appear only
 * after a successful sync. Reading a property that was not loaded (or was written since) throws PropertyNotLoaded.
 */
export abstract class FakeObject {
  private readonly loadedProps = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    /** The request context the proxy belongs to. */
    readonly context: FakeContext,
    /** The Office.js class name, e.g. "Range", used in error locations. */
    readonly typeName: string,
    /** Whether it came from an *OrNullObject method. */
    private readonly nullable = false,
  ) {
    if (nullable)
      context.enqueue({
        label: `${typeName}.isNullObject`,
        counted: false,
        apply: () => [[this, 'isNullObject', this.target() === null]],
      });
  }

  /** Resolves the proxy to its state at apply time: null for a missing *OrNullObject item; throws ItemNotFound. */
  abstract target(): unknown;

  /** Reads one scalar property from the resolved state at apply time. */
  protected abstract readProp(prop: string, target: unknown): unknown;

  /** The scalar properties load() with no argument reads. */
  protected abstract scalarProps(): string[];

  /** A navigation property (format, fill, protection…) as a child proxy; undefined when there is none of that name. */
  protected child(_prop: string): FakeObject | undefined {
    return undefined;
  }

  /** Minimum ExcelApi versions of properties above 1.1, checked when they are loaded or set. */
  protected propVersions(): Record<string, string> {
    return {};
  }

  /** The paths load() with no argument (or "items") reads: every scalar property. */
  defaultPaths(): string[][] {
    return this.scalarProps().map((p) => [p]);
  }

  /** Throws ApiNotFound at once for a loaded property above the host's ExcelApi version. */
  checkLoad(paths: string[][]): void {
    for (const [head, ...rest] of paths) {
      const v = this.propVersions()[head];
      if (v) this.require(v, head);
      if (rest.length) this.child(head)?.checkLoad([rest]);
    }
  }

  /** True after sync when an *OrNullObject method found nothing; needs no load. */
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw notLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  /** Queues loading properties; returns the proxy. */
  load(spec?: LoadSpec): this {
    const paths = spec === undefined ? this.defaultPaths() : loadPaths(spec);
    this.checkLoad(paths);
    this.context.enqueue({
      label: `${this.typeName}.load(${paths.map((p) => p.join('/')).join(',')})`,
      counted: true,
      apply: () => {
        const out: Assign[] = [];
        this.collect(paths, out);
        return out;
      },
    });
    return this;
  }

  /** Keeps the proxy across batches; a no-op in the fake. */
  track(): this {
    return this;
  }
  /** Releases a tracked proxy; a no-op in the fake. */
  untrack(): this {
    return this;
  }

  /** The loaded properties as a plain object. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProps);
  }

  /** Reads the values of property paths at apply time, into assignments made when the batch succeeds. */
  collect(paths: string[][], out: Assign[]): void {
    const t = this.target();
    if (this.nullable) out.push([this, 'isNullObject', t === null]);
    if (t === null) return;
    const children = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) {
      if (rest.length === 0 && this.scalarProps().includes(head)) {
        out.push([this, head, this.readProp(head, t)]);
        continue;
      }
      if (!this.child(head)) throw officeError('InvalidArgument', `${this.typeName}.load`, `unknown property ${head}`);
      const list = children.get(head) ?? [];
      list.push(rest.length ? rest : []);
      children.set(head, list);
    }
    for (const [head, list] of children) {
      const c = this.child(head) as FakeObject;
      const sub = list.some((p) => p.length === 0) ? [...c.defaultPaths(), ...list.filter((p) => p.length)] : list;
      c.collect(sub, out);
    }
  }

  /** Fills in a loaded value (called when a batch succeeds). */
  assign(prop: string, value: unknown): void {
    if (prop === 'isNullObject') this.nullState = value as boolean;
    else this.loadedProps.set(prop, value);
  }

  /** A loaded property's value; throws PropertyNotLoaded when it was not loaded and synced. */
  protected loaded<T>(prop: string): T {
    if (!this.loadedProps.has(prop)) throw notLoaded(this.typeName, prop);
    return this.loadedProps.get(prop) as T;
  }

  /** Queues a property write; a value loaded before is forgotten, so it cannot be read as if loaded. */
  protected queueSet(prop: string, payload: unknown, apply: () => void): void {
    const v = this.propVersions()[prop];
    if (v) this.require(v, prop);
    this.loadedProps.delete(prop);
    this.context.enqueue({ label: `${this.typeName}.${prop}`, payload, counted: true, apply });
  }

  /** Queues a method call. */
  protected queueCall(method: string, payload: unknown, apply: () => Assign[] | void): void {
    this.context.enqueue({ label: `${this.typeName}.${method}`, payload, counted: true, apply });
  }

  /** Throws ApiNotFound at once when the host's ExcelApi version is below `version`. */
  protected require(version: string, member: string): void {
    this.context.fake.requireApi(version, `${this.typeName}.${member}`);
  }

  /** The target of a proxy for a write: a null object cannot be written to. */
  live<T>(): T {
    const t = this.target();
    if (t === null) throw officeError('ItemNotFound', this.typeName);
    return t as T;
  }
}

/**
 * A proxy for one item (a range, a sheet, a table, a name…): bound to the state `locate` finds at the first sync that
 * uses it, so a rename keeps it valid, and ItemNotFound from then on once `gone` reports that state removed.
 */
export abstract class FakeItem<T> extends FakeObject {
  private bound?: T | null;

  constructor(
    context: FakeContext,
    typeName: string,
    private readonly locate: () => T | null,
    nullable = false,
  ) {
    super(context, typeName, nullable);
  }

  /** Why the bound state no longer exists, or null while it does. */
  protected abstract gone(t: T): string | null;

  target(): T | null {
    if (this.bound === undefined) this.bound = this.locate();
    const why = this.bound ? this.gone(this.bound) : null;
    if (why) throw officeError('ItemNotFound', this.typeName, why);
    return this.bound;
  }
}

/** A method's result (getCount(), getCellProperties()…): `value` is readable after sync. */
export class FakeClientResult<T> {
  private loaded = false;
  private v: T | undefined;

  /** The result; throws PropertyNotLoaded before the sync that computes it. */
  get value(): T {
    if (!this.loaded) throw notLoaded('ClientResult', 'value');
    return this.v as T;
  }

  /** Fills in the result (called when a batch succeeds). */
  assign(_prop: string, value: unknown): void {
    this.loaded = true;
    this.v = value as T;
  }
}

/** Queues a method returning a ClientResult computed at apply time. */
export function clientResult<T>(context: FakeContext, label: string, payload: unknown, compute: () => T): FakeClientResult<T> {
  const r = new FakeClientResult<T>();
  context.enqueue({ label, payload, counted: true, apply: () => [[r, 'value', compute()]] });
  return r;
}
