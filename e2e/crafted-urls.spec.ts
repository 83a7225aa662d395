import { expect, test, type Page } from './test';
import { SEED } from './fixtures';

/**
 * Deep links are input from strangers: every parameter of a shared link
 * (src/store/urlState.ts) is crafted here to be unknown, malformed, huge,
 * repeated or hostile. Each link must open the app with its article list,
 * execute nothing, raise no uncaught error, log no console error, open no
 * dialog, and say in a notice what it could not use.
 */

interface Crafted {
  /** What the link tries. */
  name: string;
  /** The query string (with `?`) and optional fragment, as it would be pasted. */
  link: string;
  /** Text of the notice the app must show, or null when the link is fine and no notice may appear. */
  notice: string | RegExp | null;
}

const PWN = 'window.__pwned=1';
const PAYLOADS = {
  script: `<script>${PWN}</script>`,
  img: `<img src=x onerror="${PWN}">`,
  svg: `"><svg onload="${PWN}">`,
  attribute: `' autofocus onfocus='${PWN}' x='`,
  javascript: `javascript:${PWN}`,
  alert: '<script>alert(1)</script>',
} as const;

const q = (value: string): string => encodeURIComponent(value);
const HUGE = 100_000;
const huge = (unit: string): string => unit.repeat(Math.ceil(HUGE / unit.length)).slice(0, HUGE);

const NOT_FOUND = 'was not found';
const BAD_DATE = 'is not a valid YYYY-MM-DD date';
const BAD_RANGE = /date range starts \(.*\) after it ends/;
const BAD_REGION = 'is not a known GB/T 2260 code';
const BAD_CATEGORY = 'measure category';
const BAD_DIRECTION = 'measure direction';
const BAD_MEASURE = /measure number .* is not valid/;
const badValue = (param: string): RegExp => new RegExp(`The link parameter ${param}=`);

/** Loading the app on a busy machine can take longer than the default expect timeout. */
const LOADED = { timeout: 30_000 };

const ARTICLE_IDS: Crafted[] = [
  { name: 'unknown id', link: '?article=no-such-article', notice: NOT_FOUND },
  { name: 'id with a script element', link: `?article=${q(PAYLOADS.script)}`, notice: NOT_FOUND },
  { name: 'id with an onerror image', link: `?article=${q(PAYLOADS.img)}`, notice: NOT_FOUND },
  { name: 'id breaking out of an attribute', link: `?article=${q(PAYLOADS.svg)}`, notice: NOT_FOUND },
  { name: 'id breaking out of single quotes', link: `?article=${q(PAYLOADS.attribute)}`, notice: NOT_FOUND },
  { name: 'javascript: id', link: `?article=${q(PAYLOADS.javascript)}`, notice: NOT_FOUND },
  { name: 'alert in an id', link: `?article=${q(PAYLOADS.alert)}`, notice: NOT_FOUND },
  { name: 'path traversal id', link: `?article=${q('../../../etc/passwd')}`, notice: NOT_FOUND },
  { name: 'prototype key as id', link: '?article=__proto__', notice: NOT_FOUND },
  { name: 'constructor as id', link: '?article=constructor', notice: NOT_FOUND },
  { name: 'null byte id', link: '?article=%00', notice: NOT_FOUND },
  { name: 'unicode and RTL override id', link: `?article=${q('新闻\u202E🙂\u200B')}`, notice: NOT_FOUND },
  { name: 'broken percent-encoding id', link: '?article=%E0%A4%A', notice: NOT_FOUND },
  { name: '100 kB id', link: `?article=${q(huge('x'))}`, notice: NOT_FOUND },
  { name: '100 kB hostile id', link: `?article=${q(huge(PAYLOADS.img))}`, notice: NOT_FOUND },
  { name: 'repeated id, first known', link: `?article=${SEED.lanzhou}&article=${q(PAYLOADS.script)}`, notice: null },
];

const MEASURES_AND_FRAGMENTS: Crafted[] = [
  { name: 'measure number too long', link: `?article=${SEED.korla}&measure=99999`, notice: BAD_MEASURE },
  { name: 'measure number not a number', link: `?article=${SEED.korla}&measure=${q(PAYLOADS.img)}`, notice: BAD_MEASURE },
  { name: 'measure the article lacks', link: `?article=${SEED.korla}&measure=999`, notice: 'has no measure #1000' },
  { name: 'measure without an article', link: '?measure=1', notice: BAD_MEASURE },
  { name: 'id in the fragment', link: `?article=nothing-here#${q(PAYLOADS.javascript)}`, notice: NOT_FOUND },
];

