import { FakeCollection } from './collection';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { FakeItem } from './proxy';

/** A stored setting: its key and a JSON-serialisable value. */
interface SettingTarget {
  key: string;
}

/** A JSON copy of a value; InvalidArgument when it cannot be serialised. */
function jsonCopy(v: unknown, where: string): unknown {
  try {
    const s = JSON.stringify(v);
    if (s === undefined) throw new Error('undefined');
    return JSON.parse(s);
  } catch {
    throw officeError('InvalidArgument', where, 'a setting value must be JSON-serialisable');
  }
}

/** The fake Excel.Setting (ExcelApi 1.4): key, value, delete(). */
export class FakeSetting extends FakeItem<SettingTarget> {
  constructor(context: FakeContext, locate: () => SettingTarget | null, nullable = false) {
    super(context, 'Setting', locate, nullable);
  }
  protected gone(t: SettingTarget): string | null {
    return this.context.fake.state.settings.has(t.key) ? null : 'the setting was deleted';
  }
  /** The key. */
  get key(): string {
    return this.loaded('key');
  }
  /** The value, as stored (a JSON copy). */
  get value(): any {
    return this.loaded('value');
  }
  set value(v: any) {
    this.queueSet('value', v, () => {
      const t = this.live<SettingTarget>();
      this.context.fake.state.mapSet(this.context.fake.state.settings, t.key, jsonCopy(v, 'Setting.value'));
    });
  }
  /** Deletes the setting. */
  delete(): void {
    this.queueCall('delete', null, () =>
      this.context.fake.state.mapSet(this.context.fake.state.settings, this.live<SettingTarget>().key, undefined),
    );
  }
  protected scalarProps(): string[] {
    return ['key', 'value'];
  }
  protected readProp(prop: string, t: unknown): unknown {
    const { key } = t as SettingTarget;
    return prop === 'key' ? key : jsonCopy(this.context.fake.state.settings.get(key), 'Setting.value');
  }
}

/** The fake Excel.SettingCollection (ExcelApi 1.4). */
export class FakeSettingCollection extends FakeCollection<FakeSetting, SettingTarget> {
  constructor(context: FakeContext) {
    super(context, 'SettingCollection');
  }
  protected list(): SettingTarget[] {
    return [...this.context.fake.state.settings.keys()].map((key) => ({ key }));
  }
  protected make(locate: () => SettingTarget | null, nullable = false): FakeSetting {
    return new FakeSetting(this.context, locate, nullable);
  }
  /** Adds or replaces a setting. */
  add(key: string, value: unknown): FakeSetting {
    this.queueCall('add', { key, value }, () => {
      if (typeof key !== 'string' || key === '') throw officeError('InvalidArgument', 'SettingCollection.add');
      this.context.fake.state.mapSet(this.context.fake.state.settings, key, jsonCopy(value, 'SettingCollection.add'));
    });
    return new FakeSetting(this.context, () => ({ key }));
  }
  /** A setting; ItemNotFound at sync. */
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, () => {
      if (!this.context.fake.state.settings.has(key)) throw officeError('ItemNotFound', 'SettingCollection.getItem', key);
      return { key };
    });
  }
  /** A setting, or a null object. */
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => (this.context.fake.state.settings.has(key) ? { key } : null), true);
  }
}
