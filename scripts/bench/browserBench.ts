/**
 * The app in headless Chromium at one corpus size: time to the first drawn
 * timeline, map and list (cold cache and cached), JS heap, interaction latency
 * and frame times while zooming. Launched like the e2e tests (e2e/browser.ts),
 * plus precise memory info.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';
import {
  benchBrush,
  benchCategoryToggle,
  benchMapClicks,
  benchSelectArticle,
  benchTextQuery,
  benchZoomFrames,
  settle,
  type FrameRun,
  type InteractionRun,
} from './interactions';
import { cpuSince, mainThreadCpu } from './cpuTime';
import { PAGE_PROBE } from './pageProbe';
import { startProfile, stopProfile, summariseProfile, type ProfileSummary } from './profile';

export const VIEWPORT = { width: 1280, height: 800 };
const VIEWS = ['timeline', 'map', 'list'] as const;
type View = (typeof VIEWS)[number];

export interface LoadSample {
  /** ms from navigation start to the first animation frame showing each view with data. */
  timeline: number | null;
  map: number | null;
  list: number | null;
  /** All three drawn. */
  all: number | null;
  /** When index.json had arrived (resource timing responseEnd). */
  indexArrived: number | null;
  /** Bytes of index.json over the network: 0 when it came from the browser's cache. */
  indexTransferBytes: number | null;
  /** CPU time the page's main thread used from navigation to all views drawn (ms): less skewed by a busy machine than wall time. */
  mainThreadCpu: number | null;
  error: string | null;
}

export interface HeapUsage {
  pageBytes: number;
  workerBytes: number[];
}

export interface BrowserBenchOptions {
  url: string;
  reps: number;
  loadReps: number;
  queries: [string, string];
  timeoutMs: number;
  zoomMs: number;
  /** An unminified build of the same app, served over the same data, to profile. */
  profile?: { url: string; appDir: string };
  log?: (message: string) => void;
}

export interface BrowserBenchResult {
  coldLoads: LoadSample[];
  warmLoads: LoadSample[];
  heapAfterLoad: HeapUsage | null;
  heapAfterInteractions: HeapUsage | null;
  interactions: InteractionRun[];
  zoom: FrameRun | null;
  profile: { load: ProfileSummary; interactions: ProfileSummary } | null;
  pageErrors: string[];
}

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
}

async function newBenchPage(context: BrowserContext, pageErrors: string[], timeoutMs = 120_000): Promise<Page> {
  const page = await context.newPage();
  // Playwright actions otherwise wait forever for an element that never becomes actionable.
  page.setDefaultTimeout(timeoutMs);
  await page.addInitScript(PAGE_PROBE);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}


const ALL_DRAWN = `(() => {
  const drawn = window.__bench && window.__bench.firstDrawn();
  if (document.querySelector('[data-testid="load-error"]')) return 'error';
  return Boolean(drawn && ${JSON.stringify(VIEWS)}.every((view) => drawn[view] && drawn[view].frame !== null));
})()`;

/**
 * Evaluates `expression` every 100 ms until it is truthy. Not page.waitForFunction:
 * that compiles the expression inside the page, which the app's Content Security
 * Policy forbids; an evaluation over CDP is not subject to it.
 */
