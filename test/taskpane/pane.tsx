import * as React from 'react';
import { configure, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyse, planEdits, type Lang } from '../../src/core';
import type { AddinSession, ValidateResult } from '../../src/hosts/office/session';
import { App } from '../../src/taskpane/components/App';
import { gridsOfFixture } from '../helpers/grids';

// Fluent's dialogs animate in; on a busy two-core CI machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

/** A validation of the grids, as the session would answer it. */
export function result(grids = gridsOfFixture('seed.xlsx')): ValidateResult {
  const analysis = analyse(grids);
  return { analysis, plan: planEdits(analysis, 'zh-CN'), marked: 11, protectedSheets: [], fillable: 21, overWeight: 0 };
}

/** A session whose actions are jest mocks. */
export function stub(over: Partial<AddinSession> = {}): AddinSession {
  return {
    caps: { mergedAreas: true, cellProperties: true, notes: true, comments: true, undoGroups: true, writeComments: true },
    undoable: true,
    lang: 'zh-CN',
    last: null,
    revertable: { action: 'fill', cells: 21 },
    refreshRevertable: jest.fn(async () => ({ action: 'fill', cells: 21 })),
    validate: jest.fn(async () => result()),
    fill: jest.fn(async () => ({ filled: 21, validation: result() })),
    summary: jest.fn(async () => '绩效自评汇总'),
    clearMarks: jest.fn(async () => 11),
    revert: jest.fn(async () => 'fill'),
    select: jest.fn(async () => undefined),
    fillPreview: jest.fn(() => ({ cells: 21, overWeight: 0 })),
    ...over,
  } as unknown as AddinSession;
}

/**
 * A button of the open dialog. In jsdom, Fluent's focus manager (tabster) marks the dialog surface aria-hidden on a
 * timer, so whether a role query sees it was a race the busy CI machine lost; the accessible dialog is checked in
 * Chromium by test/e2e/harness.test.ts.
 */
export async function dialogButton(name: string, text: RegExp = /将修改 \d+ 个单元格/): Promise<HTMLElement> {
  const surface = (await screen.findByText(text)).closest('.fui-DialogSurface') as HTMLElement;
  return within(surface).getByRole('button', { name, hidden: true });
}

export function show(session: AddinSession | null, language: Lang = 'zh-CN', autoValidate = false) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} session={session} autoValidate={autoValidate} />
    </FluentProvider>,
  );
}
