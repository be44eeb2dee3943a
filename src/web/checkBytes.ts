import { analysing, DEFAULT_PROFILE, UI, type Analysis, type Lang, type Profile, type UnkeptPart } from '../core';
import { loadBytes } from '../hosts/exceljs/loadBytes';
import { formsOf, markCopy } from '../hosts/exceljs/markCopy';
import { runInSlices, untilCancelled, type SliceControl } from '../hosts/runInSlices';

/** A workbook the page has checked: its bytes, kept to write the copy from, and what was found. */
export interface Checked {
  name: string;
  bytes: Uint8Array;
  analysis: Analysis;
  /** The summary sheet the tool wrote into it before, passed over. */
  own: string | null;
  /** What a copy written by exceljs will lack (charts, macros …). */
  unkept: UnkeptPart[];
  /** The scoring profile it was checked with. */
  profile: Profile;
}

/** How far a check has come: reading the file, then checking its sheets. */
export interface CheckControl extends SliceControl {
  onStep?: (step: 'reading' | 'checking') => void;
}

/** Reads a workbook's bytes and checks every form in it, a sheet at a time, in the browser as the CLI does on a file. */
export async function checkBytes(
  bytes: Uint8Array,
  name: string,
  control: CheckControl = {},
  profile: Profile = DEFAULT_PROFILE,
): Promise<Checked> {
  control.onStep?.('reading');
  const { workbook, unkept } = await untilCancelled(() => loadBytes(bytes, name), control.signal);
  const { grids, own } = formsOf(workbook);
  control.onStep?.('checking');
  const analysis = await runInSlices(analysing(grids, { skipSheets: own ? [own] : [], profile }), control);
  return { name, bytes, analysis, own, unkept, profile };
}

/** The checked copy: marked, filled and summarised as asked, written from a fresh read of the same bytes. */
export async function copyBytes(checked: Checked, options: { fill: boolean; summary: boolean; lang: Lang }): Promise<Uint8Array> {
  const { workbook } = await loadBytes(checked.bytes, checked.name);
  markCopy(workbook, formsOf(workbook).grids, checked.analysis, { ...options, own: checked.own, profile: checked.profile });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The copy's file name: the original's, marked as checked ("自评表-已检查.xlsx"). */
export function copyName(name: string, lang: Lang): string {
  return `${name.replace(/\.(xlsx|xlsm)$/i, '')}${UI.webCopySuffix[lang]}.xlsx`;
}