const DATES_AND_REGIONS: Crafted[] = [
  { name: 'month 13, day 45', link: '?from=2022-13-45', notice: BAD_DATE },
  { name: '30 February', link: '?to=2022-02-30', notice: BAD_DATE },
  { name: '29 February of a common year', link: '?from=2022-02-29', notice: BAD_DATE },
  { name: 'unpadded date', link: '?from=2022-1-1', notice: BAD_DATE },
  { name: 'five-digit year', link: '?to=99999-01-01', notice: BAD_DATE },
  { name: 'to before from', link: '?from=2022-12-31&to=2020-01-01', notice: BAD_RANGE },
  { name: 'script in a date', link: `?from=${q(PAYLOADS.script)}`, notice: BAD_DATE },
  { name: 'javascript: date', link: `?to=${q(PAYLOADS.javascript)}`, notice: BAD_DATE },
  { name: 'broken percent-encoding date', link: '?from=%E0%A4%A', notice: BAD_DATE },
  { name: '100 kB date', link: `?from=${huge('2022-01-01')}`, notice: BAD_DATE },
  { name: 'unknown region code', link: '?region=999999', notice: BAD_REGION },
  { name: 'non-numeric region', link: '?region=abcdef', notice: BAD_REGION },
  { name: 'exponent as region', link: '?region=1e5', notice: BAD_REGION },
  { name: 'hostile region', link: `?region=${q(PAYLOADS.img)}`, notice: BAD_REGION },
  { name: 'null byte region', link: '?region=%00650000', notice: BAD_REGION },
  { name: 'repeated region, first known', link: '?region=650000&region=abc', notice: null },
];

const CATEGORIES_AND_QUERIES: Crafted[] = [
  { name: 'unknown category', link: '?measures=not-a-category', notice: BAD_CATEGORY },
  { name: 'hostile category among known ones', link: `?measures=lockdown,${q(PAYLOADS.script)},lockdown`, notice: BAD_CATEGORY },
  { name: 'prototype key as category', link: '?measures=__proto__', notice: BAD_CATEGORY },
  { name: 'a thousand unknown categories', link: `?measures=${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',')}`, notice: BAD_CATEGORY },
  { name: 'unknown direction', link: '?direction=sideways', notice: BAD_DIRECTION },
  { name: 'constructor as direction', link: '?direction=tighten,constructor', notice: BAD_DIRECTION },
  { name: 'query with a script element', link: `?q=${q(PAYLOADS.script)}`, notice: null },
  { name: 'query with an onerror image', link: `?q=${q(PAYLOADS.img)}`, notice: null },
  { name: 'query of null and control bytes', link: '?q=%00%01%1B%7F', notice: null },
  { name: '100 kB query', link: `?q=${q(huge('封控'))}`, notice: null },
];

const SETTINGS: Crafted[] = [
  { name: 'unknown UI language', link: '?lang=fr', notice: 'lang=' },
  { name: 'hostile UI language', link: `?lang=${q(PAYLOADS.svg)}`, notice: 'lang=' },
  { name: 'repeated UI language', link: '?lang=en&lang=zh', notice: null },
  { name: 'unknown script choice', link: '?script=x', notice: badValue('script') },
  { name: 'unknown lanes', link: '?lanes=diagonal', notice: badValue('lanes') },
  { name: 'garbage view', link: '?view=garbage', notice: badValue('view') },
  { name: 'reversed view', link: '?view=2022-12-31..2022-01-01', notice: badValue('view') },
  { name: 'impossible view dates', link: '?view=2022-13-01..2022-14-01', notice: badValue('view') },
  { name: 'hostile view', link: `?view=${q(PAYLOADS.javascript)}..${q(PAYLOADS.img)}`, notice: badValue('view') },
  { name: 'unknown parameters and prototype keys', link: '?foo=bar&__proto__[polluted]=1&constructor[prototype][x]=1', notice: null },
  { name: 'garbage keys', link: '?%E0%A4%A=1&%FF=%FE&=&&&', notice: null },
  { name: 'everything valid at once', link: `?article=${SEED.urumqi}&region=650000&from=2020-01-01&to=2022-12-31&measures=lockdown,apology&direction=tighten&script=t&lanes=category&view=2020-01-01..2022-12-31`, notice: null },
  { name: 'everything hostile at once', link: `?article=${q(PAYLOADS.img)}&region=${q(PAYLOADS.script)}&from=${q(PAYLOADS.svg)}&measures=${q(PAYLOADS.attribute)}&direction=${q(PAYLOADS.alert)}&view=${q(PAYLOADS.javascript)}`, notice: NOT_FOUND },
];

