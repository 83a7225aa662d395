import { expect, test } from './test';
import { readFileSync } from 'node:fs';
import { ALL_SEEDS, SEED, expectListed, openExplorer } from './fixtures';

test.describe('first load', () => {
  test('shows every seed article on the timeline, the map and the list', async ({ page }) => {
    await openExplorer(page);
    await expectListed(page, ALL_SEEDS);
    for (const id of ALL_SEEDS) {
      await expect(page.getByTestId(`timeline-mark-${id}`).first()).toBeVisible();
    }
    // Xinjiang has two articles about it, Gansu and Shanxi one each, and the national roundup counts as national.
    await expect(page.getByTestId('map-region-650000')).toHaveAttribute('data-count', '2');
    await expect(page.getByTestId('map-region-620000')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('map-region-140000')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('map-national')).toContainText('1');
  });

  test('a month-precision, inferred date is drawn as a span, not a day', async ({ page }) => {
    await openExplorer(page);
    await expect(page.getByTestId(`timeline-mark-${SEED.yuncheng}`).first()).toHaveAttribute('data-precision', 'month');
    await expect(page.getByTestId(`timeline-mark-${SEED.urumqi}`).first()).toHaveAttribute('data-precision', 'day');
  });
});

test.describe('filtering', () => {
  test('clicking 新疆 on the map filters to the Xinjiang articles', async ({ page }) => {
    await openExplorer(page);
    await page.getByTestId('map-region-650000').click();
    // The national roundup names Xinjiang but reports no Xinjiang measure in a sentence naming it.
    await expectListed(page, [SEED.urumqi, SEED.korla]);
    await expect(page).toHaveURL(/region=650000/);
    await expect(page.getByTestId('map-region-650000')).toHaveAttribute('aria-pressed', 'true');
  });

  test('brushing a range on the timeline filters the list and the map', async ({ page }) => {
    await openExplorer(page, '', 'en');
    const svg = page.getByTestId('timeline-svg');
    const label2022 = svg.locator('text', { hasText: /^2022/ }).first();
    const brush = page.getByTestId('timeline-brush');
    const labelBox = (await label2022.boundingBox())!;
    const brushBox = (await brush.boundingBox())!;
    const y = brushBox.y + brushBox.height / 2;
    // Axis labels are centred on their tick: start just right of 1 January 2022.
    await page.mouse.move(labelBox.x + labelBox.width / 2 + 2, y);
    await page.mouse.down();
    await page.mouse.move(brushBox.x + brushBox.width - 2, y, { steps: 8 });
    await page.mouse.up();
    await expectListed(page, [SEED.korla, SEED.national, SEED.lanzhou]);
    await expect(page).toHaveURL(/from=2022-/);
    await expect(page.getByTestId('map-region-140000')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('map-region-620000')).toHaveAttribute('data-count', '1');
  });

  test('choosing a measure category filters', async ({ page }) => {
    await openExplorer(page);
    await page.getByTestId('category-chip-apology').click();
    await expectListed(page, [SEED.korla]);
    await expect(page).toHaveURL(/measures=apology/);
  });

  test('a query in either script finds text in the other', async ({ page }) => {
    await openExplorer(page);
    await page.getByTestId('filter-query').fill('乌鲁木齐');
    await expectListed(page, [SEED.urumqi]);
    await page.getByTestId('filter-query').fill('蘭州');
    await expectListed(page, [SEED.lanzhou]);
  });

  test('an empty result says so and offers a reset', async ({ page }) => {
    await openExplorer(page);
    await page.getByTestId('filter-query').fill('这句话不在任何文章里');
    await expect(page.getByTestId('empty-results')).toBeVisible();
    await page.getByTestId('empty-results').getByRole('button').click();
    await expectListed(page, ALL_SEEDS);
  });
});

