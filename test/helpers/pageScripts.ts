import * as acorn from 'acorn';

/** One <script> of a page: its src, or its inline code, and whether it is deferred or async (run after the page is parsed). */
export interface PageScript {
  src?: string;
  code?: string;
  later: boolean;
}

/** The <script> elements of an HTML text, in document order (attributes quoted or not, as html-minifier leaves them). */
export function pageScripts(html: string): PageScript[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const srcMatch = /\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(attrs);
    const src = srcMatch ? (srcMatch[1] ?? srcMatch[2] ?? srcMatch[3]) : undefined;
    const later = /\s(?:defer|async)(?:[\s=>]|$)/.test(attrs);
    return src ? { src, later } : { code: m[2], later };
  });
}

/** Why the code does not parse as a classic script of that ECMAScript version, or null when it parses. */
export function parseError(code: string, ecmaVersion: acorn.ecmaVersion): string | null {
  try {
    acorn.parse(code, { ecmaVersion, sourceType: 'script' });
    return null;
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    return `${(e as Error).message} near ${JSON.stringify(code.slice(Math.max(0, pos - 30), pos + 30))}`;
  }
}
