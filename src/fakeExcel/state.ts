import type { Rect } from '../core/grid/address';
import { area, intersect, MAX_COLS } from './address';
import { evaluate } from './evaluate';
import { isSupported, parseFormula, type FormulaInputs } from './formula';
import { XlError, type Scalar } from './values';

/** A cell fill as Excel stores it; absent on a cell with no fill. */
export interface Fill {
  color: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
}

/** The font properties the fake keeps. */
export interface Font {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  underline?: string;
}

/** A cell's hyperlink, as Excel.RangeHyperlink. */
export interface Hyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** One stored cell: a constant or a formula (with the cached result it was loaded with), and its formatting. */
export interface CellState {
  value?: Scalar;
  /** The formula with its leading "=". */
  formula?: string;
  /** The result a loaded file cached for the formula, used when the fake cannot evaluate it. */
  cached?: Scalar;
  format?: string;
  fill?: Fill;
  font?: Font;
  link?: Hyperlink;
  /** True for a cell the user unlocked (Format Cells > Protection); cells are locked by default. */
  unlocked?: boolean;
}

/** A note or a (threaded) comment on a cell. */
export interface NoteState {
  content: string;
  author: string;
  /** A comment's id. */
  id?: string;
}

/** An Excel table. */
export interface TableState {
  name: string;
  sheet: SheetState;
  rect: Rect;
  style: string;
  showTotals: boolean;
}

/** What a write does, for sheet protection: cell content, formats, column widths, hyperlinks, notes, or the rest. */
export type ProtectedOp = 'cells' | 'format' | 'columns' | 'hyperlinks' | 'notes' | 'other';

/** Whether every cell of a rectangle was unlocked (a blank cell is locked: a rectangle larger than the sheet's cells is not). */
export function allUnlocked(sheet: SheetState, r: Rect): boolean {
  if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > sheet.cells.size) return false;
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) if (!sheet.cells.get(cellKey(row, col))?.unlocked) return false;
  return true;
}

/** The protection options the fake models, as WorksheetProtectionOptions names them without "allow". */
export interface ProtectionAllows {
  formatCells?: boolean;
  formatColumns?: boolean;
  insertHyperlinks?: boolean;
  editObjects?: boolean;
}

/** A defined name: a reference to a range, or any other formula. */
export interface NameState {
  name: string;
  ref?: { sheet: SheetState; rect: Rect };
  /** The formula when it is not a reference (e.g. ="text"), with "=". */
  formula?: string;
  comment: string;
  /** False for a name hidden from the Name Manager (NamedItem.visible). */
  visible?: boolean;
}

/** A worksheet's stored state. */
export interface SheetState {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** What a protected sheet still allows (WorksheetProtectionOptions); nothing by default. */
  allow: ProtectionAllows;
  deleted: boolean;
  cells: Map<number, CellState>;
  merges: Rect[];
  notes: Map<number, NoteState>;
  comments: Map<number, NoteState>;
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
}

/** The key of a cell in a sheet's maps. */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

/** The row and column of a cell key. */
export function keyCell(key: number): { row: number; col: number } {
  return { row: Math.floor(key / MAX_COLS), col: key % MAX_COLS };
}

/** Tells whether a cell state holds nothing at all. */
function isEmptyCell(c: CellState): boolean {
  return c.value === undefined && c.formula === undefined && !c.format && !c.fill && !c.font && !c.link;
}

/**
 * The whole workbook as plain data. Every mutation goes through a method here, which records how to undo it while a
 * batch runs, so a failed batch can be rolled back.
 */
export class WorkbookState {
  sheets: SheetState[] = [];
  /** Whether the workbook's structure is protected: no sheet may be added, deleted, renamed, moved or hidden. */
  structureProtected = false;
  names = new Map<string, NameState>();
  settings = new Map<string, unknown>();
  tables: TableState[] = [];
  activeSheet: SheetState | null = null;
  selection: { sheet: SheetState; rect: Rect } | null = null;
  private nextId = 1;
  private journal: (() => void)[] | null = null;

  /** Starts recording undo steps for a batch. */
  begin(): void {
    this.journal = [];
  }
  /** Keeps a batch's changes. */
  commit(): void {
    this.journal = null;
  }
  /** Undoes every change since begin(). */
  rollback(): void {
    const j = this.journal ?? [];
    this.journal = null;
    for (let i = j.length - 1; i >= 0; i--) j[i]();
  }

