import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import App from './components/App';
import { uiLanguage } from './language';

/* global document, Office */

/** Waits for office.js. Outside Office it resolves with a null host; the pane renders anyway. */
async function officeReady(): Promise<void> {
  if (typeof Office === 'undefined') return; // office.js did not load (e.g. no network to the CDN)
  try {
    await Office.onReady();
  } catch {
    // Render the pane even if office.js could not initialise.
  }
}

/** Office's UI language, or undefined outside Office. */
function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

void officeReady().then(() => {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container element');
  const language = uiLanguage(officeDisplayLanguage());
  document.documentElement.lang = language;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} />
    </FluentProvider>,
  );
});
