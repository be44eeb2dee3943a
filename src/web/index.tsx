import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { UI } from '../core';
import { uiLanguage } from '../taskpane/language';
import { WebApp } from './WebApp';

/* global document, navigator, location */

// ?lang=en-US picks a language; otherwise the browser's: English for an English browser, Chinese for any other.
const language = uiLanguage(new URLSearchParams(location.search).get('lang') ?? navigator.language);
document.documentElement.lang = language;
document.title = UI.webTitle[language];
const container = document.getElementById('container');
if (!container) throw new Error('web.html has no #container element');
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <WebApp lang={language} />
  </FluentProvider>,
);
