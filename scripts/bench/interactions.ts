/**
 * Drives the app's interactions from Playwright and reads back what the page
 * probe measured (scripts/bench/pageProbe.ts): from the triggering DOM event
 * (capturing listener, performance.now()) to the first animation frame after
 * the DOM shows the result. Each repetition changes what is shown (toggle on and
 * off, alternate provinces, ranges and queries, different articles), so no
 * repetition measures a no-op.
 *
 * Page code is passed as strings: functions compiled by the TypeScript loader may
 * carry helpers that do not exist in the page.
 */
import type { Page } from '@playwright/test';
import { cpuSince, mainThreadCpu } from './cpuTime';

export interface InteractionSpec {
  /** The DOM event that starts the clock. */
  event: 'click' | 'mouseup' | 'input';
  /** What counts as done: any change in the article list, a change that leaves rows in it, or the article's text shown. */
  until: 'list' | 'listRows' | 'article';
  articleId?: string;
  timeoutMs: number;
}

interface ProbeResult {
  t0: number | null;
  mutation: number | null;
  frame: number | null;
  painted: number | null;
  commit: number | null;
  error: string | null;
}

export interface InteractionSample {
  /** Event → first animation frame after the DOM showed the result (ms). */
  toFrame: number | null;
  /** Event → that frame's rendering done (a task after the frame callback) (ms). */
  toPainted: number | null;
  /** Search request to the worker (the debounced commit) → the same frame; text queries only. */
  commitToFrame: number | null;
  /** CPU time of the page's main thread from just before the action to the measured frame's end (ms); the search worker's is not in it. */
  mainThreadCpu: number | null;
  error: string | null;
}

export interface InteractionRun {
  name: string;
  /** What was done, for the report. */
  detail: string;
  samples: InteractionSample[];
  skipped?: string;
}

const probe = (page: Page, call: string) => page.evaluate(`window.__bench.${call}`);

const failed = (error: string): InteractionSample => ({ toFrame: null, toPainted: null, commitToFrame: null, mainThreadCpu: null, error });

const toSample = (result: ProbeResult | null, mainThread: number | null): InteractionSample => {
  if (!result) return failed('no measurement');
  const since = (time: number | null, from: number | null) => (time === null || from === null ? null : time - from);
  return {
    toFrame: result.error ? null : since(result.frame, result.t0),
    toPainted: result.error ? null : since(result.painted, result.t0),
    commitToFrame: result.error ? null : since(result.frame, result.commit),
    mainThreadCpu: result.error ? null : mainThread,
    error: result.error,
  };
};

/** Arms the probe, performs the action, and waits for the page's own measurement. */
export async function measureOnce(page: Page, spec: InteractionSpec, act: () => Promise<void>): Promise<InteractionSample> {
  const cpuBefore = await mainThreadCpu(page);
  await probe(page, `arm(${JSON.stringify(spec)})`);
  try {
    await act();
  } catch (error) {
    await probe(page, 'result()');
    return failed(`action failed: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = (await probe(page, 'result()')) as ProbeResult | null;
  return toSample(result, cpuSince(cpuBefore, await mainThreadCpu(page)));
}

/** Resolves after two animation frames: whatever the last action scheduled has been drawn. */
export const settle = (page: Page) =>
  page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))');

export async function shownCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('result-count').textContent()) ?? '';
  const numbers = text.replace(/[,\s]/g, '').match(/\d+/g) ?? [];
  return Number(numbers[0] ?? Number.NaN);
}

export async function resetFilters(page: Page): Promise<void> {
  const reset = page.getByTestId('reset-filters');
  if (await reset.isEnabled()) await reset.click();
  await settle(page);
}

/**
 * A viewport point where a click lands on this element itself (an SVG region's
 * box centre is often in a neighbour), after scrolling it into view.
 */
export async function pointInside(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return (await page.evaluate(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (!element) return null;
    element.scrollIntoView({ block: 'center', inline: 'center' });
    const box = element.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const candidates = [];
    const steps = 12;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const x = box.left + (box.width * i) / steps;
        const y = box.top + (box.height * j) / steps;
        candidates.push({ x, y, d: (x - cx) ** 2 + (y - cy) ** 2 });
      }
    }
    candidates.sort((a, b) => a.d - b.d);
    for (const point of candidates) {
      if (point.x < 0 || point.y < 0 || point.x >= innerWidth || point.y >= innerHeight) continue;
      if (document.elementFromPoint(point.x, point.y) === element) return { x: point.x, y: point.y };
    }
    return null;
  })()`)) as { x: number; y: number } | null;
}

/** Provinces on the map with some, but not all, of the shown articles: clicking one changes the list. */
export async function mapProvincesToClick(page: Page, total: number, limit = 4): Promise<Array<{ code: string; count: number }>> {
  const regions = (await page.evaluate(`[...document.querySelectorAll('[data-testid^="map-region-"]')].map((path) => ({
    code: path.getAttribute('data-testid').replace('map-region-', ''),
    count: Number(path.getAttribute('data-count')),
  }))`)) as Array<{ code: string; count: number }>;
  return regions
    .filter((region) => region.count > 0 && region.count < total)
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
    .slice(0, limit);
}

