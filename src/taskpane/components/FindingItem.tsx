import * as React from 'react';
import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { messageOf, RULE_GUIDE, SEVERITY_NAMES, type Finding, type Lang } from '../../core';
import { t } from '../strings';

const useStyles = makeStyles({
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  why: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
  info: { color: tokens.colorNeutralForeground3, flexShrink: 0, marginTop: '2px' },
});

/** Where a finding goes when its cell is clicked; absent where there is no sheet to go to (the web page). */
export type JumpTo = ((sheet: string, cell: string) => void) | undefined;

/** A cell's address: a link that goes there when the host can, plain text otherwise. */
function CellLink(props: { lang: Lang; sheet: string; cell: string; onJump: JumpTo }): React.JSX.Element {
  const { lang, sheet, cell, onJump } = props;
  if (!onJump) return <strong>{cell}</strong>;
  return (
    <Link as="button" onClick={() => onJump(sheet, cell)} aria-label={t(lang, 'paneJump', { cell: `${sheet}!${cell}` })}>
      {cell}
    </Link>
  );
}

/** One finding: its cell (a link that goes there), its message, the other cells it involves, how to fix it, whether Fill in would, and why. */
export function FindingItem(props: { lang: Lang; finding: Finding; onJump: JumpTo }): React.JSX.Element {
  const { lang, finding: f, onJump } = props;
  const styles = useStyles();
  const guide = RULE_GUIDE[f.rule];
  const Icon = f.severity === 'error' ? ErrorCircleFilled : f.severity === 'warning' ? WarningFilled : InfoFilled;
  return (
    <li className={styles.item} data-testid="finding">
      <Icon className={styles[f.severity]} aria-label={SEVERITY_NAMES[f.severity][lang]} />
      <span className={styles.body}>
        <span>
          <CellLink lang={lang} sheet={f.sheet} cell={f.cell} onJump={onJump} /> {messageOf(f, lang)}
        </span>
        {f.also && (
          <Caption1>
            {t(lang, 'paneAlso')}
            {f.also.map((c) => (
              <React.Fragment key={c.cell}>
                {' '}
                <CellLink lang={lang} sheet={f.sheet} cell={c.cell} onJump={onJump} />
              </React.Fragment>
            ))}
          </Caption1>
        )}
        <Caption1 className={styles.hint}>
          {guide.fix[lang]}
          {f.fill !== null && ` ${t(lang, 'paneFillWould', { fill: f.fill })}`}
        </Caption1>
        <Caption1 className={styles.why}>{t(lang, 'paneWhy', { source: guide.source[lang] })}</Caption1>
      </span>
    </li>
  );
}
