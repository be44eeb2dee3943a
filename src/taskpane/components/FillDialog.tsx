import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Lang } from '../../core';
import { t } from '../strings';

/** Asks before Fill in writes, saying how many cells will change. */
export function FillDialog(props: {
  lang: Lang;
  count: number;
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { lang, count } = props;
  return (
    <Dialog open={props.open} onOpenChange={(_e, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(lang, 'paneFillTitle')}</DialogTitle>
          <DialogContent>{t(lang, 'paneFillBody', { count })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t(lang, 'paneConfirm')}
            </Button>
            <Button onClick={props.onCancel}>{t(lang, 'paneCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
