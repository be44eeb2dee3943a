/** @jest-environment jsdom */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ExcelError, NoWorkbookError } from '../../src/core/errors';
import type { AddinSession } from '../../src/hosts/office/session';
import { gridOf } from '../helpers/grids';
import { dialogButton, result, show, stub } from './pane';

describe('the task pane', () => {
  it('outside Excel, says so and points to the web page (WPS users) and the command', () => {
    show(null);
    expect(screen.getByText(/请在 Excel 中打开本加载项/)).toBeTruthy();
    expect(screen.getByText(/网页版 web\.html/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /校验/ })).toBeNull();
  });

  it('outside Excel, shows the NoWorkbookError in the language of the pane', () => {
    show(null, 'en-US');
    expect(screen.getByText(new NoWorkbookError().text('en-US'))).toBeTruthy();
    expect(screen.getByText(/Open this add-in inside Excel/)).toBeTruthy();
  });

  it('validates at once when opened from the ribbon, and lists each form with its findings', async () => {
    const session = stub();
    show(session, 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    expect(session.validate).toHaveBeenCalledTimes(1);
    expect(screen.getByText('已标出 11 个单元格。')).toBeTruthy();
    // The one form with errors comes first, its status beside its 等级.
    const research = screen.getAllByTestId('form')[0];
    expect(within(research).getByText('科研基地服务与科技项目管理')).toBeTruthy();
    expect(within(research).getByText('需修改 · 3 个错误')).toBeTruthy();
    expect(within(research).getByText(/执行率 71.32% · 预算执行得分 7.13 · 总分 97.13 · 等级 优/)).toBeTruthy();
    expect(within(research).getAllByText(/当年财政拨款 \S+ \+ 上年结转资金 \S+ \+ 其他资金 \S+，合计 .* 元/)).toHaveLength(3);
  });

  it('answers first: 需修改 with the counts on the sample, 可以提交 on a workbook without errors', async () => {
    show(stub(), 'zh-CN', true);
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.textContent).toBe('需修改：3 个错误，另有 8 个警告值得一看');
    const clean = result();
    const mended = { ...clean, analysis: { ...clean.analysis, forms: clean.analysis.forms.map((f) => ({ ...f, findings: [] })) } };
    cleanup();
    show(stub({ validate: jest.fn(async () => mended) }), 'en-US', true);
    expect((await screen.findByTestId('verdict')).textContent).toBe('Ready to submit');
  });

  it('says under each finding how to fix it and where the rule comes from, and when Fill in would write the fix', async () => {
    show(stub(), 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    const rate = screen.getAllByTestId('finding').find((li) => li.textContent?.includes('执行率填写为 94.23%'))!;
    expect(rate.textContent).toContain('将执行率改为全年执行数 ÷ 全年预算数。');
    expect(rate.textContent).toContain('“填充”将写入 94.22%');
    expect(rate.textContent).toContain('依据：财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）');
  });

  it('keeps the findings after Clear marks: only the marks in the sheet go', async () => {
    show(stub(), 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText('已清除标记，恢复了 11 个单元格。');
    expect(screen.getAllByTestId('form')).toHaveLength(7);
  });

  it('copies the list as tab-separated text in the user’s language', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    show(stub(), 'en-US', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the list' }));
    await screen.findByText('Copied 11 findings: paste them into Excel, WeChat or an e-mail.');
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text.split('\n')[0]).toBe('Sheet\tCell\tRule\tSeverity\tMessage\tHow to fix');
    expect(text.split('\n')).toHaveLength(12);
  });

  it('hides the forms the severity filter leaves empty', async () => {
    show(stub(), 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    fireEvent.click(screen.getByRole('tab', { name: /错误/ }));
    expect(screen.getAllByTestId('form')).toHaveLength(1);
  });

  it('filters by severity', async () => {
    show(stub(), 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    const before = screen.getAllByRole('listitem').length;
    fireEvent.click(screen.getByRole('tab', { name: /错误/ }));
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByRole('tab', { name: /警告/ }));
    expect(screen.getAllByRole('listitem')).toHaveLength(before - 3);
  });

  it('shows what a form could not read as a note (提示), not as an error or a warning', async () => {
    const rows = [
      ['项目支出绩效自评表'],
      ['项目名称', '乡村道路养护'],
      ['项目资金（万元）', null, '全年预算数', '全年执行数', '执行率', '分值', '得分', '资金说明'],
      [null, '年度资金总额', 100, 100, '100%', 10, 10],
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
      ['产出指标', '养护里程', '≥10公里', '12公里', 50, 50],
      ['效益指标', '道路通畅', '明显改善', '明显改善', 30, 30],
      ['满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
      ['总分', null, null, null, 100, 100],
    ];
    show(stub({ validate: jest.fn(async () => result([gridOf('表', rows)])) }), 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(1));
    const item = screen.getByRole('listitem');
    expect(within(item).getByLabelText('提示')).toBeTruthy();
    expect(within(item).getByText(/列“资金说明”（H3）/)).toBeTruthy();
    expect(within(screen.getByTestId('form')).getByText('通过')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /错误/ }));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('jumps to a finding’s cell on its sheet', async () => {
    const session = stub();
    show(session, 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    fireEvent.click(screen.getByRole('button', { name: '转到 3 技术转移合作!G6' }));
    expect(session.select).toHaveBeenCalledWith('3 技术转移合作', 'G6');
  });

  it('names the source lines a total does not add up to, each a link to its cell (issue 12)', async () => {
    const session = stub();
    show(session, 'zh-CN', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    const d6 = screen.getAllByTestId('finding').find((li) => li.textContent?.startsWith('D6 全年预算数'))!;
    expect(d6.textContent).toContain('相关单元格： D7 D8 D9');
    fireEvent.click(within(d6).getByRole('button', { name: '转到 6 科研基地服务与科技项目管理!D8' }));
    expect(session.select).toHaveBeenCalledWith('6 科研基地服务与科技项目管理', 'D8');
  });

  it('says when an empty workbook holds no form', async () => {
    show(stub({ validate: jest.fn(async () => result([gridOf('Sheet1', [])])) }), 'zh-CN', true);
    await waitFor(() => expect(screen.getByText('本工作簿中没有找到绩效自评表。')).toBeTruthy());
    expect(screen.queryAllByTestId('form')).toHaveLength(0);
  });

  it('says when no form was found', async () => {
    show(stub({ validate: jest.fn(async () => result([gridOf('说明', [['备注']])])) }), 'zh-CN', true);
    await waitFor(() => expect(screen.getByText('本工作簿中没有找到绩效自评表。')).toBeTruthy());
  });

  it('shows Excel’s failures as plain messages, without a stack trace', async () => {
    show(stub({ validate: jest.fn(async () => Promise.reject(new ExcelError('excel-cell-edit'))) }), 'zh-CN', true);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试');
    expect(alert.textContent).not.toMatch(/at |Error/);
  });

  it('asks before Fill in, with the number of cells, and fills only when confirmed (regression: CI lost the race with the dialog’s focus trap)', async () => {
    const session = stub();
    show(session);
    fireEvent.click(screen.getByRole('button', { name: '校验' }));
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    fireEvent.click(screen.getByRole('button', { name: '填充' }));
    expect(await screen.findByText(/将修改 21 个单元格/)).toBeTruthy();
    fireEvent.click(await dialogButton('取消'));
    await waitFor(() => expect(screen.queryByText(/将修改 21 个单元格/)).toBeNull());
    expect(session.fill).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '填充' }));
    await act(async () => fireEvent.click(await dialogButton('继续')));
    await waitFor(() => expect(screen.getByText('已填充 21 个单元格。')).toBeTruthy());
    expect(session.fill).toHaveBeenCalledTimes(1);
  });

  it('says what Revert will undo, and reverts it', async () => {
    const session = stub();
    show(session);
    fireEvent.click(screen.getByRole('button', { name: '撤销：填充（21 个单元格）' }));
    expect(await screen.findByText('已撤销“填充”，工作簿恢复到该操作之前。')).toBeTruthy();
    expect(session.revert).toHaveBeenCalledTimes(1);
  });

  it('says when there is nothing to fill, and that a score above its weight comes first (issue 12)', async () => {
    const session = stub({ fillPreview: jest.fn(() => ({ cells: 0, overWeight: 2 })) } as Partial<AddinSession>);
    show(session);
    fireEvent.click(screen.getByRole('button', { name: '校验', exact: true } as never));
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    fireEvent.click(screen.getByRole('button', { name: '填充' }));
    expect(await screen.findByText('没有需要填充的单元格。')).toBeTruthy();
    expect(screen.getByText('有 2 个得分超出分值，请先改正；在此之前不会填写总分。')).toBeTruthy();
    expect((await dialogButton('继续', /没有需要填充/)).hasAttribute('disabled')).toBe(true);
  });

  it('disables Revert when there is nothing to undo', async () => {
    const session = stub({ revertable: null, refreshRevertable: jest.fn(async () => null) } as Partial<AddinSession>);
    show(session);
    await waitFor(() => expect(session.refreshRevertable).toHaveBeenCalled());
    expect((screen.getByRole('button', { name: '撤销上次操作' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('validates once with Fill in: the findings shown are those of the filled workbook', async () => {
    const session = stub();
    show(session);
    fireEvent.click(screen.getByRole('button', { name: '校验' }));
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    fireEvent.click(screen.getByRole('button', { name: '填充' }));
    await act(async () => fireEvent.click(await dialogButton('继续')));
    await waitFor(() => expect(screen.getByText('已填充 21 个单元格。')).toBeTruthy());
    expect(session.validate).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/一步撤销本加载项的一次操作/)).toBeTruthy();
  });

  it('speaks English when Office does', async () => {
    show(stub(), 'en-US', true);
    await waitFor(() => expect(screen.getAllByTestId('form')).toHaveLength(7));
    expect(screen.getByRole('button', { name: 'Validate' })).toBeTruthy();
    expect(screen.getByText('The execution rate reads 94.23%; spending ÷ budget gives 94.22%')).toBeTruthy();
  });

  it('tells when Ctrl+Z cannot undo its changes', async () => {
    const session = stub({ undoable: false } as Partial<AddinSession>);
    show(session, 'zh-CN', true);
    expect(await screen.findByText(/无法用 Ctrl\+Z 撤销/)).toBeTruthy();
  });
});