async function pollPage(page: Page, expression: string, timeoutMs: number): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(expression).catch(() => false);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for the views`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Navigates and waits for every view to be drawn with data; the times are the page's own. */
export async function measureLoad(page: Page, url: string, timeoutMs: number): Promise<LoadSample> {
  const empty: LoadSample = { timeline: null, map: null, list: null, all: null, indexArrived: null, indexTransferBytes: null, mainThreadCpu: null, error: null };
  const cpuBefore = await mainThreadCpu(page);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    if ((await pollPage(page, ALL_DRAWN, timeoutMs)) === 'error') {
      return { ...empty, error: (await page.getByTestId('load-error').textContent()) ?? 'load error' };
    }
  } catch (error) {
    return { ...empty, error: (error as Error).message.split('\n')[0]! };
  }
  const reading = (await page.evaluate(`(() => {
    const drawn = window.__bench.firstDrawn();
    const index = performance.getEntriesByType('resource').find((entry) => /\\/data\\/index\\.json$/.test(new URL(entry.name).pathname));
    return {
      timeline: drawn.timeline.frame, map: drawn.map.frame, list: drawn.list.frame,
      indexArrived: index ? index.responseEnd : null,
      indexTransferBytes: index ? index.transferSize : null,
    };
  })()`)) as Record<View, number> & { indexArrived: number | null; indexTransferBytes: number | null };
  const mainThread = cpuSince(cpuBefore, await mainThreadCpu(page));
  return { ...reading, all: Math.max(reading.timeline, reading.map, reading.list), mainThreadCpu: mainThread, error: null };
}

async function collectPageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/**
 * Dedicated workers' heaps, through CDP target sessions (non-flattened: messages
 * are relayed through this page session), after a garbage collection in each.
 */
async function collectWorkerHeaps(page: Page): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const sessions: string[] = [];
  const replies = new Map<string, (result: unknown) => void>();
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) replies.get(`${event.sessionId}:${message.id}`)?.(message.result);
  });
  const ask = (sessionId: string, id: number, method: string) =>
    Promise.race([
      new Promise<unknown>((resolve) => {
        replies.set(`${sessionId}:${id}`, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      }),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000)),
    ]);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await page.waitForTimeout(300);
  const heaps: number[] = [];
  for (const sessionId of sessions) {
    await ask(sessionId, 1, 'HeapProfiler.collectGarbage');
    const usage = (await ask(sessionId, 2, 'Runtime.getHeapUsage')) as { usedSize?: number } | null;
    if (usage?.usedSize !== undefined) heaps.push(usage.usedSize);
  }
  await cdp.detach();
  return heaps;
}

async function heapUsage(page: Page, withWorkers: boolean): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  const pageBytes = await collectPageHeap(cdp);
  await cdp.detach();
  return { pageBytes, workerBytes: withWorkers ? await collectWorkerHeaps(page) : [] };
}

/** A CPU profile of one cached load and of a few filter interactions, on the unminified build. */
async function profileRun(browser: Browser, options: Required<Pick<BrowserBenchOptions, 'profile'>> & BrowserBenchOptions, pageErrors: string[]) {
  const { url, appDir } = options.profile;
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const first = await newBenchPage(context, pageErrors, options.timeoutMs);
    await measureLoad(first, url, options.timeoutMs);
    await first.close();
    const page = await newBenchPage(context, pageErrors, options.timeoutMs);
    const cdp = await context.newCDPSession(page);
    await startProfile(cdp);
    await measureLoad(page, url, options.timeoutMs);
    const load = summariseProfile(await stopProfile(cdp), appDir);
    await settle(page);
    await startProfile(cdp);
    await benchMapClicks(page, 6, options.timeoutMs);
    await benchCategoryToggle(page, 6, options.timeoutMs);
    await benchBrush(page, 4, options.timeoutMs);
    const interactions = summariseProfile(await stopProfile(cdp), appDir);
    return { load, interactions };
  } finally {
    await context.close();
  }
}

export async function runBrowserBench(browser: Browser, options: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const log = options.log ?? (() => undefined);
  const pageErrors: string[] = [];
  // Each load in a page of its own, opened on about:blank: a navigation may start the
  // renderer's CPU count afresh, which would make a difference across two loads meaningless.
  // A second page of the same context shares the first one's HTTP cache.
  const loadInNewPage = async (context: BrowserContext): Promise<LoadSample> => {
    const page = await newBenchPage(context, pageErrors, options.timeoutMs);
    try {
      return await measureLoad(page, options.url, options.timeoutMs);
    } finally {
      await page.close();
    }
  };
  const coldLoads: LoadSample[] = [];
  const warmLoads: LoadSample[] = [];
  for (let rep = 0; rep < options.loadReps; rep++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      coldLoads.push(await loadInNewPage(context));
      warmLoads.push(await loadInNewPage(context));
    } finally {
      await context.close();
    }
    log(`  load ${rep + 1}/${options.loadReps}: cold ${coldLoads.at(-1)?.all?.toFixed(0) ?? '–'} ms, cached ${warmLoads.at(-1)?.all?.toFixed(0) ?? '–'} ms`);
  }

  const context = await browser.newContext({ viewport: VIEWPORT });
  const interactions: InteractionRun[] = [];
  let zoom: FrameRun | null = null;
  let heapAfterLoad: HeapUsage | null = null;
  let heapAfterInteractions: HeapUsage | null = null;
  try {
    await loadInNewPage(context);
    const page = await newBenchPage(context, pageErrors, options.timeoutMs);
    const loaded = await measureLoad(page, options.url, options.timeoutMs);
    if (loaded.error) throw new Error(`the app did not load: ${loaded.error}`);
    await settle(page);
    heapAfterLoad = await heapUsage(page, true);
    log(`  heap after load: ${(heapAfterLoad.pageBytes / 2 ** 20).toFixed(1)} MB`);
    const steps: Array<[string, () => Promise<InteractionRun | InteractionRun[]>]> = [
      ['map click', () => benchMapClicks(page, options.reps, options.timeoutMs)],
      ['date brush', () => benchBrush(page, options.reps, options.timeoutMs)],
      ['category toggle', () => benchCategoryToggle(page, options.reps, options.timeoutMs)],
      ['text query', async () => Object.values(await benchTextQuery(page, options.queries, options.reps, options.timeoutMs))],
      ['select article', () => benchSelectArticle(page, options.reps, options.timeoutMs)],
    ];
    for (const [name, step] of steps) {
      const started = Date.now();
      interactions.push(...[await step()].flat());
      log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    zoom = await benchZoomFrames(page, options.zoomMs);
    log(`  zoom: ${zoom?.deltas.length ?? 0} frames, ${zoom?.wheels ?? 0} wheel events`);
    heapAfterInteractions = await heapUsage(page, true);
  } finally {
    await context.close();
  }

  let profile: BrowserBenchResult['profile'] = null;
  if (options.profile) {
    log('  profiling (unminified build) …');
    profile = await profileRun(browser, { ...options, profile: options.profile }, pageErrors);
  }
  return { coldLoads, warmLoads, heapAfterLoad, heapAfterInteractions, interactions, zoom, profile, pageErrors };
}
