import type { CellFill } from '../../core';

/** Queues Fill in: each planned cell gets its live formula (with "=") or its value, and its number format. */
export function queueFills(context: Excel.RequestContext, fills: readonly CellFill[]): void {
  for (const f of fills) {
    const range = context.workbook.worksheets.getItem(f.sheet).getRange(f.cell);
    if (f.format) range.numberFormat = [[f.format]];
    if (f.formula) range.formulas = [[`=${f.formula}`]];
    else range.values = [[f.value.toNumber()]];
  }
}