test.describe('reading an article', () => {
  test('selecting an article highlights its regions on the map and its mark on the timeline', async ({ page }) => {
    await openExplorer(page);
    await page.getByTestId(`article-item-${SEED.korla}`).click();
    await expect(page.getByTestId('article-title')).toContainText('库尔勒市道歉');
    await expect(page.getByTestId(`timeline-mark-${SEED.korla}`).first()).toHaveAttribute('data-selected', 'true');
    await expect(page.getByTestId('map-region-650000')).toHaveAttribute('data-article', /.+/);
    await expect(page.getByTestId('map-region-620000')).not.toHaveAttribute('data-article', /.+/);
  });

  test('clicking a measure scrolls its sentence into view and flashes it', async ({ page }) => {
    await openExplorer(page, `?article=${SEED.urumqi}`);
    const row = page.getByTestId('measure-row').last();
    const index = await row.getAttribute('data-measure-index');
    await row.click();
    const sentence = page.locator(`[data-measure-start="${index}"]`);
    await expect(sentence).toBeInViewport();
    await expect(sentence).toHaveClass(/is-flashing/);
  });

  test('the 简/繁 toggle keeps every highlight aligned', async ({ page }) => {
    await openExplorer(page, `?article=${SEED.urumqi}`);
    const regions = page.getByTestId('hl-region');
    const count = await regions.count();
    expect(count).toBeGreaterThan(10);
    await expect(page.locator('[data-testid="hl-region"][data-code="650100"]').first()).toHaveText(/烏魯木齊/);
    await page.getByTestId('script-toggle-simplified').click();
    await expect(page.locator('[data-testid="hl-region"][data-code="650100"]').first()).toHaveText(/乌鲁木齐/);
    await expect(regions).toHaveCount(count);
    await expect(page.getByTestId('article-text')).not.toContainText('烏魯木齊');
    await expect(page).toHaveURL(/script=s/);
    await page.getByTestId('script-toggle-traditional').click();
    await expect(page.locator('[data-testid="hl-region"][data-code="650102"]').first()).toHaveText('天山區');
  });
});

test.describe('deep links and history', () => {
  test('a shared link restores the article and the filters in a fresh page', async ({ page, context }) => {
    await openExplorer(page);
    await page.getByTestId('map-region-650000').click();
    await page.getByTestId('category-chip-business').click();
    await page.getByTestId(`article-item-${SEED.korla}`).click();
    await page.getByTestId('script-toggle-traditional').click();
    // Display changes reach the address bar after a short pause (one history write per burst).
    await expect(page).toHaveURL(/script=t/);
    const link = page.url();

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(fresh.getByTestId('article-title')).toContainText('庫爾勒');
    await expect(fresh.getByTestId('category-chip-business')).toHaveAttribute('aria-pressed', 'true');
    await expect(fresh.getByTestId('map-region-650000')).toHaveAttribute('aria-pressed', 'true');
    await expect(fresh.getByTestId(`article-item-${SEED.korla}`)).toHaveAttribute('aria-selected', 'true');
    await expect(fresh.getByTestId(`article-item-${SEED.lanzhou}`)).toHaveCount(0);
    await expect(fresh.getByTestId('script-toggle-traditional')).toHaveAttribute('aria-pressed', 'true');
  });

  test('back and forward step through selections', async ({ page }) => {
    await openExplorer(page);
    await page.getByTestId(`article-item-${SEED.urumqi}`).click();
    await expect(page.getByTestId('article-title')).toContainText('烏魯木齊');
    await page.getByTestId(`article-item-${SEED.lanzhou}`).click();
    await expect(page.getByTestId('article-title')).toContainText('蘭州');
    await page.goBack();
    await expect(page.getByTestId('article-title')).toContainText('烏魯木齊');
    await page.goForward();
    await expect(page.getByTestId('article-title')).toContainText('蘭州');
  });

  test('an unknown article id shows a notice and the rest still works', async ({ page }) => {
    await openExplorer(page, '?article=no-such-article&from=2022-02-30');
    await expect(page.getByTestId('notice').filter({ hasText: 'no-such-article' })).toBeVisible();
    await expect(page.getByTestId('notice').filter({ hasText: '2022-02-30' })).toBeVisible();
    await expectListed(page, ALL_SEEDS);
    await expect(page.getByTestId('article-empty')).toBeVisible();
  });
});

