import * as React from 'react';
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../../core';
import type { Step } from '../../hosts/office/session';
import { t } from '../strings';

const LABEL = { reading: 'paneReading', checking: 'paneChecking', writing: 'paneWriting', done: 'paneWriting' } as const;
const VALUE: Record<Step, number> = { reading: 0.2, checking: 0.6, writing: 0.85, done: 1 };

/** The progress of a running action, with its Cancel button. */
export function Progress(props: { lang: Lang; step: Step; onCancel: () => void }): React.JSX.Element {
  return (
    <Field validationMessage={t(props.lang, LABEL[props.step])} validationState="none">
      <ProgressBar value={VALUE[props.step]} thickness="large" />
      <Button size="small" onClick={props.onCancel} disabled={props.step === 'writing' || props.step === 'done'}>
        {t(props.lang, 'paneCancel')}
      </Button>
    </Field>
  );
}
