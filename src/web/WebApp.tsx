import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  Image,
  MessageBar,
  MessageBarBody,
  Select,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentArrowUpRegular } from '@fluentui/react-icons';
import { format, PROFILES, profileNamed, UI, unkeptText, verdictOf, type Lang } from '../core';
import { copyFindings } from '../taskpane/clipboard';
import { Findings } from '../taskpane/components/Findings';
import { copiedNotice, failureNotice, Notices, type Notice } from '../taskpane/components/Notices';
import { Progress } from '../taskpane/components/Progress';
import { Verdict } from '../taskpane/components/Verdict';
import { t } from '../taskpane/strings';
import { checkBytes, copyBytes, copyName, type Checked } from './checkBytes';
import { saveFile } from './saveFile';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '760px',
    marginLeft: 'auto',
    marginRight: 'auto',
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  drop: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dropping: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  copy: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * The web page: an .xlsx opened or dropped, checked in the browser by the same engine and exceljs host as the CLI, shown
 * as the task pane shows it, and a checked copy to download. Nothing leaves the browser.
 */
export function WebApp({ lang }: { lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const [checked, setChecked] = React.useState<Checked | null>(null);
  const [step, setStep] = React.useState<'reading' | 'checking' | 'writing' | null>(null);
  const [done, setDone] = React.useState(0);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [fill, setFill] = React.useState(false);
  const [summary, setSummary] = React.useState(false);
  const [dropping, setDropping] = React.useState(false);
  const [profile, setProfile] = React.useState('mof-2020');
  const input = React.useRef<HTMLInputElement>(null);
  const abort = React.useRef<AbortController | null>(null);

  const fail = (e: unknown) => {
    setNotice(failureNotice(e, lang));
  };

  const open = async (file: File | Checked, profileId = profile) => {
    const controller = new AbortController();
    abort.current = controller;
    setNotice(null);
    setChecked(null);
    setDone(0);
    setStep('reading');
    try {
      // A file opened, or the one checked already, checked again with another profile.
      const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : file.bytes;
      const control = { signal: controller.signal, onStep: setStep, onProgress: setDone };
      setChecked(await checkBytes(bytes, file.name, control, profileNamed(profileId)));
    } catch (e) {
      fail(e);
    } finally {
      setStep(null);
      abort.current = null;
    }
  };

  const download = async (c: Checked) => {
    setNotice(null);
    setStep('writing');
    try {
      const name = copyName(c.name, lang);
      saveFile(await copyBytes(c, { fill, summary, lang }), name);
      setNotice({ intent: 'success', text: t(lang, 'webDownloaded', { name }) });
    } catch (e) {
      fail(e);
    } finally {
      setStep(null);
    }
  };

  const copy = async (c: Checked) => {
    setNotice(copiedNotice(await copyFindings(c.analysis, lang), lang));
  };

  const onFiles = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !step) void open(file);
  };

  const forms = checked?.analysis.forms.length ?? 0;
  const unkept = checked ? unkeptText(checked.unkept, lang) : '';
  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Image src="assets/logo-filled.png" alt="" width={32} height={32} />
        <Title3 as="h1">{t(lang, 'webTitle')}</Title3>
      </header>
      <Body1>{t(lang, 'webPrivacy')}</Body1>
      <div
        className={`${styles.drop} ${dropping ? styles.dropping : ''}`}
        data-testid="drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDropping(false);
          onFiles(e.dataTransfer.files);
        }}
      >
        <Button appearance="primary" icon={<DocumentArrowUpRegular />} disabled={step !== null} onClick={() => input.current?.click()}>
          {t(lang, 'webOpen')}
        </Button>
        <Caption1>{t(lang, 'webDrop')}</Caption1>
        <input
          ref={input}
          id="file"
          type="file"
          accept=".xlsx,.xlsm"
          hidden
          onChange={(e) => {
            onFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      <Field label={t(lang, 'webProfile')}>
        <Select
          value={profile}
          disabled={step !== null}
          onChange={(_e, d) => {
            setProfile(d.value);
            if (checked) void open(checked, d.value);
          }}
        >
          {Object.entries(PROFILES).map(([id, def]) => (
            <option key={id} value={id}>
              {def.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {step && <Progress lang={lang} step={step} done={done} onCancel={() => abort.current?.abort()} />}
      {notice && <Notices notices={[notice]} />}
      {checked && <Caption1 data-testid="workbook">{t(lang, 'webChecked', { name: checked.name })}</Caption1>}
      {checked && <Verdict lang={lang} verdict={verdictOf(checked.analysis)} />}
      {checked && forms > 0 && (
        <Card className={styles.copy}>
          <Body1>{t(lang, 'webCopyNote')}</Body1>
          <Checkbox checked={fill} onChange={(_e, d) => setFill(!!d.checked)} label={t(lang, 'webFill')} />
          <Checkbox checked={summary} onChange={(_e, d) => setSummary(!!d.checked)} label={t(lang, 'webSummary')} />
          {unkept && (
            <MessageBar intent="warning" data-testid="unkept">
              <MessageBarBody>{format(UI.webUnkept[lang], { parts: unkept })}</MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button icon={<ArrowDownloadRegular />} disabled={step !== null} onClick={() => void download(checked)}>
              {t(lang, 'webCopy')}
            </Button>
          </div>
        </Card>
      )}
      {checked && forms > 0 && <Findings lang={lang} analysis={checked.analysis} onCopy={() => void copy(checked)} />}
    </main>
  );
}
