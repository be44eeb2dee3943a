import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../../core';
import { CancelledError, SelfEvalError } from '../../core/errors';
import { t } from '../strings';

/** What the pane or the web page tells the user after an action. */
export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

/** A failure in plain words: a cancel is a note, anything else an error, never a stack trace. */
export function failureNotice(e: unknown, lang: Lang): Notice {
  const text = e instanceof SelfEvalError ? e.text(lang) : String((e as Error)?.message ?? e);
  return { intent: e instanceof CancelledError ? 'info' : 'error', text };
}

/** What copying the findings came to: how many were copied, or null when the clipboard refused. */
export function copiedNotice(count: number | null, lang: Lang): Notice {
  return count !== null
    ? { intent: 'success', text: t(lang, 'paneCopied', { count }) }
    : { intent: 'error', text: t(lang, 'paneCopyFailed') };
}

/** The notices, each a message bar: an error as an alert, the rest as status. */
export function Notices({ notices }: { notices: readonly Notice[] }): React.JSX.Element {
  return (
    <>
      {notices.map((n, i) => (
        <MessageBar key={i} intent={n.intent} role={n.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{n.text}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
