import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import App from './components/App';
import { uiLanguage } from './language';
import { detectCapabilities } from '../hosts/office/capabilities';
import { AddinSession, type RunFn } from '../hosts/office/session';

/* global document, Office, Excel, location, window */

/** Waits for office.js. Outside Office it resolves with a null host; the pane renders anyway. */
async function officeReady(): Promise<Office.HostType | null> {
  if (typeof Office === 'undefined') return null; // office.js did not load (e.g. no network to the CDN)
  try {
    return (await Office.onReady()).host ?? null;
  } catch {
    return null;
  }
}

// In an old web view (Trident, EdgeHTML) the page has already said the pane cannot run (see taskpane.html).
const unsupported = (window as { selfevalUnsupported?: boolean }).selfevalUnsupported === true;

void officeReady().then((host) => {
  if (unsupported) return;
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container element');
  const inExcel = host !== null && host === Office.HostType.Excel;
  const language = uiLanguage(inExcel ? Office.context.displayLanguage : undefined);
  document.documentElement.lang = language;
  const session = inExcel
    ? new AddinSession(
        Excel.run as unknown as RunFn,
        detectCapabilities((n, v) => Office.context.requirements.isSetSupported(n, v)),
        language,
      )
    : null;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} session={session} autoValidate={new URLSearchParams(location.search).get('action') === 'validate'} />
    </FluentProvider>,
  );
});
