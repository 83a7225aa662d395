import { expect, type Page } from '@playwright/test';

export const SEED = {
  urumqi: '000_9c3f2b878a83d6ff',
  korla: '001_2430776c0247ecae',
  national: '002_549b5bbf7020d9db',
  lanzhou: '003_89e00f1fe8b27432',
  yuncheng: '004_a134936ad7d31417',
} as const;

export const ALL_SEEDS = Object.values(SEED);

/** Opens the app (optionally with a query string) in a fixed UI language and waits for the corpus. */
export async function openExplorer(page: Page, search = '', lang: 'zh' | 'en' = 'zh'): Promise<void> {
  const separator = search.startsWith('?') ? '&' : '?';
  const query = search.includes('lang=') ? search : `${search}${search === '' ? '?' : separator}lang=${lang}`;
  await page.goto(`./${query}`);
  await expect(page.getByTestId('article-list')).toBeVisible();
}

export async function listedArticleIds(page: Page): Promise<string[]> {
  const items = page.locator('[data-testid^="article-item-"]');
  const ids = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')!.replace('article-item-', '')));
  return ids.sort();
}

export async function expectListed(page: Page, ids: readonly string[]): Promise<void> {
  await expect.poll(() => listedArticleIds(page)).toEqual([...ids].sort());
}
