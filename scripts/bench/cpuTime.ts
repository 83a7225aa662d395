/**
 * CPU time of a page's main thread, from CDP Performance metrics (ThreadTime):
 * unlike wall time, it barely grows when other work on the machine competes for
 * the cores, so it separates the app's cost from the machine's load.
 */
import type { CDPSession, Page } from '@playwright/test';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** Main-thread CPU time so far, ms (null when the browser does not report it). */
export async function mainThreadCpu(page: Page): Promise<number | null> {
  let session = sessions.get(page);
  if (!session) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('Performance.enable');
        return cdp;
      });
    sessions.set(page, session);
  }
  const { metrics } = (await (await session).send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const seconds = metrics.find((metric) => metric.name === 'ThreadTime')?.value;
  return seconds === undefined ? null : seconds * 1000;
}

/** A navigation to a new renderer process restarts the count: a reading below the first means "all of the second". */
export const cpuSince = (before: number | null, after: number | null): number | null =>
  before === null || after === null ? null : after >= before ? after - before : after;
