import type { Cell } from './cell';
import type { Rect } from './address';

/** One worksheet as plain data: the engine's only input. Rows and columns are 0-based. */
export interface Grid {
  /** The sheet's name. */
  name: string;
  /** Rows of cells; a missing row or cell is blank. Row 0 is the sheet's row 1. */
  rows: (Cell | undefined)[][];
  /** Merged areas; only the top-left cell of each holds a value. */
  merges: Rect[];
}

/** A grid with a merge index, for fast lookups by the engine. */
export class Sheet {
  readonly name: string;
  readonly rows: (Cell | undefined)[][];
  readonly merges: Rect[];
  readonly rowCount: number;
  readonly colCount: number;
  /** The merges crossing each row, so a lookup scans the few merges of one row. */
  private readonly mergesByRow: Rect[][] = [];

  constructor(grid: Grid) {
    this.name = grid.name;
    this.rows = grid.rows;
    this.merges = grid.merges;
    this.rowCount = grid.rows.length;
    let cols = 0;
    for (const r of grid.rows) if (r && r.length > cols) cols = r.length;
    for (const m of grid.merges) {
      if (m.right + 1 > cols) cols = m.right + 1;
      for (let r = m.top; r <= m.bottom; r++) (this.mergesByRow[r] ??= []).push(m);
    }
    this.colCount = cols;
  }

  /** The cell stored at a position (undefined when blank). */
  at(row: number, col: number): Cell | undefined {
    const r = this.rows[row];
    return r ? r[col] : undefined;
  }

  /** The merged area covering a position, if any. */
  mergeOf(row: number, col: number): Rect | undefined {
    const list = this.mergesByRow[row];
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** The cell Excel shows at a position: the merge's top-left cell when the position is merged. */
  shown(row: number, col: number): Cell | undefined {
    const m = this.mergeOf(row, col);
    return m ? this.at(m.top, m.left) : this.at(row, col);
  }

  /** Tells whether a position is inside a merge but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.mergeOf(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  /** The last column a cell spans: the merge's right edge, or the column itself. */
  spanRight(row: number, col: number): number {
    const m = this.mergeOf(row, col);
    return m && m.top === row && m.left === col ? m.right : col;
  }
}
