import { expect, test, type APIRequestContext, type Page } from './test';
import type { ArticleSummary } from '../src/model';
import { readArticleShard, readCollectionIndex, type CollectionIndex } from '../src/data/readCollection';
import { shardFileName } from '../src/data/collectionFormat';
import { clickMapRegion } from '../scripts/bench/interactions';
import { chooseQueries } from '../scripts/bench/queries';

/**
 * The app over a generated collection of thousands of articles (the `scale`
 * project's server, e2e/scale-server.ts): everything still loads, draws and
 * filters correctly. Expected answers come from the served data itself (read
 * with the app's own format reader), never from guesses about the generator.
 * No timing is asserted here (see `npm run bench`).
 */

const LOAD_TIMEOUT = 60_000;
test.describe.configure({ timeout: 180_000 });

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.ok(), `${path} is served`).toBe(true);
  return (await response.json()) as T;
}

async function servedIndex(request: APIRequestContext): Promise<CollectionIndex> {
  return readCollectionIndex(await getJson<unknown>(request, 'data/index.json'), 'data/index.json');
}

async function manifestCount(request: APIRequestContext): Promise<number> {
  const response = await request.get('corpus/manifest.jsonl');
  expect(response.ok(), 'the corpus manifest is served').toBe(true);
  return (await response.text()).split('\n').filter((line) => line.trim() !== '').length;
}

async function open(page: Page): Promise<void> {
  await page.goto('./?lang=zh');
  await expect(page.locator('[data-testid^="article-item-"]').first()).toBeVisible({ timeout: LOAD_TIMEOUT });
}

/** "shown / total" from the result counter (numbers may carry thousands separators). */
async function resultCount(page: Page): Promise<{ shown: number; total: number }> {
  const [shown, total] = ((await page.getByTestId('result-count').textContent()) ?? '').split('/').map((part) => Number(part.replace(/\D/g, '') || Number.NaN));
  return { shown: shown ?? Number.NaN, total: total ?? Number.NaN };
}

async function listedIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="article-item-"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')!.replace('article-item-', '')));
}

/** The region filter's meaning, written out independently: an article about the province or with a measure there. */
function inProvince(article: ArticleSummary, province: string): boolean {
  const prefix = province.slice(0, 2);
  const codes = [...article.primaryRegions, ...article.measures.flatMap((measure) => measure.regionCodes)];
  return codes.some((code) => /^\d{6}$/.test(code) && code !== '100000' && code.startsWith(prefix));
}

const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'].map(
  (prefix) => `${prefix}0000`,
);