export async function clickMapRegion(page: Page, code: string): Promise<void> {
  const point = await pointInside(page, `[data-testid="map-region-${code}"]`);
  if (!point) throw new Error(`no clickable point inside region ${code}`);
  await page.mouse.click(point.x, point.y);
}

/** Province on, off, the next province on, off, …: every click changes the list. */
export async function benchMapClicks(page: Page, reps: number, timeoutMs: number): Promise<InteractionRun> {
  await resetFilters(page);
  const provinces = await mapProvincesToClick(page, await shownCount(page));
  const run: InteractionRun = { name: 'map click', detail: `province on/off, ${provinces.map((p) => p.code).join(', ')}`, samples: [] };
  if (provinces.length === 0) return { ...run, skipped: 'no province holds part of the articles' };
  for (let rep = 0; rep < reps; rep++) {
    const province = provinces[Math.floor(rep / 2) % provinces.length]!;
    const point = await pointInside(page, `[data-testid="map-region-${province.code}"]`);
    if (!point) {
      run.samples.push(failed(`no clickable point in ${province.code}`));
      continue;
    }
    // Hover first, as a hand does: the hover's own re-render is not part of the click.
    await page.mouse.move(point.x, point.y);
    await settle(page);
    run.samples.push(await measureOnce(page, { event: 'click', until: 'list', timeoutMs }, () => page.mouse.click(point.x, point.y)));
    await settle(page);
  }
  await resetFilters(page);
  return run;
}

interface BrushGeometry {
  left: number;
  right: number;
  y: number;
  /** The x where half the articles (by the brush's density bars) lie to the left. */
  median: number;
}

async function brushGeometry(page: Page): Promise<BrushGeometry | null> {
  return (await page.evaluate(`(() => {
    const brush = document.querySelector('[data-testid="timeline-brush"]');
    const overlay = brush && brush.querySelector('.overlay');
    if (!overlay) return null;
    brush.scrollIntoView({ block: 'center' });
    const box = overlay.getBoundingClientRect();
    const bars = [...brush.querySelectorAll('.timeline-density')].map((bar) => {
      const r = bar.getBoundingClientRect();
      return { x: r.left + r.width / 2, weight: r.height };
    }).sort((a, b) => a.x - b.x);
    const total = bars.reduce((sum, bar) => sum + bar.weight, 0);
    let seen = 0;
    let median = box.left + box.width / 2;
    for (const bar of bars) {
      seen += bar.weight;
      if (seen >= total / 2) { median = bar.x; break; }
    }
    return { left: box.left, right: box.right, y: box.top + box.height / 2, median };
  })()`)) as BrushGeometry | null;
}

/** Drags the brush over the earlier half of the articles, then the later half, alternately (real mouse drags). */
export async function benchBrush(page: Page, reps: number, timeoutMs: number): Promise<InteractionRun> {
  await resetFilters(page);
  const zoomReset = page.getByTestId('timeline-zoom-reset');
  if ((await zoomReset.count()) > 0 && (await zoomReset.isEnabled())) await zoomReset.click();
  await settle(page);
  const run: InteractionRun = { name: 'date brush', detail: 'drag over the earlier / later half of the articles', samples: [] };
  if (!(await brushGeometry(page))) return { ...run, skipped: 'no brush overlay' };
  for (let rep = 0; rep < reps; rep++) {
    // Measured again each time: a date filter adds a note above the timeline, which moves it down.
    const geometry = await brushGeometry(page);
    if (!geometry) {
      run.samples.push(failed('no brush overlay'));
      continue;
    }
    const median = Math.min(geometry.right - 12, Math.max(geometry.left + 12, geometry.median));
    const [from, to] = rep % 2 === 0 ? [geometry.left + 2, median] : [median + 6, geometry.right - 2];
    run.samples.push(
      await measureOnce(page, { event: 'mouseup', until: 'list', timeoutMs }, async () => {
        await page.mouse.move(from, geometry.y);
        await page.mouse.down();
        await page.mouse.move(to, geometry.y, { steps: 4 });
        await page.mouse.up();
      }),
    );
    await settle(page);
  }
  await resetFilters(page);
  return run;
}

/** The category chip that filters to the most articles while still leaving some out. */
async function categoryToToggle(page: Page, total: number): Promise<string | null> {
  const chips = (await page.evaluate(`[...document.querySelectorAll('[data-testid^="category-chip-"]')].map((chip) => ({
    id: chip.getAttribute('data-testid').replace('category-chip-', ''),
    count: Number((chip.querySelector('.chip__count') || {}).textContent || 0),
    enabled: !chip.disabled,
  }))`)) as Array<{ id: string; count: number; enabled: boolean }>;
  const usable = chips.filter((chip) => chip.enabled && chip.count > 0 && chip.count < total).sort((a, b) => b.count - a.count);
  return usable[0]?.id ?? null;
}

