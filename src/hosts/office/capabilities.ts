/** What the running Excel supports above the manifest's minimum (ExcelApi 1.7). */
export interface Capabilities {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Range.getCellProperties, to remember each cell's fill exactly (ExcelApi 1.9). */
  cellProperties: boolean;
  /** Notes (ExcelApi 1.18); otherwise marks carry comments (ExcelApi 1.10), or no text at all below that. */
  notes: boolean;
  comments: boolean;
  /**
   * Whether marks may add comments (below ExcelApi 1.18). Off once Excel refused one: the cell held a note the add-in
   * cannot see there, and a cell holds a note or a comment, not both.
   */
  writeComments: boolean;
  /** Excel.run's mergeUndoGroup, so an action is one Ctrl+Z (ExcelApi 1.20). */
  undoGroups: boolean;
}

/** Asks the host which requirement sets it supports. */
export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  const api = (v: string) => isSetSupported('ExcelApi', v);
  return {
    mergedAreas: api('1.13'),
    cellProperties: api('1.9'),
    notes: api('1.18'),
    comments: api('1.10'),
    writeComments: api('1.10'),
    undoGroups: api('1.20'),
  };
}
