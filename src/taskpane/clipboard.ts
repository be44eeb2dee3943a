import { findingsText, planEdits, type Analysis, type Lang } from '../core';

/**
 * Puts text on the clipboard: the Clipboard API where the web view grants it, else a hidden text area and the copy
 * command (Office's web views do not all grant clipboard-write to add-ins). Resolves to whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/** Copies an analysis's findings as a tab-separated table in the language given; resolves to how many, or null on failure. */
export async function copyFindings(analysis: Analysis, lang: Lang): Promise<number | null> {
  const summary = planEdits(analysis, lang).summary;
  return (await copyText(findingsText(summary))) ? summary.findings.rows.length : null;
}