export async function benchCategoryToggle(page: Page, reps: number, timeoutMs: number): Promise<InteractionRun> {
  await resetFilters(page);
  const category = await categoryToToggle(page, await shownCount(page));
  const run: InteractionRun = { name: 'category toggle', detail: `chip ${category ?? '–'} on/off`, samples: [] };
  if (!category) return { ...run, skipped: 'no category holds part of the articles' };
  const chip = page.getByTestId(`category-chip-${category}`);
  for (let rep = 0; rep < reps; rep++) {
    run.samples.push(await measureOnce(page, { event: 'click', until: 'list', timeoutMs }, () => chip.click()));
    await settle(page);
  }
  await resetFilters(page);
  return run;
}

export interface TextQueryRuns {
  first: InteractionRun;
  repeated: InteractionRun;
}

/**
 * The first query starts the search worker and loads every search shard; later
 * ones alternate between two queries with different answers. Typed with one
 * input event each (Playwright's fill); the 180 ms commit delay is inside
 * `toFrame`, not inside `commitToFrame`.
 */
export async function benchTextQuery(page: Page, queries: [string, string], reps: number, timeoutMs: number): Promise<TextQueryRuns> {
  await resetFilters(page);
  const input = page.getByTestId('filter-query');
  const detail = `alternating "${queries[0]}" / "${queries[1]}"`;
  const first: InteractionRun = {
    name: 'text query, first (loads search)',
    detail: `"${queries[0]}": worker start + all search shards`,
    samples: [await measureOnce(page, { event: 'input', until: 'listRows', timeoutMs: timeoutMs * 4 }, () => input.fill(queries[0]))],
  };
  await settle(page);
  const repeated: InteractionRun = { name: 'text query', detail, samples: [] };
  for (let rep = 0; rep < reps; rep++) {
    const query = queries[(rep + 1) % 2]!;
    repeated.samples.push(await measureOnce(page, { event: 'input', until: 'listRows', timeoutMs }, () => input.fill(query)));
    await settle(page);
  }
  await input.fill('');
  await input.press('Enter');
  await resetFilters(page);
  return { first, repeated };
}

const ROW_HEIGHT = 76;

/** Clicks rows spread over the whole list, so most selections fetch a text shard the page does not have yet. */
export async function benchSelectArticle(page: Page, reps: number, timeoutMs: number): Promise<InteractionRun> {
  await resetFilters(page);
  const total = await shownCount(page);
  const run: InteractionRun = { name: 'select article', detail: 'rows spread over the list (text fetched from its shard on demand)', samples: [] };
  if (!(total > 0)) return { ...run, skipped: 'no articles listed' };
  for (let rep = 0; rep < reps; rep++) {
    const index = Math.floor(((rep + 0.5) * total) / reps);
    await page.evaluate(`(() => {
      const scroller = document.querySelector('.article-list__scroller');
      if (scroller) scroller.scrollTop = ${index * ROW_HEIGHT};
    })()`);
    await settle(page);
    const id = (await page.evaluate(`(() => {
      const scroller = document.querySelector('.article-list__scroller');
      const top = scroller ? scroller.getBoundingClientRect().top : 0;
      const rows = [...document.querySelectorAll('[data-testid^="article-item-"]')]
        .filter((row) => row.getAttribute('aria-selected') !== 'true' && row.getBoundingClientRect().top >= top - 1)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      return rows[0] ? rows[0].getAttribute('data-testid').replace('article-item-', '') : null;
    })()`)) as string | null;
    if (!id) {
      run.samples.push(failed('no row to click'));
      continue;
    }
    const row = page.getByTestId(`article-item-${id}`);
    await row.hover();
    await settle(page);
    run.samples.push(await measureOnce(page, { event: 'click', until: 'article', articleId: id, timeoutMs }, () => row.click()));
    await settle(page);
  }
  return run;
}

export interface FrameRun {
  deltas: number[];
  wheels: number;
  durationMs: number;
}

/**
 * Wheel-zooms over the timeline plot for `durationMs` (eight notches in, eight
 * out, repeated, so the zoom limits never stop the gesture) while the page
 * records every animation frame's distance from the previous one.
 */
export async function benchZoomFrames(page: Page, durationMs: number): Promise<FrameRun | null> {
  await resetFilters(page);
  const box = (await page.evaluate(`(() => {
    const area = document.querySelector('.timeline-zoom-area .timeline-zoom-bg') || document.querySelector('[data-testid="timeline-svg"]');
    if (!area) return null;
    area.scrollIntoView({ block: 'center' });
    const r = area.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 60) };
  })()`)) as { x: number; y: number } | null;
  if (!box) return null;
  await page.mouse.move(box.x, box.y);
  await settle(page);
  await probe(page, 'startFrames()');
  const started = Date.now();
  let notch = 0;
  while (Date.now() - started < durationMs) {
    await page.mouse.wheel(0, notch % 16 < 8 ? -120 : 120);
    notch++;
  }
  const { deltas, wheels } = (await probe(page, 'stopFrames()')) as { deltas: number[]; wheels: number };
  const zoomReset = page.getByTestId('timeline-zoom-reset');
  if ((await zoomReset.count()) > 0 && (await zoomReset.isEnabled())) await zoomReset.click();
  await settle(page);
  return { deltas, wheels, durationMs: Date.now() - started };
}
