import * as React from 'react';
import { AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { a1, formPasses, gradeText, percentText, rectA1, type Finding, type FormReport, type Lang, type Profile } from '../../core';
import { t } from '../strings';
import { FindingItem, type JumpTo } from './FindingItem';

const useStyles = makeStyles({
  head: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: 0 },
  jump: { flexShrink: 0, marginTop: tokens.spacingVerticalS },
});

/** Where a form is, as the pane names it: its sheet, or on a sheet of several forms, its range there. */
export function formPlace(report: FormReport, shared: boolean): string {
  const f = report.result.form;
  return shared ? `${f.sheet}!${rectA1(f.rect)}` : f.sheet;
}

/**
 * One form, collapsible: its name and place (its sheet, or its range on a sheet of stacked forms) with a button that goes
 * there, 通过 or 需修改 (never its 等级 alone in a success colour when it has errors), its
 * 执行率, 预算执行得分, 总分 and 等级, and the findings the filter shows.
 */
export function FormCard(props: {
  lang: Lang;
  report: FormReport;
  profile: Profile;
  place: string;
  shown: readonly Finding[];
  onJump: JumpTo;
}): React.JSX.Element {
  const { lang, report, profile, place, shown, onJump } = props;
  const styles = useStyles();
  const r = report.result;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const score = (d: typeof r.total) => (d ? d.toFixed(profile.rounding.scorePlaces) : '—');
  const start = a1(r.form.start.row, r.form.start.col);
  return (
    <AccordionItem value={place} data-testid="form">
      <div className={styles.row}>
        <AccordionHeader size="large" className={styles.grow}>
          <span className={styles.head}>
            <span className={styles.title}>
              <strong>{r.form.project || r.form.sheet}</strong>
              {formPasses(report) ? (
                <Badge appearance="tint" color={warnings ? 'warning' : 'success'}>
                  {t(lang, 'statusPass')}
                  {warnings ? ` · ${t(lang, 'paneFormWarnings', { warnings })}` : ''}
                </Badge>
              ) : (
                <Badge appearance="filled" color="danger">
                  {t(lang, 'paneFormStatusFix', { errors })}
                </Badge>
              )}
            </span>
            <Caption1 data-testid="form-place">{place}</Caption1>
            <Caption1>
              {t(lang, 'paneFormLine', {
                rate: r.rate ? percentText(r.rate, profile.rounding) : '—',
                budget: score(r.budgetScore),
                total: score(r.total),
                grade: r.grade ? gradeText(r.grade, lang) : '—',
              })}
            </Caption1>
          </span>
        </AccordionHeader>
        {/* Beside the header, not in it: the header is the button that opens and closes the form. */}
        {onJump && (
          <Button
            className={styles.jump}
            appearance="subtle"
            icon={<OpenRegular />}
            aria-label={t(lang, 'paneFormJump', { where: place })}
            title={t(lang, 'paneFormJump', { where: place })}
            onClick={() => onJump(r.form.sheet, start)}
          />
        )}
      </div>
      <AccordionPanel>
        <ul className={styles.list}>
          {shown.map((f) => (
            <FindingItem key={`${f.sheet}!${f.cell}:${f.rule}`} lang={lang} finding={f} onJump={onJump} />
          ))}
        </ul>
      </AccordionPanel>
    </AccordionItem>
  );
}
