import * as React from 'react';
import { Button, Toolbar as FluentToolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowUndoRegular,
  CheckmarkCircleRegular,
  EraserRegular,
  TableSimpleRegular,
  TextBulletListSquareEditRegular,
} from '@fluentui/react-icons';
import type { Lang } from '../../core';
import { t } from '../strings';

/** The four actions. */
export type Action = 'validate' | 'fill' | 'summary' | 'clear' | 'revert';

const useStyles = makeStyles({ bar: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, padding: 0 } });

/** The task pane's actions: 校验, 填充, 生成汇总, 清除标记, 撤销上次操作. */
export function Toolbar(props: {
  lang: Lang;
  busy: boolean;
  validated: boolean;
  /** What Revert will undo, or null when there is nothing to undo. */
  revert: string | null;
  onAction: (a: Action) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { lang, busy, validated, revert, onAction } = props;
  return (
    <FluentToolbar className={styles.bar} aria-label={t(lang, 'paneTitle')}>
      <Button appearance="primary" icon={<CheckmarkCircleRegular />} disabled={busy} onClick={() => onAction('validate')}>
        {t(lang, 'paneValidate')}
      </Button>
      <ToolbarButton icon={<TextBulletListSquareEditRegular />} disabled={busy || !validated} onClick={() => onAction('fill')}>
        {t(lang, 'paneFill')}
      </ToolbarButton>
      <ToolbarButton icon={<TableSimpleRegular />} disabled={busy} onClick={() => onAction('summary')}>
        {t(lang, 'paneSummary')}
      </ToolbarButton>
      <ToolbarButton icon={<EraserRegular />} disabled={busy} onClick={() => onAction('clear')}>
        {t(lang, 'paneClear')}
      </ToolbarButton>
      <ToolbarButton icon={<ArrowUndoRegular />} disabled={busy || revert === null} onClick={() => onAction('revert')}>
        {revert ?? t(lang, 'paneRevert')}
      </ToolbarButton>
    </FluentToolbar>
  );
}
