import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { REVIEW_MARKER } from '../hosts/reviewMarker';
import { REPORT_GENERATOR } from '../report/reportGenerator';

/**
 * Whether a file is one this tool wrote for a review: a consolidated workbook (it holds the review's defined name) or
 * an HTML report. Such a file is no submission: a search of folders passes over it, and a run may write it again.
 */
export function isOwnOutput(file: string): boolean {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return false;
  }
  if (/\.html?$/i.test(file)) return bytes.subarray(0, 4096).toString('utf8').includes(REPORT_GENERATOR);
  try {
    const parts = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' });
    const xml = parts['xl/workbook.xml'];
    return !!xml && strFromU8(xml).includes(`name="${REVIEW_MARKER}"`);
  } catch {
    // Not a zip, or a damaged one: certainly not a workbook this tool wrote.
    return false;
  }
}
