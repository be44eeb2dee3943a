/**
 * checkFile in process: what it keeps alive while the engine runs. The CLI's output itself is tested through the real
 * binary in selfeval.test.ts and badFiles.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type ExcelJS from 'exceljs';
import * as engine from '../../src/core/engine';
import { checkFile, readGrids, type FileTask } from '../../src/cli/checkFile';
import * as loader from '../../src/hosts/exceljs/loadWorkbook';
import { fixture, gridsOfFile } from '../helpers/grids';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Runs checkFile and tells whether the workbook it loaded could still be reached when the engine started. */
async function workbookAliveDuringAnalysis(task: FileTask): Promise<boolean> {
  let loaded: WeakRef<ExcelJS.Workbook> | null = null;
  let alive: boolean | null = null;
  const realLoad = loader.loadWorkbook;
  const realAnalyse = engine.analyse;
  const load = jest.spyOn(loader, 'loadWorkbook').mockImplementation(async (file) => {
    const result = await realLoad(file);
    loaded = new WeakRef(result.workbook);
    // A WeakRef keeps its target alive until the task that made it ends: the check must run in a later one.
    await new Promise((resolve) => setImmediate(resolve));
    return result;
  });
  const analyse = jest.spyOn(engine, 'analyse').mockImplementation((grids, options) => {
    load.mockClear(); // the spy's record of results would hold the workbook itself
    gc();
    alive = loaded?.deref() !== undefined;
    return realAnalyse(grids, options);
  });
  try {
    const outcome = await checkFile(fixture('seed.xlsx'), task);
    expect(outcome.error).toBeNull();
    expect(outcome.analysis?.forms).toHaveLength(7);
  } finally {
    load.mockRestore();
    analyse.mockRestore();
  }
  expect(alive).not.toBeNull();
  return alive!;
}

describe('checkFile', () => {
  test('regression: a check alone lets the workbook go before the engine runs', async () => {
    expect(
      await workbookAliveDuringAnalysis({ fill: false, summary: false, lang: 'zh-CN', output: null, inputs: [fixture('seed.xlsx')] }),
    ).toBe(false);
  });

  test('a check alone reads the file directly: exceljs loads no workbook, and the grids are those exceljs gives', async () => {
    const load = jest.spyOn(loader, 'loadWorkbook');
    try {
      const task: FileTask = { fill: false, summary: false, lang: 'zh-CN', output: null, inputs: [fixture('seed.xlsx')] };
      const { grids, wb } = await readGrids(fixture('seed.xlsx'), false);
      expect(wb).toBeNull();
      expect(load).not.toHaveBeenCalled();
      expect(grids).toEqual(await gridsOfFile(fixture('seed.xlsx')));
      expect((await checkFile(fixture('seed.xlsx'), task)).analysis?.forms).toHaveLength(7);
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  });

  test('a check that writes a copy keeps the workbook it writes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-checkFile-'));
    try {
      const output = path.join(dir, 'seed.xlsx');
      expect(await workbookAliveDuringAnalysis({ fill: true, summary: false, lang: 'zh-CN', output, inputs: [fixture('seed.xlsx')] })).toBe(
        true,
      );
      expect(fs.existsSync(output)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