test.describe('a collection of thousands of generated articles', () => {
  test('lists every parsed article and draws the timeline and the map', async ({ page, request }) => {
    const generated = await manifestCount(request);
    const index = await servedIndex(request);
    const articles = index.summaries;
    expect(generated).toBeGreaterThan(1000);
    // Every generated file became an article or a reported error, and nearly all parse.
    expect(articles.length + index.errors.length).toBe(generated);
    expect(articles.length).toBeGreaterThan(generated * 0.95);

    await open(page);
    const parsed = articles.length;
    await expect.poll(() => resultCount(page), { timeout: LOAD_TIMEOUT }).toEqual({ shown: parsed, total: parsed });
    await expect(page.locator('.article-list__count')).toHaveText(/\d/);
    expect(Number((await page.locator('.article-list__count').textContent())!.replace(/\D/g, ''))).toBe(parsed);

    const timelineMarks = page.locator('[data-testid="timeline-svg"] [data-focus-id]');
    await expect(timelineMarks.first()).toBeVisible();
    const binned = await page.getByTestId('timeline-bin').evaluateAll((bins) => bins.reduce((sum, bin) => sum + Number(bin.getAttribute('data-count')), 0));
    const single = await page.locator('[data-testid="timeline-svg"] [data-article-id]').count();
    expect(binned + single, 'articles drawn on the timeline').toBeGreaterThan(0);

    const regions = page.locator('[data-testid^="map-region-"]');
    expect(await regions.count()).toBeGreaterThanOrEqual(PROVINCES.length);
    for (const province of PROVINCES.slice(0, 5)) {
      // The map counts articles about a region or with a measure there, like the region filter.
      const expected = articles.filter((article) => inProvince(article, province)).length;
      await expect(page.getByTestId(`map-region-${province}`)).toHaveAttribute('data-count', String(expected));
    }
  });

  test('clicking a province on the map lists exactly its articles', async ({ page, request }) => {
    const articles = (await servedIndex(request)).summaries;
    const counts = PROVINCES.map((province) => ({ province, count: articles.filter((article) => inProvince(article, province)).length }))
      .filter(({ count }) => count > 0 && count < articles.length)
      .sort((a, b) => b.count - a.count);
    const { province, count } = counts[0]!;
    await open(page);
    await clickMapRegion(page, province);

    await expect(page.getByTestId(`map-region-${province}`)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => resultCount(page)).toEqual({ shown: count, total: articles.length });
    const byId = new Map(articles.map((article) => [article.id, article]));
    const listed = await listedIds(page);
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed) expect(inProvince(byId.get(id)!, province), `${id} is about ${province}`).toBe(true);
  });

  test('a text query lists the articles containing it, and opened ones highlight it', async ({ page, request }) => {
    const index = await servedIndex(request);
    const texts: string[] = [];
    for (let shard = 0; shard < index.searchShardCount; shard++) {
      texts.push(...(await getJson<{ texts: string[] }>(request, `data/search/${shardFileName(shard)}`)).texts);
    }
    const choice = chooseQueries(texts);
    expect(choice, 'some common word matches part of the collection').not.toBeNull();
    const query = choice!.queries[0];
    const expected = texts.filter((text) => text.includes(query)).length;

    await open(page);
    await page.getByTestId('filter-query').fill(query);
    await expect.poll(() => resultCount(page), { timeout: LOAD_TIMEOUT }).toEqual({ shown: expected, total: index.summaries.length });

    const rows = page.locator('[data-testid^="article-item-"]');
    for (let i = 0; i < Math.min(3, expected); i++) {
      const row = rows.nth(i);
      const id = (await row.getAttribute('data-testid'))!.replace('article-item-', '');
      await row.click();
      await expect(page.getByTestId(`article-item-${id}`)).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByTestId('article-text')).toBeVisible({ timeout: LOAD_TIMEOUT });
      await expect(page.getByTestId('article-text').getByTestId('hl-query').first()).toBeVisible();
    }
  });

  test('selecting an article far down the list shows its text', async ({ page, request }) => {
    const index = await servedIndex(request);
    await open(page);
    // Rows are windowed: scroll to the middle so the text comes from a shard other than the first.
    await page.locator('.article-list__scroller').evaluate((scroller) => (scroller.scrollTop = scroller.scrollHeight / 2));
    const row = page.locator('[data-testid^="article-item-"]').nth(3);
    const id = (await row.getAttribute('data-testid'))!.replace('article-item-', '');
    await row.click();

    const position = index.summaries.findIndex((article) => article.id === id);
    expect(position).toBeGreaterThan(0);
    const shardPath = `data/articles/${shardFileName(Math.floor(index.indexPositions[position]! / index.shardSize))}`;
    const full = readArticleShard(await getJson<unknown>(request, shardPath), shardPath).articles.find((article) => article.id === id)!;
    const opening = full.text
      .split('\n')
      .find((line) => line.trim() !== '')!
      .replace(/\s+/g, '')
      .slice(0, 12);

    await expect(page.getByTestId('article-title')).toHaveText(index.summaries[position]!.title);
    await expect(page.getByTestId('article-text')).toBeVisible({ timeout: LOAD_TIMEOUT });
    await expect.poll(async () => ((await page.getByTestId('article-text').textContent()) ?? '').replace(/\s+/g, '')).toContain(opening);
  });
});
