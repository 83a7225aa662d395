import { expect, test, type Locator, type Page } from './test';
import { SEED, expectListed, openExplorer } from './fixtures';

// Date inputs take their segment order (month/day/year) from the browser's locale.
test.use({ locale: 'en-US' });

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

const params = (page: Page) => new URL(page.url()).searchParams;

test('search, region, dates, article, measure and back, from the keyboard alone', async ({ page }) => {
  // One long walk through the whole page, a key at a time: slow on a busy machine.
  test.setTimeout(90_000);
  await openExplorer(page, '', 'en');
  const query = page.getByTestId('filter-query');
  await query.focus();

  // Search: a query typed and committed with Enter.
  await page.keyboard.type('新疆');
  await page.keyboard.press('Enter');
  await expectListed(page, [SEED.urumqi, SEED.korla, SEED.national]);
  await expect.poll(() => params(page).get('q')).toBe('新疆');
  await expect(page.getByTestId('result-announcement')).toHaveText('3 of 5 articles');

  // Region: back to the region search, type, pick the first match with Enter.
  await tabTo(page, page.getByTestId('filter-region-search'), { backwards: true });
  await page.keyboard.type('新疆');
  await expect(page.getByRole('option').first()).toContainText('新疆');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('active-region')).toContainText('新疆');
  await expectListed(page, [SEED.urumqi, SEED.korla]);
  await expect.poll(() => params(page).get('region')).toBe('650000');
  await expect(page.getByTestId('result-announcement')).toHaveText('2 of 5 articles');

  // Dates: month, day and year typed into each date box; arrows step a typed year.
  const from = page.getByTestId('filter-from');
  await tabTo(page, from);
  await page.keyboard.type('01012021');
  await expect(from).toHaveValue('2021-01-01');
  await expectListed(page, [SEED.korla]);
  await page.keyboard.press('ArrowDown');
  await expect(from).toHaveValue('2020-01-01');
  await expectListed(page, [SEED.urumqi, SEED.korla]);
  await tabTo(page, page.getByTestId('filter-to'));
  await page.keyboard.type('12312022');
  await expect(page.getByTestId('filter-to')).toHaveValue('2022-12-31');
  await expect.poll(() => [params(page).get('from'), params(page).get('to')]).toEqual(['2020-01-01', '2022-12-31']);
  await expect(page.getByTestId('timeline-brush')).toHaveAttribute('data-from', '2020-01-01');

  // Article: into the list, arrows move the selection.
  const list = page.getByRole('listbox', { name: /Articles sorted by date/ });
  await tabTo(page, list);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('article-title')).toContainText('烏魯木齊');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('article-title')).toContainText('库尔勒');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('article-title')).toContainText('烏魯木齊');
  await expect(page.getByTestId(`article-item-${SEED.urumqi}`)).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => params(page).get('article')).toBe(SEED.urumqi);

  // Measure: Tab to the measures, Enter shows the sentence in the text.
  const rows = page.getByTestId('measure-row');
  await tabTo(page, rows.first());
  await page.keyboard.press('Tab');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  const index = await rows.nth(1).getAttribute('data-measure-index');
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => params(page).get('measure')).toBe(index);
  await expect(page.locator(`[data-measure-start="${index}"]`)).toBeInViewport();

  // Back: Escape closes the article and returns to the list, keeping the filters.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('article-empty')).toBeVisible();
  await expect(list).toBeFocused();
  await expect.poll(() => params(page).get('article')).toBeNull();
  expect(params(page).get('region')).toBe('650000');
  expect(params(page).get('q')).toBe('新疆');
  // …and the list picks up where it was.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('article-title')).toContainText('烏魯木齊');
});
