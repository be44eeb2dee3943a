import * as React from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetView as View } from '../fakeExcel';
import { a1, colName } from '../core';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke2}` },
  tabs: { overflowX: 'auto', flexShrink: 0 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    maxWidth: '180px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'top',
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'center' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

/** The rows the view draws at most. */
const WINDOW_ROWS = 400;

/** A read-only view of one sheet of the fake workbook: values, fills, notes (as tooltips) and the selection. */
export function SheetView(props: {
  view: View;
  selection: { sheet: string; address: string } | null;
  onSheet: (name: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const sheet = props.view.shown;
  const cells = sheet?.cells ?? {};
  let rows = 0;
  let cols = 0;
  for (const key of Object.keys(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(key);
    if (!m) continue;
    rows = Math.max(rows, Number(m[2]));
    cols = Math.max(
      cols,
      [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0),
    );
  }
  const selected = props.selection && props.selection.sheet === sheet?.name ? props.selection.address.replace(/\$/g, '') : null;
  // A window of rows around the selection: a sheet of hundreds of stacked forms has tens of thousands of cells, and the
  // view redraws after every sync.
  const selectedRow = selected ? Number(/\d+/.exec(selected)?.[0] ?? 1) - 1 : 0;
  const first = Math.max(0, Math.min(selectedRow - WINDOW_ROWS / 2, rows - WINDOW_ROWS));
  const shownRows = Math.min(rows, WINDOW_ROWS);
  return (
    <>
      <div className={styles.tabs}>
        <SheetTabs
          names={props.view.sheets
            .filter((s) => s.visibility === 'Visible')
            .map((s) => s.name)
            .join('\n')}
          selected={sheet?.name ?? ''}
          onSheet={props.onSheet}
        />
      </div>
      <div className={styles.wrap}>
        <table className={styles.table} data-testid="sheet">
          <tbody>
            <tr>
              <td className={`${styles.cell} ${styles.head}`} />
              {Array.from({ length: cols }, (_, c) => (
                <td key={c} className={`${styles.cell} ${styles.head}`}>
                  {colName(c)}
                </td>
              ))}
            </tr>
            {Array.from({ length: shownRows }, (_, i) => first + i).map((r) => (
              <tr key={r}>
                <td className={`${styles.cell} ${styles.head}`}>{r + 1}</td>
                {Array.from({ length: cols }, (_, c) => {
                  const address = a1(r, c);
                  const cell = cells[address];
                  return (
                    <td
                      key={c}
                      data-cell={address}
                      title={cell?.note ?? cell?.comment ?? undefined}
                      className={`${styles.cell} ${address === selected ? styles.selected : ''}`}
                      style={cell?.fill ? { backgroundColor: cell.fill.split('/')[0] } : undefined}
                    >
                      {cell?.value === undefined ? '' : String(cell.value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The sheet tabs, drawn again only when the sheets change: a workbook may hold a thousand, and the view redraws after each sync. */
const SheetTabs = React.memo(function SheetTabs(props: { names: string; selected: string; onSheet: (name: string) => void }) {
  return (
    <TabList selectedValue={props.selected} onTabSelect={(_e, d) => props.onSheet(String(d.value))} size="small">
      {props.names
        .split('\n')
        .filter(Boolean)
        .map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
    </TabList>
  );
});
