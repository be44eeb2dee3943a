import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which .ci/run installs; playwright never downloads a browser of its own here. */
export const CHROMIUM = '/usr/bin/chromium';

/** Launches headless Chromium with the flags this machine needs (no sandbox as root, no background network). */
export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run "apt-get install -y chromium" (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Whether this is CI, where every test must run. */
export const IN_CI = !!process.env.CI && process.env.CI !== 'false';

/**
 * `describe` for browser tests: they run where Debian's Chromium is installed, and always in CI (which installs it);
 * on a developer's machine without it they are skipped with a note, so that `npm test` still works there.
 */
export const describeWithBrowser: jest.Describe = fs.existsSync(CHROMIUM) || IN_CI ? describe : describe.skip;
if (!fs.existsSync(CHROMIUM) && !IN_CI) {
  console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium to run them).`);
}
