import * as React from 'react';
import { Button, Image, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { UiLanguage } from '../language';

const STRINGS: Record<UiLanguage, { title: string; validate: string }> = {
  'zh-CN': { title: '绩效自评助手', validate: '校验' },
  'en-US': { title: 'Self-Evaluation Assistant', validate: 'Validate' },
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  actions: {
    display: 'flex',
  },
});

export interface AppProps {
  language?: UiLanguage;
  /** Runs when the user clicks 校验 / Validate. */
  onValidate?: () => void;
}

const noop = (): void => {};

export function App({ language = 'zh-CN', onValidate = noop }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const strings = STRINGS[language];
  return (
    <main className={styles.root} lang={language}>
      <header className={styles.header}>
        <Image src="assets/logo-filled.png" alt="" width={32} height={32} />
        <Title3 as="h1">{strings.title}</Title3>
      </header>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onValidate()}>
          {strings.validate}
        </Button>
      </div>
    </main>
  );
}

export default App;