/** Hosts cap request lines at a few kB; a long link is served the app here, as a host that accepts it would. */
const LONG_LINK = 8_000;

async function servingLongLinks(page: Page, index: string): Promise<void> {
  await page.route(
    (url) => url.search.length > LONG_LINK,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: index }),
  );
}

/** Opens each link in turn on one page and checks it; collects every failure before failing. */
async function openEach(page: Page, links: readonly Crafted[]): Promise<void> {
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text().slice(0, 300));
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const index = await (await page.request.get('./')).text();

  for (const crafted of links) {
    await test.step(crafted.name, async () => {
      consoleErrors.length = 0;
      dialogs.length = 0;
      // A fresh document for every link, even one that differs only in its fragment.
      await page.goto('about:blank');
      const separator = crafted.link.includes('lang=') ? '' : crafted.link.startsWith('?') ? '&lang=en' : '';
      const [query, fragment = ''] = crafted.link.split('#');
      const long = query!.length > LONG_LINK;
      // Only then: intercepting requests turns the HTTP cache off.
      if (long) await servingLongLinks(page, index);
      await page.goto(`./${query}${separator}${fragment === '' ? '' : `#${fragment}`}`);
      if (long) await page.unrouteAll();

      await expect(page.getByTestId('article-list')).toBeVisible(LOADED);
      // The collection is in: articles are listed, or the filter matched none.
      await expect(page.locator('[data-testid^="article-item-"], [data-testid="empty-results"]').first()).toBeVisible(LOADED);
      const notices = page.getByTestId('notice');
      if (crafted.notice === null) {
        // Region codes are checked once the gazetteer is in; give late notices their chance.
        await page.waitForTimeout(300);
        await expect(notices).toHaveCount(0);
      } else {
        await expect(notices.filter({ hasText: crafted.notice }).first()).toBeVisible(LOADED);
      }

      const executed = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        inlineScripts: document.querySelectorAll('script:not([src])').length,
        handlers: document.querySelectorAll('[onerror], [onload], [onfocus], [onmouseover], [onclick]').length,
        scriptLinks: [...document.querySelectorAll('a[href], iframe[src], img[src]')].filter((element) =>
          /^\s*javascript:/i.test(element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
        ).length,
      }));
      expect(executed, 'nothing from the link executes or becomes markup').toEqual({
        pwned: undefined,
        inlineScripts: 0,
        handlers: 0,
        scriptLinks: 0,
      });
      expect(dialogs, 'dialogs').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    });
  }
}

const GROUPS: Record<string, readonly Crafted[]> = {
  'article ids': ARTICLE_IDS,
  'measure numbers, fragments, language, script, lanes, view and stray parameters': [...MEASURES_AND_FRAGMENTS, ...SETTINGS],
  'dates and regions': DATES_AND_REGIONS,
  'categories, directions and queries': CATEGORIES_AND_QUERIES,
};

test.describe('crafted deep links', () => {
  // A page load per link: generous for a busy machine (a quiet one needs a fraction of it).
  test.describe.configure({ timeout: 300_000 });

  for (const [group, links] of Object.entries(GROUPS)) {
    test(`${group} (${links.length} links)`, async ({ page }) => {
      await openEach(page, links);
    });
  }

  test(`all ${Object.values(GROUPS).flat().length} links are distinct`, () => {
    const links = Object.values(GROUPS).flat().map((crafted) => crafted.link);
    expect(new Set(links).size).toBe(links.length);
    expect(links.length).toBeGreaterThanOrEqual(50);
  });

  test('a hostile id shows as text in its notice, not as markup', async ({ page }) => {
    await page.goto(`./?lang=en&article=${q(PAYLOADS.img)}`);
    const notice = page.getByTestId('notice').filter({ hasText: NOT_FOUND });
    await expect(notice).toContainText(PAYLOADS.img, LOADED);
    await expect(notice.locator('img')).toHaveCount(0);
  });
});
