import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Lang } from '../../core';
import { t } from '../strings';

/**
 * Asks before Fill in writes, saying how many cells will change (only those whose value or formula would), that there
 * is nothing to fill when none would, and that a score above its weight is to be fixed first.
 */
export function FillDialog(props: {
  lang: Lang;
  count: number;
  overWeight: number;
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { lang, count, overWeight } = props;
  return (
    <Dialog open={props.open} onOpenChange={(_e, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(lang, 'paneFillTitle')}</DialogTitle>
          <DialogContent>
            <p>{count ? t(lang, 'paneFillBody', { count }) : t(lang, 'paneFillNone')}</p>
            {overWeight > 0 && <p>{t(lang, 'paneFillOverWeight', { count: overWeight })}</p>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={count === 0} onClick={props.onConfirm}>
              {t(lang, 'paneConfirm')}
            </Button>
            <Button onClick={props.onCancel}>{t(lang, 'paneCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
