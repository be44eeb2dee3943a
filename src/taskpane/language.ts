export type UiLanguage = 'zh-CN' | 'en-US';

/** The task pane's language: English when Office's display language is English, Chinese otherwise. */
export function uiLanguage(displayLanguage?: string): UiLanguage {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
