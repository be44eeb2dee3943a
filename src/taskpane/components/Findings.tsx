import * as React from 'react';
import { Badge, Caption1, CounterBadge, Link, Subtitle2, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { gradeText, messageOf, percentText, SEVERITY_NAMES, type Analysis, type Finding, type Lang } from '../../core';
import { t } from '../strings';

/** Which findings to show. */
export type Filter = 'all' | 'error' | 'warning';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBlock: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
  info: { color: tokens.colorNeutralForeground3, flexShrink: 0, marginTop: '2px' },
});

/** The forms found, each with its 执行率, 总分 and 等级, and its findings, grouped, counted and filtered by severity. */
export function Findings(props: { lang: Lang; analysis: Analysis; onJump: (f: Finding) => void }): React.JSX.Element {
  const { lang, analysis, onJump } = props;
  const styles = useStyles();
  const [filter, setFilter] = React.useState<Filter>('all');
  const all = [...analysis.forms.flatMap((f) => f.findings), ...analysis.findings];
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const shown = (list: readonly Finding[]) => list.filter((f) => filter === 'all' || f.severity === filter);
  const item = (f: Finding) => (
    <li key={`${f.sheet}!${f.cell}:${f.rule}`} className={styles.item}>
      {f.severity === 'error' ? (
        <ErrorCircleFilled className={styles.error} aria-label={SEVERITY_NAMES.error[lang]} />
      ) : f.severity === 'warning' ? (
        <WarningFilled className={styles.warning} aria-label={SEVERITY_NAMES.warning[lang]} />
      ) : (
        <InfoFilled className={styles.info} aria-label={SEVERITY_NAMES.info[lang]} />
      )}
      <span>
        <Link as="button" onClick={() => onJump(f)} aria-label={t(lang, 'paneJump', { cell: `${f.sheet}!${f.cell}` })}>
          {f.cell}
        </Link>{' '}
        {messageOf(f, lang)}
      </span>
    </li>
  );
  return (
    <section aria-label={t(lang, 'paneForms', { count: analysis.forms.length })}>
      <TabList selectedValue={filter} onTabSelect={(_e, d) => setFilter(d.value as Filter)} size="small">
        <Tab value="all">
          {t(lang, 'paneFilterAll')} <CounterBadge count={all.length} showZero size="small" color="informative" />
        </Tab>
        <Tab value="error">
          {t(lang, 'paneFilterErrors')} <CounterBadge count={errors} showZero size="small" color="danger" />
        </Tab>
        <Tab value="warning">
          {t(lang, 'paneFilterWarnings')} <CounterBadge count={warnings} showZero size="small" color="important" />
        </Tab>
      </TabList>
      {analysis.forms.map((report) => {
        const r = report.result;
        const e = report.findings.filter((f) => f.severity === 'error').length;
        const w = report.findings.filter((f) => f.severity === 'warning').length;
        return (
          <div key={`${r.form.sheet}!${r.form.start.row}`} className={styles.form} data-testid="form">
            <div className={styles.head}>
              <Subtitle2>{r.form.project || r.form.sheet}</Subtitle2>
              <Badge appearance="tint" color={e ? 'danger' : w ? 'warning' : 'success'}>
                {SEVERITY_NAMES.error[lang]} {e} · {SEVERITY_NAMES.warning[lang]} {w}
              </Badge>
            </div>
            <Caption1>
              {r.form.sheet} ·{' '}
              {t(lang, 'paneFormLine', {
                rate: r.rate ? percentText(r.rate, analysis.profile.rounding) : '—',
                total: r.total ? r.total.toFixed(analysis.profile.rounding.scorePlaces) : '—',
                grade: r.grade ? gradeText(r.grade, lang) : '—',
              })}
            </Caption1>
            <ul className={styles.list}>{shown(report.findings).map(item)}</ul>
          </div>
        );
      })}
      {analysis.findings.length > 0 && <ul className={styles.list}>{shown(analysis.findings).map(item)}</ul>}
    </section>
  );
}
