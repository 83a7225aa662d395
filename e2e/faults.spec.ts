import { expect, test, type Page, type Route } from './test';
import { ALL_SEEDS, SEED, expectListed, openExplorer } from './fixtures';

const GEO = '**/geo/**';

// Each test reloads views and retries; a busy machine needs more than the default.
test.describe.configure({ timeout: 60_000 });

/** The country map file with its South China Sea frame emptied: it loads, then drawing the inset throws. */
async function fulfilWithBrokenInset(route: Route): Promise<void> {
  const response = await route.fetch();
  const topology = await response.json();
  topology.objects.nanhaiFrame.geometries[0].type = null;
  await route.fulfill({ response, json: topology });
}

/** The other views still answer: the list filters, an article opens, the timeline draws its marks. */
async function expectOtherViewsWork(page: Page): Promise<void> {
  await expect(page.getByTestId(`timeline-mark-${SEED.lanzhou}`)).toBeVisible();
  await page.getByTestId('filter-query').fill('蘭州');
  await expectListed(page, [SEED.lanzhou]);
  await page.getByTestId(`article-item-${SEED.lanzhou}`).click();
  await expect(page.getByTestId('article-title')).toContainText('蘭州');
}

test('a map file that fails to load says so in the map panel, with Retry, and the rest works', async ({ page }) => {
  let answer: 'error' | 'garbage' | 'real' = 'error';
  await page.route(GEO, (route) =>
    answer === 'error'
      ? route.fulfill({ status: 500, body: 'down' })
      : answer === 'garbage'
        ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "Topo' })
        : route.fallback(),
  );
  await openExplorer(page, '', 'en');
  const map = page.getByRole('region', { name: 'Map' });
  await expect(map.getByTestId('map-load-error')).toContainText('500');
  await expect(page.getByTestId('view-error')).toHaveCount(0);
  await expectOtherViewsWork(page);

  answer = 'garbage';
  await map.getByRole('button', { name: 'Retry' }).click();
  await expect(map.getByTestId('map-load-error')).toContainText('not valid JSON');

  answer = 'real';
  await map.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('map-region-620000')).toHaveAttribute('data-count', '1');
  await expect(map.getByTestId('map-load-error')).toHaveCount(0);
});

test('a map that throws while drawing shows the error in its own panel only, and Retry redraws it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let broken = true;
  await page.route('**/geo/china-provinces.json', (route) => (broken ? fulfilWithBrokenInset(route) : route.fallback()));
  await openExplorer(page, '', 'zh');
  const failure = page.getByTestId('view-error');
  await expect(failure).toHaveCount(1);
  await expect(page.getByRole('region', { name: '地图' }).getByTestId('view-error')).toContainText('“地图”视图出错');
  // The region list beside the map is its own view and keeps filtering.
  await page.getByTestId('region-list-item-620000').click();
  await expectListed(page, [SEED.lanzhou]);
  await page.getByTestId('reset-filters').click();
  await expectListed(page, ALL_SEEDS);
  await expectOtherViewsWork(page);

  broken = false;
  await failure.getByRole('button', { name: '重试' }).click();
  await expect(page.getByTestId('map-region-620000')).toBeVisible();
  await expect(page.getByTestId('view-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a slow collection and map show loading states everywhere, then the content', async ({ page }) => {
  // Held for at least 3 s, and until every loading state has been seen.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const slow = async (route: Route) => {
    await Promise.all([new Promise((resolve) => setTimeout(resolve, 3000)), released]);
    await route.fallback();
  };
  await page.route('**/data/index.json', slow);
  await page.route('**/geo/china-provinces.json', slow);
  await page.goto('./?lang=en');
  await expect(page.getByTestId('result-count')).toHaveText('Loading articles…');
  await expect(page.getByTestId('timeline')).toContainText('Loading articles…');
  await expect(page.getByTestId('policy-band')).toContainText('Loading articles…');
  await expect(page.getByTestId('map-loading')).toHaveText('Loading map…');
  await expect(page.locator('.article-list[aria-busy="true"]')).toContainText('Loading articles…');
  await expect(page.getByTestId('measures-panel')).toContainText('Loading');
  await expect(page.getByTestId('article-empty')).toContainText('Loading');
  release();

  await expectListed(page, ALL_SEEDS);
  await expect(page.getByTestId('result-count')).toHaveText('5 of 5 articles');
  await expect(page.getByTestId('map-region-650000')).toHaveAttribute('data-count', '2');
  await expect(page.getByTestId('map-articles-loading')).toHaveCount(0);
  await expect(page.getByTestId('band-cell').first()).toBeVisible();
});
