import { expect, test, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { SEED, openExplorer } from './fixtures';

/** Every axe violation, whatever its impact, as one readable line per rule. */
async function axeViolations(page: Page): Promise<string[]> {
  // The page has no frames, so the single-frame run does; collecting only violations keeps each scan to a few seconds.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 4)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

type Lang = 'zh' | 'en';

// A scan takes a few seconds on its own and several times that on a busy machine.
test.describe.configure({ timeout: 60_000 });

/** Each main view, reached the way a reader would reach it. */
const VIEWS: Record<string, (page: Page, lang: Lang) => Promise<void>> = {
  initial: async (page, lang) => {
    await openExplorer(page, '', lang);
    await expect(page.getByTestId('region-map')).toBeVisible();
  },
  'article selected': async (page, lang) => {
    await openExplorer(page, '', lang);
    await page.getByTestId(`article-item-${SEED.korla}`).click();
    await expect(page.getByTestId('article-text')).toBeVisible();
  },
  'region filtered, map drilled into a province': async (page, lang) => {
    await openExplorer(page, '', lang);
    await page.getByTestId('map-region-650000').click();
    await page.getByTestId('map-zoom').click();
    await expect(page.getByTestId('map-region-650100')).toBeVisible();
  },
  'measure selected': async (page, lang) => {
    await openExplorer(page, `?article=${SEED.urumqi}`, lang);
    await page.getByTestId('measure-row').last().click();
    await expect(page.getByTestId('measure-row').last()).toHaveAttribute('aria-current', 'true');
  },
  'raw text': async (page, lang) => {
    await openExplorer(page, `?article=${SEED.lanzhou}`, lang);
    await page.getByTestId('raw-toggle').click();
    await expect(page.getByTestId('article-raw')).toBeVisible();
  },
  'band sentences open': async (page, lang) => {
    await openExplorer(page, '', lang);
    await page.getByTestId('band-cell').first().click();
    await expect(page.getByTestId('band-sentence').first()).toBeVisible();
  },
  'no results': async (page, lang) => {
    await openExplorer(page, '', lang);
    await page.getByTestId('filter-query').fill('这句话不在任何文章里');
    await expect(page.getByTestId('empty-results')).toBeVisible();
  },
  'load error': async (page, lang) => {
    await page.route('**/data/index.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByTestId('load-error')).toBeVisible();
  },
  'phone size': async (page, lang) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, `?article=${SEED.lanzhou}`, lang);
    await expect(page.getByTestId('article-text')).toBeVisible();
  },
};

for (const lang of ['zh', 'en'] as const) {
  test.describe(`axe, ${lang}`, () => {
    for (const [name, reach] of Object.entries(VIEWS)) {
      test(`${name}: no violations`, async ({ page }) => {
        await reach(page, lang);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('playback jumps about once a second and the picked sentence does not flash', async ({ page }) => {
    await openExplorer(page, `?article=${SEED.urumqi}`, 'en');
    await page.getByTestId('measure-row').last().click();
    const index = await page.getByTestId('measure-row').last().getAttribute('data-measure-index');
    const sentence = page.locator(`[data-measure-start="${index}"]`);
    await expect(sentence).toBeInViewport();
    // The flash is brief: give the sentence its class again and ask what it would play.
    const animation = await sentence.evaluate((element) => {
      element.classList.add('is-flashing-a');
      return getComputedStyle(element).animationName;
    });
    expect(animation).toBe('none');

    // Counted in page time, so a busy test machine cannot stretch the window; gliding would move it dozens of times.
    const moves = await page.evaluate(async () => {
      const brush = document.querySelector('[data-testid="timeline-brush"]')!;
      let count = 0;
      const observer = new MutationObserver(() => count++);
      observer.observe(brush, { attributes: true, attributeFilter: ['data-from'] });
      document.querySelector<HTMLButtonElement>('[data-testid="play-button"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      observer.disconnect();
      return count;
    });
    expect(moves).toBeGreaterThan(0);
    expect(moves).toBeLessThanOrEqual(5);
  });
});
