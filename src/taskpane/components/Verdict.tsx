import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang, Verdict as VerdictData } from '../../core';
import { t } from '../strings';

/** The workbook's verdict, first thing under the toolbar: 需修改 (N 个错误), 可以提交, or no form found. */
export function Verdict({ lang, verdict }: { lang: Lang; verdict: VerdictData }): React.JSX.Element {
  const warnings = verdict.warnings ? t(lang, 'paneVerdictWarnings', { warnings: verdict.warnings }) : '';
  const [intent, title] =
    verdict.kind === 'no-forms'
      ? (['warning', t(lang, 'paneNoForms')] as const)
      : verdict.kind === 'fix'
        ? (['error', t(lang, 'paneVerdictFix', { errors: verdict.errors })] as const)
        : (['success', t(lang, 'paneVerdictSubmit')] as const);
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="verdict">
      <MessageBarBody>
        {/* Not MessageBarTitle: it puts a space after the title, before "，另有". */}
        <strong>{title}</strong>
        {verdict.kind !== 'no-forms' && warnings}
      </MessageBarBody>
    </MessageBar>
  );
}
