import type { Lang } from '../core';

/** The task pane's language, as the catalogue names it. */
export type UiLanguage = Lang;

/** The task pane's language: English when Office's display language is English, Chinese otherwise. */
export function uiLanguage(displayLanguage?: string): UiLanguage {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
