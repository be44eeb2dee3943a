import * as React from 'react';
import { createRoot } from 'react-dom/client';
import ExcelJS from 'exceljs';
import { Button, FluentProvider, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentArrowUpRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { FakeExcel } from '../fakeExcel';
import { detectCapabilities } from '../hosts/office/capabilities';
import { AddinSession, type RunFn } from '../hosts/office/session';
import App from '../taskpane/components/App';
import { SheetView } from './SheetView';

/* global document, window, fetch, URL, Blob */

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', padding: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  book: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalS },
  pane: { width: '350px', flexShrink: 0, overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** The harness: a workbook opened into the fake Excel, a view of its sheets, and the real task pane beside it. */
function Harness(): React.JSX.Element {
  const styles = useStyles();
  const [fake, setFake] = React.useState<FakeExcel | null>(null);
  const [name, setName] = React.useState('');
  const [version, setVersion] = React.useState(0);
  const [sheet, setSheet] = React.useState('');
  const input = React.useRef<HTMLInputElement>(null);
  const session = React.useMemo(
    () =>
      fake
        ? new AddinSession(
            fake.run as unknown as RunFn,
            detectCapabilities((n, v) => fake.isSetSupported(n, v)),
            'zh-CN',
          )
        : null,
    [fake],
  );

  // Every sync may change the workbook: redraw the sheet view after each.
  React.useEffect(() => {
    if (!fake) return;
    const timer = window.setInterval(() => setVersion(fake.syncCount + fake.runCount * 1000), 150);
    return () => window.clearInterval(timer);
  }, [fake]);

  const open = async (bytes: ArrayBuffer, fileName: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const f = FakeExcel.fromWorkbook(wb);
    (window as unknown as { harness: unknown }).harness = { fake: f };
    setFake(f);
    setName(fileName);
    setSheet(f.sheetView('').sheets[0]?.name ?? '');
  };

  const download = async () => {
    if (!fake) return;
    const buffer = await fake.toWorkbook().xlsx.writeBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name.replace(/\.xlsx$/i, '') + '-selfeval.xlsx';
    a.click();
    URL.revokeObjectURL(url);
  };

  // One sheet at a time: a workbook may hold a thousand, and the view is drawn again after every sync.
  const view = fake?.sheetView(sheet);
  const selection = fake?.selection ?? null;
  React.useEffect(() => {
    if (fake?.activeSheet && fake.activeSheet !== sheet) setSheet(fake.activeSheet);
  }, [version]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <Button icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()}>
          打开工作簿 Open .xlsx
        </Button>
        <input
          ref={input}
          id="file"
          type="file"
          accept=".xlsx,.xlsm"
          hidden
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) await open(await file.arrayBuffer(), file.name);
          }}
        />
        <Button
          icon={<DocumentTableRegular />}
          onClick={async () => open(await (await fetch('examples/seed-2022.xlsx')).arrayBuffer(), 'seed-2022.xlsx')}
        >
          加载示例 Load the sample
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={!fake} onClick={download}>
          下载工作簿 Download
        </Button>
        <Text data-testid="workbook">{name}</Text>
        <Text data-testid="selection">{selection ? `${selection.sheet}!${selection.address}` : ''}</Text>
      </div>
      <div className={styles.main}>
        <div className={styles.book}>
          {view ? (
            <SheetView view={view} selection={selection} onSheet={setSheet} />
          ) : (
            <Text>打开一个工作簿，或加载示例。Open a workbook, or load the sample.</Text>
          )}
        </div>
        <div className={styles.pane} data-testid="pane">
          <App key={name + String(!!fake)} language="zh-CN" session={session} />
        </div>
      </div>
    </div>
  );
}

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Harness />
    </FluentProvider>,
  );
}
