/** How a cell looked before the add-in marked it, so Clear marks can put it back exactly. */
export interface CellBefore {
  sheet: string;
  /** The sheet's Worksheet.id, which survives a rename (absent in marks made before ids were kept). */
  sheetId?: string;
  /** A1 address. */
  cell: string;
  /** The hidden name that follows the cell when rows are inserted or deleted above it. */
  anchor?: string;
  /** The previous fill; null for no fill. */
  fill: FillState | null;
  /** Whether the add-in added a note (or comment) here, which Clear marks deletes. */
  addedNote: boolean;
  /** The mark's own fill ("#FFC7CE") and the note it added, so that Revert can put a mark back. */
  colour?: string;
  note?: string;
  /** The cell's text when it was marked (at most 64 characters): Revert puts a mark back only on the same content. */
  seen?: string;
}

/** A solid or patterned fill as Excel reports it. */
export interface FillState {
  color: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
}

/** The add-in's record of its marks, kept in the workbook's settings. */
export interface MarkState {
  version: 1;
  marks: CellBefore[];
}

/** Parses the stored state; anything unreadable counts as no marks. */
export function parseMarkState(value: unknown): MarkState {
  try {
    const v = typeof value === 'string' ? JSON.parse(value) : value;
    if (v && v.version === 1 && Array.isArray(v.marks)) return v as MarkState;
  } catch {
    // a damaged setting is treated as no marks
  }
  return { version: 1, marks: [] };
}