  /** Sets a field, recording the old value. */
  change<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): void {
    const old = obj[key];
    this.journal?.push(() => (obj[key] = old));
    obj[key] = value;
  }
  /** Sets or deletes (value undefined) a map entry, recording the old one. */
  mapSet<K, V>(map: Map<K, V>, key: K, value: V | undefined): void {
    const had = map.has(key);
    const old = map.get(key);
    this.journal?.push(() => (had ? map.set(key, old as V) : map.delete(key)));
    if (value === undefined) map.delete(key);
    else map.set(key, value);
  }

  /** A new unique id, e.g. "{fake-sheet-3}". */
  newId(kind: string): string {
    return `{fake-${kind}-${this.nextId++}}`;
  }

  /** A new, empty sheet (not yet in the workbook). */
  newSheet(name: string): SheetState {
    return {
      id: this.newId('sheet'),
      name,
      visibility: 'Visible',
      protected: false,
      allow: {},
      deleted: false,
      cells: new Map(),
      merges: [],
      notes: new Map(),
      comments: new Map(),
      columnWidths: new Map(),
    };
  }

  /** The live sheet of a name (case-insensitive, as Excel compares sheet names) or id. */
  sheet(nameOrId: string): SheetState | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id === nameOrId);
  }

  /** A stored cell. */
  cell(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** Replaces a cell through a function of its old state; an empty result removes it. */
  updateCell(sheet: SheetState, row: number, col: number, fn: (old: CellState) => CellState): void {
    const key = cellKey(row, col);
    const next = { ...fn(sheet.cells.get(key) ?? {}) } as Record<string, unknown>;
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    this.mapSet(sheet.cells, key, isEmptyCell(next) ? undefined : (next as CellState));
  }

  /** Calls fn for each stored cell inside a rectangle, in row-major order. */
  eachCellIn(sheet: SheetState, rect: Rect, fn: (row: number, col: number, cell: CellState) => void): void {
    if (area(rect) <= sheet.cells.size * 4) {
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.cells.get(cellKey(r, c));
          if (cell) fn(r, c, cell);
        }
      return;
    }
    const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      const { row, col } = keyCell(k);
      if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) fn(row, col, sheet.cells.get(k) as CellState);
    }
  }

  /** The bounding box of a sheet's used cells (with values when valuesOnly), only those `within` if given; null if none. */
  usedRect(sheet: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
    let r: Rect | null = null;
    for (const [k, c] of sheet.cells) {
      if (valuesOnly && c.value === undefined && c.formula === undefined) continue;
      const { row, col } = keyCell(k);
      if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.left = Math.min(r.left, col);
        r.bottom = Math.max(r.bottom, row);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }

  /** The merges overlapping a rectangle, top to bottom, left to right. */
  mergesIn(sheet: SheetState, rect: Rect): Rect[] {
    return sheet.merges.filter((m) => intersect(m, rect)).sort((a, b) => a.top - b.top || a.left - b.left);
  }

  /** The merges whose top-left cell lies in a rectangle, whole, top to bottom, left to right. */
  mergesAnchoredIn(sheet: SheetState, rect: Rect): Rect[] {
    return sheet.merges
      .filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right)
      .sort((a, b) => a.top - b.top || a.left - b.left);
  }

  /** A calculation session: values of cells with formulas evaluated, memoised until the state changes. */
  calc(): Calc {
    return new Calc(this);
  }
}

/** Evaluates cells on read; one session per read, so every read sees the latest inputs. Cycles give #VALUE!. */
export class Calc {
  private readonly memo = new Map<string, Scalar | undefined>();
  private readonly visiting = new Set<string>();

  constructor(private readonly wb: WorkbookState) {}

  /** The value a cell shows: its constant, or its formula's result; undefined when blank. */
  value(sheet: SheetState, row: number, col: number): Scalar | undefined {
    const cell = sheet.cells.get(cellKey(row, col));
    if (!cell) return undefined;
    if (cell.formula === undefined) return cell.value;
    const key = `${sheet.id}:${cellKey(row, col)}`;
    if (this.memo.has(key)) return this.memo.get(key);
    if (this.visiting.has(key)) return new XlError('#VALUE!');
    this.visiting.add(key);
    let v: Scalar;
    try {
      v = this.formulaValue(sheet, cell);
    } finally {
      this.visiting.delete(key);
    }
    this.memo.set(key, v);
    return v;
  }

  private formulaValue(sheet: SheetState, cell: CellState): Scalar {
    let ast;
    try {
      ast = parseFormula(cell.formula as string);
    } catch {
      return cell.cached ?? new XlError('#NAME?');
    }
    if (!isSupported(ast)) return cell.cached ?? new XlError('#NAME?');
    return evaluate(ast, this.inputs(sheet));
  }

  private inputs(own: SheetState): FormulaInputs {
    const find = (name: string | undefined) => (name === undefined ? own : this.wb.sheet(name));
    return {
      cell: (name, row, col) => {
        const s = find(name);
        return s ? this.value(s, row, col) : new XlError('#REF!');
      },
      cells: (name, rect) => {
        const s = find(name);
        if (!s) return new XlError('#REF!');
        const out: Scalar[] = [];
        this.wb.eachCellIn(s, rect, (r, c) => {
          const v = this.value(s, r, c);
          if (v !== undefined) out.push(v);
        });
        return out;
      },
    };
  }
}