test('both UI languages render', async ({ page }) => {
  await openExplorer(page, '', 'zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('疫情防控政策时间线');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('COVID-19 policy timeline, China');
  await expect(page.getByTestId('category-chip-lockdown')).toContainText('Lockdown');
  await expect(page).toHaveURL(/lang=en/);
});

test('CSV export downloads the filtered rows', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('category-chip-apology').click();
  await expectListed(page, [SEED.korla]);
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const rows = csv.trim().split(/\r\n/);
  expect(rows[0]).toMatch(/^article_id,/);
  expect(rows.length).toBeGreaterThan(2);
  for (const row of rows.slice(1)) {
    if (/^[0-9A-Za-z_-]+,/.test(row)) expect(row.startsWith(`${SEED.korla},`)).toBe(true);
  }
  expect(csv).toContain('apology');
});

test('a province with data opens to its prefectures', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('map-region-650000').click();
  await page.getByTestId('map-zoom').click();
  await expect(page.getByTestId('map-region-650100')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('map-region-652800')).toHaveAttribute('data-count', '1');
  await page.getByTestId('map-region-650100').click();
  await expectListed(page, [SEED.urumqi]);
  await page.getByTestId('map-back').click();
  await expect(page.getByTestId('map-region-620000')).toBeVisible();
});

test('play moves the date window through time and stops on interaction', async ({ page }) => {
  await openExplorer(page, '', 'en');
  await page.getByTestId('play-button').click();
  await expect(page.getByTestId('play-button')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
  const first = new URL(page.url()).searchParams.get('from');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(first);
  await page.getByTestId('article-list').click({ position: { x: 5, y: 5 } });
  await expect(page.getByTestId('play-button')).toHaveAttribute('aria-pressed', 'false');
});

test('the timeline zoom survives a shared link', async ({ page }) => {
  await openExplorer(page, '?view=2022-08-01..2022-12-31', 'en');
  const svg = page.getByTestId('timeline-svg');
  await expect(svg.locator('text', { hasText: /Sep/ }).first()).toBeVisible();
  await expect(svg.locator('text', { hasText: /^2021$/ })).toHaveCount(0);
  await page.getByTestId('timeline-zoom-reset').click();
  await expect(page).not.toHaveURL(/view=/);
});

test('the map is usable from the keyboard, focus following into and out of a province', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('map-region-650000').focus();
  await page.keyboard.press('Enter');
  await expectListed(page, [SEED.urumqi, SEED.korla]);
  await page.keyboard.press('+');
  await expect(page.getByTestId('map-back')).toBeVisible();
  await expect(page.locator('[data-testid^="map-region-65"]:focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('map-region-650000')).toBeFocused();
});

test('"Copy link" copies the current view, even right after a change', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, `?article=${SEED.lanzhou}`);
  await page.getByTestId('script-toggle-simplified').click();
  await page.getByTestId('copy-link').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const params = new URL(copied).searchParams;
  expect(params.get('article')).toBe(SEED.lanzhou);
  expect(params.get('script')).toBe('s');
});

test('a failed load says so, and Retry recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/data/index.json', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback()));
  await page.goto('./?lang=en');
  await expect(page.getByTestId('load-error')).toContainText('503');
  await expect(page.getByTestId('article-list')).toContainText('could not be loaded');
  fail = false;
  await page.getByTestId('load-error').getByRole('button', { name: 'Retry' }).click();
  await expectListed(page, ALL_SEEDS);
  await expect(page.getByTestId('load-error')).toHaveCount(0);
});
