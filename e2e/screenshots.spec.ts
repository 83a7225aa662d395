import { expect, test } from './test';
import { SEED, openExplorer } from './fixtures';

/** Screenshots of the main views for people to look at; written to test-results/, not committed. */
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const viewport of VIEWPORTS) {
  test(`screenshots at ${viewport.name} size`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openExplorer(page, '', 'zh');
    await expect(page.getByTestId('region-map')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${viewport.name}-overview.png`), fullPage: true });
    await openExplorer(page, `?article=${SEED.lanzhou}`, 'en');
    await expect(page.getByTestId('article-title')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${viewport.name}-article.png`), fullPage: true });
  });
}
