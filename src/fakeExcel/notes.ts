import { parseAddress } from './address';
import { FakeCollection } from './collection';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { FakeItem } from './proxy';
import { cellRect } from './cells';
import { FakeRange, type RangeTarget } from './range';
import { cellKey, keyCell, type NoteState, type SheetState } from './state';

/** Notes (ExcelApi 1.18) and threaded comments (1.10) are both one text per cell, stored per sheet. */
type Kind = 'notes' | 'comments';

/** What a note or comment proxy resolves to. */
interface ItemTarget {
  sheet: SheetState;
  key: number;
}

function store(sheet: SheetState, kind: Kind): Map<number, NoteState> {
  return kind === 'notes' ? sheet.notes : sheet.comments;
}

/** The text of note or comment content: a string, or CommentRichContent's richContent. */
function text(content: unknown): string {
  if (content && typeof content === 'object' && 'richContent' in content) return String((content as { richContent: unknown }).richContent);
  return String(content ?? '');
}

/** The shared part of the fake Excel.Note and Excel.Comment. */
abstract class FakeCellItem extends FakeItem<ItemTarget> {
  constructor(
    context: FakeContext,
    typeName: string,
    private readonly kind: Kind,
    locate: () => ItemTarget | null,
    nullable = false,
  ) {
    super(context, typeName, locate, nullable);
  }
  protected gone(t: ItemTarget): string | null {
    return t.sheet.deleted || !store(t.sheet, this.kind).has(t.key) ? 'it was deleted' : null;
  }
  private state(): NoteState {
    const t = this.live<ItemTarget>();
    return store(t.sheet, this.kind).get(t.key) as NoteState;
  }
  /** The text. */
  get content(): string {
    return this.loaded('content');
  }
  set content(content: string) {
    this.queueSet('content', content, () => {
      const t = this.live<ItemTarget>();
      this.context.fake.guardWrite(t.sheet, `${this.typeName}.content`, this.kind === 'notes' ? 'notes' : 'other');
      this.context.fake.state.mapSet(store(t.sheet, this.kind), t.key, { ...this.state(), content: text(content) });
    });
  }
  /** Who wrote it (the fake's authorName). */
  get authorName(): string {
    return this.loaded('authorName');
  }
  /** Deletes it. */
  delete(): void {
    this.queueCall('delete', null, () => {
      const t = this.live<ItemTarget>();
      this.context.fake.guardWrite(t.sheet, `${this.typeName}.delete`, this.kind === 'notes' ? 'notes' : 'other');
      this.context.fake.state.mapSet(store(t.sheet, this.kind), t.key, undefined);
    });
  }
  /** The cell it is on. */
  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.live<ItemTarget>();
      const { row, col } = keyCell(t.key);
      return { sheet: t.sheet, rect: cellRect(row, col) };
    });
  }
  protected scalarProps(): string[] {
    return ['content', 'authorName'];
  }
  protected readProp(prop: string, t: unknown): unknown {
    const { sheet, key } = t as ItemTarget;
    const s = store(sheet, this.kind).get(key) as NoteState;
    return prop === 'content' ? s.content : prop === 'authorName' ? s.author : s.id;
  }
}

/** The fake Excel.Note (ExcelApi 1.18). */
export class FakeNote extends FakeCellItem {
  constructor(context: FakeContext, locate: () => ItemTarget | null, nullable = false) {
    super(context, 'Note', 'notes', locate, nullable);
  }
}

/** The fake Excel.Comment (ExcelApi 1.10): one comment per cell, replies not modelled. */
export class FakeComment extends FakeCellItem {
  constructor(context: FakeContext, locate: () => ItemTarget | null, nullable = false) {
    super(context, 'Comment', 'comments', locate, nullable);
  }
  /** The comment's id. */
  get id(): string {
    return this.loaded('id');
  }
  protected scalarProps(): string[] {
    return ['content', 'authorName', 'id'];
  }
}

/** The shared part of the note and comment collections, of a sheet or (scope null) of the workbook. */
abstract class FakeCellItemCollection<P extends FakeCellItem> extends FakeCollection<P, ItemTarget> {
  constructor(
    context: FakeContext,
    typeName: string,
    protected readonly kind: Kind,
    protected readonly scope: (() => SheetState) | null,
  ) {
    super(context, typeName);
  }

