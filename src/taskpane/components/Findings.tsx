import * as React from 'react';
import { Accordion, Button, CounterBadge, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { errorsFirst, type Analysis, type Finding, type Lang } from '../../core';
import { t } from '../strings';
import { FindingItem, type JumpTo } from './FindingItem';
import { FormCard, formPlace } from './FormCard';

/** Which findings to show. */
export type Filter = 'all' | 'error' | 'warning';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

// Counts are exact: no "99+".
const EXACT = Number.MAX_SAFE_INTEGER;

/** Forms shown at first, and added by each press of "show more": a workbook may hold a thousand. */
export const FORMS_PAGE = 30;

/** The forms found, those with errors first, each collapsible with its figures and findings; a severity filter; Copy. */
export function Findings(props: {
  lang: Lang;
  analysis: Analysis;
  /** Goes to a cell; absent where there is no sheet to go to (the web page). */
  onJump?: JumpTo;
  onCopy: () => void;
}): React.JSX.Element {
  const { lang, analysis, onJump, onCopy } = props;
  const styles = useStyles();
  const [filter, setFilter] = React.useState<Filter>('all');
  const [limit, setLimit] = React.useState(FORMS_PAGE);
  const all = [...analysis.forms.flatMap((f) => f.findings), ...analysis.findings];
  const count = (s: Filter) => all.filter((f) => s === 'all' || f.severity === s).length;
  const shown = (list: readonly Finding[]) => list.filter((f) => filter === 'all' || f.severity === filter);
  const perSheet = new Map<string, number>();
  for (const f of analysis.forms) perSheet.set(f.result.form.sheet, (perSheet.get(f.result.form.sheet) ?? 0) + 1);
  const forms = errorsFirst(analysis.forms)
    .map((report) => ({
      report,
      place: formPlace(report, (perSheet.get(report.result.form.sheet) ?? 0) > 1),
      list: shown(report.findings),
    }))
    .filter((x) => filter === 'all' || x.list.length > 0);
  const page = forms.slice(0, limit);
  const left = forms.length - page.length;
  // Forms with something to show start open; what the officer opened or closed stays so when more forms are shown.
  const [open, setOpen] = React.useState<{ key: string; items: string[] }>({ key: '', items: [] });
  const key = `${filter}:${forms.length}`;
  const items = open.key === key ? open.items : page.filter((x) => x.list.length > 0).map((x) => x.place);
  const showMore = () => {
    const added = forms
      .slice(limit, limit + FORMS_PAGE)
      .filter((x) => x.list.length > 0)
      .map((x) => x.place);
    setOpen({ key, items: [...items, ...added] });
    setLimit(limit + FORMS_PAGE);
  };
  return (
    <section aria-label={t(lang, 'paneForms', { count: analysis.forms.length })}>
      <div className={styles.bar}>
        <TabList
          selectedValue={filter}
          onTabSelect={(_e, d) => {
            setFilter(d.value as Filter);
            setLimit(FORMS_PAGE);
          }}
          size="small"
        >
          <Tab value="all">
            {t(lang, 'paneFilterAll')} <CounterBadge count={count('all')} overflowCount={EXACT} showZero size="small" color="informative" />
          </Tab>
          <Tab value="error">
            {t(lang, 'paneFilterErrors')} <CounterBadge count={count('error')} overflowCount={EXACT} showZero size="small" color="danger" />
          </Tab>
          <Tab value="warning">
            {t(lang, 'paneFilterWarnings')}{' '}
            <CounterBadge count={count('warning')} overflowCount={EXACT} showZero size="small" color="important" />
          </Tab>
        </TabList>
        <Button size="small" appearance="subtle" icon={<CopyRegular />} disabled={all.length === 0} onClick={onCopy}>
          {t(lang, 'paneCopy')}
        </Button>
      </div>
      <Accordion multiple collapsible openItems={items} onToggle={(_e, d) => setOpen({ key, items: d.openItems as string[] })}>
        {page.map(({ report, place, list }) => (
          <FormCard key={place} lang={lang} report={report} profile={analysis.profile} place={place} shown={list} onJump={onJump} />
        ))}
      </Accordion>
      {left > 0 && (
        <Button appearance="secondary" onClick={showMore}>
          {t(lang, 'paneMoreForms', { count: Math.min(FORMS_PAGE, left), left })}
        </Button>
      )}
      {analysis.findings.length > 0 && (
        <ul className={styles.list}>
          {shown(analysis.findings).map((f) => (
            <FindingItem key={`${f.sheet}!${f.cell}:${f.rule}`} lang={lang} finding={f} onJump={onJump} />
          ))}
        </ul>
      )}
    </section>
  );
}
