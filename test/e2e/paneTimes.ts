import type { Page } from 'playwright-core';

/** When things happened in the page, in its own clock (ms): clicks by button text, and the progress bar coming and going. */
export interface PaneTimes {
  clicks: Record<string, number>;
  barShown?: number;
  barGone?: number;
}

/**
 * Starts recording PaneTimes in the page; with `cancelIn`, presses the pane's Cancel itself that many ms after the
 * progress bar first shows the given label: a click that lands when the page is free, as a user's would.
 */
export async function watchPane(page: Page, cancelIn?: { label: string; afterMs: number }): Promise<void> {
  await page.evaluate((cancel) => {
    const w = window as unknown as { paneTimes: PaneTimes; paneObserver?: MutationObserver };
    w.paneObserver?.disconnect();
    const times: PaneTimes = { clicks: {} };
    w.paneTimes = times;
    const pane = document.querySelector('[data-testid="pane"]') as HTMLElement;
    // The event's own time stamp: when the input happened, before it waited for the page.
    pane.addEventListener(
      'click',
      (e) => {
        const button = (e.target as Element).closest('button');
        if (button) times.clicks[button.textContent?.trim() ?? ''] ??= e.timeStamp;
      },
      true,
    );
    let armed = !!cancel;
    const observer = new MutationObserver(() => {
      const bar = pane.querySelector('[role="progressbar"]');
      if (bar && times.barShown === undefined) times.barShown = performance.now();
      if (!bar && times.barShown !== undefined && times.barGone === undefined) times.barGone = performance.now();
      if (armed && cancel && bar && pane.textContent?.includes(cancel.label)) {
        armed = false;
        setTimeout(() => {
          const button = [...pane.querySelectorAll('button')].find((b) => b.textContent?.trim() === '取消');
          button?.click();
        }, cancel.afterMs);
      }
    });
    observer.observe(pane, { subtree: true, childList: true, characterData: true });
    w.paneObserver = observer;
  }, cancelIn ?? null);
}

/** What watchPane recorded. */
export function paneTimes(page: Page): Promise<PaneTimes> {
  return page.evaluate(() => (window as unknown as { paneTimes: PaneTimes }).paneTimes);
}
