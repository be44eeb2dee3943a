/** An in-memory fake of the Excel JavaScript API subset the add-in uses; see fakeExcel.ts. */
export { FakeExcel, type FakeExcelOptions, type FakeRunOptions, type FakeBatch, type InjectedFailure, type SyncRecord } from './fakeExcel';
export { FakeContext } from './context';
export { MAX_MERGED_AREAS, MAX_READ_CELLS, type FakePlatform, type OverLimitRead } from './limits';
export { OfficeError, type OfficeErrorCode } from './errors';
export { FakeClientResult } from './proxy';
export type { CellSnapshot, SheetSnapshot, SheetView, WorkbookSnapshot } from './snapshot';
export { evaluate } from './evaluate';
export { parseFormula } from './formula';
export { formatValue, interpretInput, XlError } from './values';