  protected list(): ItemTarget[] {
    const sheets = this.scope ? [this.scope()] : this.context.fake.state.sheets;
    return sheets.flatMap((sheet) => [...store(sheet, this.kind).keys()].sort((a, b) => a - b).map((key) => ({ sheet, key })));
  }
  /** The item at an index (sheets in order, cells row by row). */
  getItemAt(index: number): P {
    return this.make(() => {
      const t = this.list()[index];
      if (!t) throw officeError('ItemNotFound', `${this.typeName}.getItemAt`);
      return t;
    });
  }
  /** Adds one to a single cell; InvalidArgument for several cells or a bare address where a sheet is needed. */
  add(cellAddress: FakeRange | string, content: unknown): P {
    let created: ItemTarget | null = null;
    this.queueCall('add', { cellAddress: typeof cellAddress === 'string' ? cellAddress : '[Range]', content: text(content) }, () => {
      const t = this.cell(cellAddress, 'add');
      this.context.fake.guardWrite(t.sheet, `${this.typeName}.add`, this.kind === 'notes' ? 'notes' : 'other');
      const map = store(t.sheet, this.kind);
      if (map.has(t.key)) throw officeError('ItemAlreadyExists', `${this.typeName}.add`);
      // Excel shows a cell's note or its comment thread, never both; the docs are silent, so the fake refuses.
      if (store(t.sheet, this.kind === 'notes' ? 'comments' : 'notes').has(t.key))
        throw officeError('InvalidOperation', `${this.typeName}.add`, 'the cell already has a note or a comment');
      const wb = this.context.fake.state;
      const item: NoteState = { content: text(content), author: this.context.fake.authorName };
      if (this.kind === 'comments') item.id = wb.newId('comment');
      wb.mapSet(map, t.key, item);
      created = t;
    });
    return this.make(() => {
      if (!created) throw officeError('ItemNotFound', `${this.typeName}.add`);
      return created;
    });
  }
  /** The item on a cell, or null. */
  protected onCell(cellAddress: FakeRange | string, what: string): ItemTarget | null {
    const t = this.cell(cellAddress, what);
    return store(t.sheet, this.kind).has(t.key) ? t : null;
  }
  /** Resolves a cell argument; comments and workbook-level notes need the sheet in a string address. */
  private cell(cellAddress: FakeRange | string, what: string): ItemTarget {
    const where = `${this.typeName}.${what}`;
    let target: RangeTarget;
    if (typeof cellAddress === 'string') {
      const p = parseAddress(cellAddress);
      const needsSheet = this.kind === 'comments' || !this.scope;
      if (!p || (needsSheet && !p.sheet)) throw officeError('InvalidArgument', where, `${cellAddress} (give the sheet name, or a Range)`);
      const sheet = p.sheet ? this.context.fake.state.sheet(p.sheet) : (this.scope as () => SheetState)();
      if (!sheet) throw officeError('InvalidArgument', where, cellAddress);
      if (this.scope && p.sheet && sheet !== this.scope())
        throw officeError('InvalidArgument', where, `${cellAddress} is on another sheet`);
      target = { sheet, rect: p.rect };
    } else target = cellAddress.live<RangeTarget>();
    const r = target.rect;
    if (r.top !== r.bottom || r.left !== r.right) throw officeError('InvalidArgument', where, 'a single cell is required');
    return { sheet: target.sheet, key: cellKey(r.top, r.left) };
  }
}

/** The fake Excel.NoteCollection (ExcelApi 1.18). */
export class FakeNoteCollection extends FakeCellItemCollection<FakeNote> {
  constructor(context: FakeContext, scope: (() => SheetState) | null) {
    super(context, 'NoteCollection', 'notes', scope);
  }
  protected make(locate: () => ItemTarget | null, nullable = false): FakeNote {
    return new FakeNote(this.context, locate, nullable);
  }
  /** The note on a cell; ItemNotFound at sync when there is none. */
  getItem(cellAddress: FakeRange | string): FakeNote {
    return this.make(() => {
      const t = this.onCell(cellAddress, 'getItem');
      if (!t) throw officeError('ItemNotFound', 'NoteCollection.getItem', String(cellAddress));
      return t;
    });
  }
  /** The note on a cell, or a null object. */
  getItemOrNullObject(cellAddress: FakeRange | string): FakeNote {
    return this.make(() => this.onCell(cellAddress, 'getItemOrNullObject'), true);
  }
}

/** The fake Excel.CommentCollection (ExcelApi 1.10). */
export class FakeCommentCollection extends FakeCellItemCollection<FakeComment> {
  constructor(context: FakeContext, scope: (() => SheetState) | null) {
    super(context, 'CommentCollection', 'comments', scope);
  }
  protected make(locate: () => ItemTarget | null, nullable = false): FakeComment {
    return new FakeComment(this.context, locate, nullable);
  }
  /** The comment on a cell; ItemNotFound at sync when there is none (there is no OrNullObject form). */
  getItemByCell(cellAddress: FakeRange | string): FakeComment {
    return this.make(() => {
      const t = this.onCell(cellAddress, 'getItemByCell');
      if (!t) throw officeError('ItemNotFound', 'CommentCollection.getItemByCell', String(cellAddress));
      return t;
    });
  }
  /** A comment by id; ItemNotFound at sync. */
  getItem(commentId: string): FakeComment {
    return this.make(() => {
      const t = this.byId(commentId);
      if (!t) throw officeError('ItemNotFound', 'CommentCollection.getItem', commentId);
      return t;
    });
  }
  /** A comment by id, or a null object (ExcelApi 1.14). */
  getItemOrNullObject(commentId: string): FakeComment {
    this.require('1.14', 'getItemOrNullObject');
    return this.make(() => this.byId(commentId), true);
  }
  private byId(id: string): ItemTarget | null {
    return this.list().find((t) => t.sheet.comments.get(t.key)?.id === id) ?? null;
  }
}
