import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { loadBytes, unkeptParts } from '../../../src/hosts/exceljs/loadBytes';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'examples', 'seed-2022.xlsx'));
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

describe('loadBytes: the same checks in a browser as on a file (issue 13)', () => {
  it.each<[string, Uint8Array, string]>([
    ['text', ascii('not a workbook'), 'not-xlsx'],
    ['empty', new Uint8Array(0), 'not-xlsx'],
    ['a legacy .xls (an OLE file without EncryptionInfo)', Uint8Array.from([...CFB, ...ascii('Workbook')]), 'legacy-xls'],
    ['a password-protected .xlsx', Uint8Array.from([...CFB, 1, 2, ...utf16('EncryptionInfo'), 3]), 'encrypted'],
    ['a zip that is no workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'corrupt'],
  ])('refuses %s, naming the file', async (_name, bytes, code) => {
    await expect(loadBytes(bytes, '自评表.xlsx')).rejects.toMatchObject({ name: 'UnreadableWorkbookError', code, detail: '自评表.xlsx' });
  });

  it('reads a workbook from a plain Uint8Array, not only a Buffer', async () => {
    const { workbook, unkept } = await loadBytes(new Uint8Array(SAMPLE), 'seed-2022.xlsx');
    expect(workbook.worksheets.map((w) => w.name)).toContain('3 技术转移合作');
    expect(unkept).toEqual([]);
  });

  it('names every part a copy cannot keep, found by its name in the zip', async () => {
    const zip = await JSZip.loadAsync(SAMPLE);
    zip.file('xl/charts/chart1.xml', '<c/>');
    zip.file('xl/vbaProject.bin', 'x');
    zip.file('xl/pivotTables/pivotTable1.xml', '<p/>');
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    expect(unkeptParts(bytes).sort()).toEqual(['charts', 'macros', 'pivot-tables']);
    // A name cut off at the end of the bytes is not a match.
    expect(unkeptParts(ascii('…xl/chart'))).toEqual([]);
    expect(unkeptParts(ascii('xl/slicers/'))).toEqual(['slicers']);
    // Named too since the review of issue 13: parts exceljs drops silently.
    expect(unkeptParts(ascii('xl/threadedComments/threadedComment1.xml xl/embeddings/oleObject1.bin'))).toEqual([
      'threaded-comments',
      'embedded-objects',
    ]);
    expect(unkeptParts(ascii('xl/ctrlProps/ctrlProp1.xml xl/drawings/drawing1.xml'))).toEqual(['form-controls', 'drawings']);
  });
});
