/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { CancelledError } from '../../src/core/errors';
import type { ActionControl } from '../../src/hosts/office/session';
import { FORMS_PAGE } from '../../src/taskpane/components/Findings';
import { gridsOfFixture } from '../helpers/grids';
import { result, show, stub } from './pane';

/** The seed's seven forms copied onto `copies` times as many sheets, each sheet named apart. */
function manyForms(copies: number) {
  const seed = gridsOfFixture('seed.xlsx');
  return result(Array.from({ length: copies }, (_, k) => seed.map((g) => ({ ...g, name: `${g.name}-${k + 1}` }))).flat());
}

const barValue = () => Number(screen.getByRole('progressbar').getAttribute('aria-valuenow'));

describe('the pane on a large workbook (issue 12)', () => {
  it('shows progress at once, moves it while checking, and Cancel ends the action as a note, not an error', async () => {
    let control: ActionControl = {};
    const validate = jest.fn(
      (c: ActionControl) =>
        new Promise((_resolve, reject) => {
          control = c;
          c.signal?.addEventListener('abort', () => reject(new CancelledError()));
        }),
    );
    show(stub({ validate } as never), 'zh-CN', true);
    // Before the session has said anything: the bar and its Cancel are there.
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByText('正在读取工作簿…')).toBeTruthy();
    const reading = barValue();
    act(() => {
      control.onStep?.('checking');
      control.onProgress?.(0.25);
    });
    await screen.findByText('正在检查绩效自评表…');
    const quarter = barValue();
    act(() => control.onProgress?.(0.75));
    await waitFor(() => expect(barValue()).toBeGreaterThan(quarter));
    expect(quarter).toBeGreaterThan(reading);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    const note = await screen.findByText('已取消，未做任何修改');
    expect(note.closest('[role]')?.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('cannot cancel once writing has begun', async () => {
    let control: ActionControl = {};
    const validate = jest.fn((c: ActionControl) => new Promise(() => (control = c)));
    show(stub({ validate } as never), 'zh-CN', true);
    await waitFor(() => expect(validate).toHaveBeenCalled());
    act(() => control.onStep?.('writing'));
    await waitFor(() => expect((screen.getByRole('button', { name: '取消' }) as HTMLButtonElement).disabled).toBe(true));
  });

  it(`shows ${FORMS_PAGE} forms at a time, errors first, with a button for more`, async () => {
    const big = manyForms(5); // 35 forms, 5 of them with errors
    show(stub({ validate: jest.fn(async () => big) }), 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(FORMS_PAGE));
    expect(
      screen
        .getAllByTestId('form')
        .slice(0, 5)
        .every((f) => f.textContent?.includes('需修改')),
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: `再显示 5 张表（还有 5 张）` }));
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(35));
    expect(screen.queryByRole('button', { name: /再显示/ })).toBeNull();
    // The counts and the verdict cover every form, shown or not.
    expect(screen.getByTestId('verdict').textContent).toBe('需修改：15 个错误，另有 40 个警告值得一看');
  });
});

describe('issue 12 review', () => {
  it('two clicks on 校验 in one task start one validation', async () => {
    const validate = jest.fn(() => new Promise<never>(() => undefined));
    show(stub({ validate } as never));
    const button = screen.getByRole('button', { name: '校验' });
    act(() => {
      button.click();
      button.click();
    });
    await waitFor(() => expect(validate).toHaveBeenCalledTimes(1));
  });

  it('showing more forms keeps the forms the officer closed, closed', async () => {
    show(stub({ validate: jest.fn(async () => manyForms(5)) }), 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(FORMS_PAGE));
    const first = screen.getAllByTestId('form')[0];
    const toggle = first.querySelector('button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
    fireEvent.click(screen.getByRole('button', { name: /再显示/ }));
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(35));
    expect((screen.getAllByTestId('form')[0].querySelector('button') as HTMLButtonElement).getAttribute('aria-expanded')).toBe('false');
  });

  it('Revert of Clear marks keeps the findings list: the forms hold what they held', async () => {
    const session = stub({ revert: jest.fn(async () => 'clear' as const) });
    show(session, 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    fireEvent.click(screen.getByRole('button', { name: /^撤销/ }));
    await screen.findByText(/已撤销/);
    expect(screen.getAllByTestId('form')).toHaveLength(7);
  });
});
