import * as React from 'react';
import { Body1, Image, MessageBar, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { verdictOf, type Lang } from '../../core';
import { NoWorkbookError } from '../../core/errors';
import type { Entry } from '../../hosts/office/history';
import type { ActionControl, AddinSession, Step, ValidateResult } from '../../hosts/office/session';
import { copyFindings } from '../clipboard';
import { t } from '../strings';
import { FillDialog } from './FillDialog';
import { copiedNotice, failureNotice, Notices, type Notice } from './Notices';
import { Findings } from './Findings';
import { Progress } from './Progress';
import { Toolbar, type Action } from './Toolbar';
import { Verdict } from './Verdict';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The name of an action, as the Revert button and its message say it. */
function actionName(action: Entry['action'], lang: Lang): string {
  const key = ({ validate: 'actionValidate', fill: 'actionFill', summary: 'actionSummary', clear: 'actionClear' } as const)[action];
  return t(lang, key);
}

/** What the Revert button says it will undo ("撤销：填充（21 个单元格）"), or null when there is nothing to undo. */
function revertLabel(session: AddinSession, lang: Lang): string | null {
  const next = session.revertable;
  if (!next) return null;
  const action = actionName(next.action, lang);
  return next.cells ? t(lang, 'paneRevertCells', { action, count: next.cells }) : t(lang, 'paneRevertAction', { action });
}

/** What Ctrl+Z does after an action on this Excel. */
function undoNotice(session: AddinSession, lang: Lang): Notice {
  return { intent: 'info', text: t(lang, session.undoable ? 'paneUndoOne' : 'paneNoUndo') };
}

/** What the task pane is given: its language, the session over the open workbook, and whether to validate at once. */
export interface AppProps {
  language?: Lang;
  /** The add-in's actions on the open workbook; null outside Excel, where the pane shows NoWorkbookError's message. */
  session: AddinSession | null;
  /** Validate as soon as the pane opens (the ribbon's 校验 button). */
  autoValidate?: boolean;
}

/** The task pane: the four actions, progress, the forms and their findings, and plain messages. */
export function App({ language = 'zh-CN', session, autoValidate = false }: AppProps): React.JSX.Element {
  const lang = language;
  const styles = useStyles();
  const [step, setStep] = React.useState<Step | null>(null);
  const [done, setDone] = React.useState(0);
  const [result, setResult] = React.useState<ValidateResult | null>(null);
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const [confirmFill, setConfirmFill] = React.useState(false);
  const abort = React.useRef<AbortController | null>(null);

  const perform = React.useCallback(
    async (work: (control: ActionControl) => Promise<Notice[]>) => {
      // One action at a time, also for two clicks in one task, before the disabled buttons are drawn.
      if (abort.current) return;
      const controller = new AbortController();
      abort.current = controller;
      setNotices([]);
      setStep('reading');
      setDone(0);
      try {
        setNotices(await work({ onStep: setStep, onProgress: setDone, signal: controller.signal }));
      } catch (e) {
        setNotices([failureNotice(e, lang)]);
      } finally {
        setStep(null);
        abort.current = null;
      }
    },
    [lang],
  );

  const validate = React.useCallback(
    () =>
      perform(async (control) => {
        if (!session) return [];
        const r = await session.validate(control);
        setResult(r);
        const out: Notice[] = [{ intent: 'success', text: t(lang, 'paneMarked', { count: r.marked }) }];
        if (r.protectedSheets.length)
          out.push({ intent: 'warning', text: t(lang, 'paneProtected', { sheets: r.protectedSheets.join('、') }) });
        out.push(undoNotice(session, lang));
        return out;
      }),
    [perform, session, lang],
  );

  const onAction = (a: Action) => {
    if (!session) return;
    if (a === 'validate') void validate();
    if (a === 'fill') setConfirmFill(true);
    if (a === 'summary')
      void perform(async (control) => [{ intent: 'success', text: t(lang, 'paneSummaryDone', { name: await session.summary(control) }) }]);
    if (a === 'clear')
      void perform(async (control) => {
        const count = await session.clearMarks(control);
        // The findings stay: only the marks in the sheet go.
        return [{ intent: 'success', text: t(lang, 'paneCleared', { count }) }];
      });
    if (a === 'revert')
      void perform(async (control) => {
        const action = await session.revert(control);
        // Marks and the summary do not change what the forms hold: the list still holds. Other actions changed cells.
        if (action !== 'clear' && action !== 'summary') setResult(null);
        return [{ intent: 'success', text: t(lang, 'paneReverted', { action: actionName(action, lang) }) }];
      });
  };

  const fill = () => {
    setConfirmFill(false);
    if (!session) return;
    void perform(async (control) => {
      const { filled, validation } = await session.fill(control);
      setResult(validation);
      return [{ intent: 'success', text: t(lang, 'paneFilled', { count: filled }) }, undoNotice(session, lang)];
    });
  };

  const jump = (sheet: string, cell: string) => {
    if (!session) return;
    session.select(sheet, cell).catch((e: unknown) => {
      setNotices([failureNotice(e, lang)]);
    });
  };

  const copy = async (r: ValidateResult) => {
    // In the pane's language, whatever language the session planned in.
    setNotices([copiedNotice(await copyFindings(r.analysis, lang), lang)]);
  };

  const started = React.useRef(false);
  const [, setRevertRead] = React.useState(false);
  React.useEffect(() => {
    if (!session || started.current) return;
    started.current = true;
    if (autoValidate) void validate();
    // What Revert would undo, kept in the workbook from an earlier session (Validate finds it out too).
    else
      session.refreshRevertable().then(
        () => setRevertRead(true),
        () => setRevertRead(true),
      );
  }, [autoValidate, session, validate]);

  const preview = session?.fillPreview();
  const forms = result?.analysis.forms.length ?? 0;
  const findings = result ? result.analysis.forms.reduce((n, f) => n + f.findings.length, result.analysis.findings.length) : 0;
  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Image src="assets/logo-filled.png" alt="" width={32} height={32} />
        <Title3 as="h1">{t(lang, 'paneTitle')}</Title3>
      </header>
      {!session ? (
        <MessageBar intent="warning">
          <MessageBarBody>{new NoWorkbookError().text(lang)}</MessageBarBody>
        </MessageBar>
      ) : (
        <Toolbar lang={lang} busy={step !== null} validated={result !== null} revert={revertLabel(session, lang)} onAction={onAction} />
      )}
      {step && <Progress lang={lang} step={step} done={done} onCancel={() => abort.current?.abort()} />}
      {result && <Verdict lang={lang} verdict={verdictOf(result.analysis)} />}
      <Notices notices={notices} />
      {session && !result && !step && <Body1>{t(lang, 'paneIntro')}</Body1>}
      {result && forms > 0 && findings === 0 && <Body1>{t(lang, 'paneAllClear')}</Body1>}
      {result && forms > 0 && <Findings lang={lang} analysis={result.analysis} onJump={jump} onCopy={() => void copy(result)} />}
      <FillDialog
        lang={lang}
        count={preview?.cells ?? 0}
        overWeight={preview?.overWeight ?? 0}
        open={confirmFill}
        onConfirm={fill}
        onCancel={() => setConfirmFill(false)}
      />
    </main>
  );
}

export default App;
