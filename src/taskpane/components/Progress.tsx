import * as React from 'react';
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../../core';
import type { Step } from '../../hosts/office/session';
import { t } from '../strings';

const LABEL = { reading: 'paneReading', checking: 'paneChecking', writing: 'paneWriting', done: 'paneWriting' } as const;
// Where each step starts on the bar; checking moves across its share as sheets are done.
const START: Record<Step, number> = { reading: 0.05, checking: 0.2, writing: 0.9, done: 1 };

/** The progress of a running action, with its Cancel button (there is nothing to cancel once writing has begun). */
export function Progress(props: { lang: Lang; step: Step; done: number; onCancel: () => void }): React.JSX.Element {
  const value = props.step === 'checking' ? START.checking + (START.writing - START.checking) * props.done : START[props.step];
  return (
    <Field validationMessage={t(props.lang, LABEL[props.step])} validationState="none">
      <ProgressBar value={value} thickness="large" />
      <Button size="small" onClick={props.onCancel} disabled={props.step === 'writing' || props.step === 'done'}>
        {t(props.lang, 'paneCancel')}
      </Button>
    </Field>
  );
}
