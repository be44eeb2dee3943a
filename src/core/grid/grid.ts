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
  // The merges crossing row r are mergeList[mergeStart[r] … mergeStart[r + 1] − 1]: a sheet has few merges but they
  // cross many rows, and one flat list costs far less than an array a row.
  private readonly mergeStart: number[];
  private readonly mergeList: Rect[];

  constructor(grid: Grid) {
    this.name = grid.name;
    this.rows = grid.rows;
    this.merges = grid.merges;
    this.rowCount = grid.rows.length;
    let cols = 0;
    for (const r of grid.rows) if (r && r.length > cols) cols = r.length;
    let last = -1;
    for (const m of grid.merges) {
      if (m.right + 1 > cols) cols = m.right + 1;
      if (m.bottom > last) last = m.bottom;
    }
    this.colCount = cols;
    const start = new Array<number>(last + 2).fill(0); // a small array: cheaper to make than a typed one
    for (const m of grid.merges) for (let r = m.top; r <= m.bottom; r++) start[r]++;
    for (let r = 1; r < start.length; r++) start[r] += start[r - 1];
    const list = new Array<Rect>(last >= 0 ? start[last] : 0);
    // Filled backwards from each row's end, so that each row's merges keep the grid's order.
    for (let k = grid.merges.length - 1; k >= 0; k--) {
      const m = grid.merges[k];
      for (let r = m.top; r <= m.bottom; r++) list[--start[r]] = m;
    }
    this.mergeStart = start;
    this.mergeList = list;
  }

  /** The cell stored at a position (undefined when blank). */
  at(row: number, col: number): Cell | undefined {
    const r = this.rows[row];
    return r ? r[col] : undefined;
  }

  /** The merged area covering a position, if any. */
  mergeOf(row: number, col: number): Rect | undefined {
    if (row < 0 || row + 1 >= this.mergeStart.length) return undefined;
    for (let k = this.mergeStart[row], end = this.mergeStart[row + 1]; k < end; k++) {
      const m = this.mergeList[k];
      if (col >= m.left && col <= m.right) return m;
    }
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
