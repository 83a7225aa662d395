import { expect, test, type Page } from './test';
import { MAX_TEXT_FILE_BYTES } from '../src/data/import/limits';
import { ALL_SEEDS, SEED, expectListed, openExplorer } from './fixtures';
import { encodeLegacy, seedText } from './legacyEncoding';

type Upload = { name: string; mimeType: string; buffer: Buffer };

const text = (name: string, content: string | Buffer, mimeType = 'text/plain'): Upload => ({
  name,
  mimeType,
  buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
});

// Seeds re-titled, so they are new articles rather than copies of the collection's.
// Legacy pages write a plain space for the no-break space GBK lacks.
const KORLA_TITLE = '库尔勒市疫情防控情况通报（转载）';
const korla = `${KORLA_TITLE}\n\n${seedText(`${SEED.korla}.txt`).replaceAll('\u00a0', ' ')}`;
// Big5 lacks these variant forms; a Big5 page writes the standard ones.
const BIG5_FORMS: Record<string, string> = { 羣: '群', 衆: '眾', 爲: '為', 啓: '啟', 坂: '阪', 礴: '薄' };
const URUMQI_TITLE = '烏魯木齊抗疫新舉措（繁體轉載）';
const urumqi = `${URUMQI_TITLE}\n\n${seedText(`${SEED.urumqi}.txt`).replace(/[羣衆爲啓坂礴]/g, (char) => BIG5_FORMS[char]!)}`;

const SAVED_PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>运城市盐湖区 - 某某新闻网</title>
<script>window.__pwned = 1</script></head>
<body>
<h1>运城市盐湖区全面开展核酸检测</h1>
<p>11月1日，运城市盐湖区疫情防控指挥部发布通告，即日起全区开展全员核酸检测，各小区实行封闭式管理。<img src=x onerror="window.__pwned=1"></p>
<p>通告要求，居民非必要不外出，超市、药店等保供场所正常营业。</p>
<p>网页中的 &lt;script&gt;alert(1)&lt;/script&gt; 只是文字。</p>
</body></html>`;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

// The first import loads the whole parser into a worker, which takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });
const IMPORT_TIMEOUT = 45_000;
// Reading imports back from IndexedDB after a reload can also take seconds there.
const RESTORE_TIMEOUT = 20_000;

async function pick(page: Page, files: Upload[]) {
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: IMPORT_TIMEOUT });
}
const reportRow = (page: Page, file: string) =>
  page.getByTestId('import-report-row').filter({ has: page.getByText(file, { exact: true }) });
const listItem = (page: Page, id: string) => page.getByTestId(`article-item-${id}`);

async function expectOutcome(page: Page, file: string, status: string, words: string | RegExp, reason?: string) {
  const row = reportRow(page, file);
  await expect(row).toHaveAttribute('data-status', status);
  if (reason) await expect(row).toHaveAttribute('data-reason', reason);
  await expect(row).toContainText(words);
}

test('imports GB18030, Big5 and saved pages, and reports duplicates and every rejected file with its reason', async ({ page }) => {
  await openExplorer(page, '', 'en');
  await pick(page, [
    text('korla-gb18030.txt', encodeLegacy('gb18030', korla)),
    text('urumqi-big5.txt', encodeLegacy('big5', urumqi)),
    text('saved-page.html', SAVED_PAGE, 'text/html'),
    text('korla-utf8.txt', korla),
    text(`${SEED.lanzhou}.txt`, seedText(`${SEED.lanzhou}.txt`)),
    text('scan.txt', PNG),
    text('empty.txt', ''),
    text('too-large.txt', Buffer.alloc(MAX_TEXT_FILE_BYTES + 1, 0x41)),
    text('notes.txt', 'Meeting notes in English only.'),
  ]);
  await expect(page.getByTestId('import-summary')).toHaveText('3 imported · 2 duplicate · 4 not imported');
  await expect(page.getByTestId('import-report-row')).toHaveCount(9);
  await expectOutcome(page, 'korla-gb18030.txt', 'imported', KORLA_TITLE);
  await expectOutcome(page, 'urumqi-big5.txt', 'imported', URUMQI_TITLE);
  await expectOutcome(page, 'saved-page.html', 'imported', '运城市盐湖区全面开展核酸检测');
  // The same text in another encoding, and a seed the collection already has.
  await expectOutcome(page, 'korla-utf8.txt', 'duplicate', `same content as “${KORLA_TITLE}”`);
  await expectOutcome(page, `${SEED.lanzhou}.txt`, 'duplicate', 'same content as');
  await expectOutcome(page, 'scan.txt', 'rejected', 'not a text file (binary content)', 'binary');
  await expectOutcome(page, 'empty.txt', 'rejected', 'empty file', 'empty');
  await expectOutcome(page, 'too-large.txt', 'rejected', 'too large (5 MB); the limit is 5 MB per file', 'too-large');
  await expectOutcome(page, 'notes.txt', 'rejected', 'no Chinese text', 'no-chinese');

  // The imported ones join every view, marked as imported.
  await expectListed(page, [...ALL_SEEDS, 'local-korla-gb18030', 'local-urumqi-big5', 'local-saved-page']);
  await expect(page.getByTestId('result-count')).toContainText(`${ALL_SEEDS.length + 3} of ${ALL_SEEDS.length + 3}`);
  await expect(listItem(page, 'local-korla-gb18030').getByTestId('imported-badge')).toBeVisible();

  await listItem(page, 'local-korla-gb18030').click();
  await expect(page.getByTestId('article-title')).toHaveText(KORLA_TITLE);
  await expect(page.getByTestId('article-panel').getByTestId('imported-badge')).toBeVisible();
  await expect(page.getByTestId('article-panel')).toContainText('gb18030');
  await expect(page.getByTestId('article-text')).toContainText('恳请广大市民继续支持疫情防控工作');

  await listItem(page, 'local-urumqi-big5').click();
  await expect(page.getByTestId('article-title')).toHaveText(URUMQI_TITLE);
  await expect(page.getByTestId('article-panel')).toContainText('big5');
  await expect(page.getByTestId('article-text')).toContainText('烏魯木齊');

  // A saved page shows as text only: its scripts never run, its markup is never inserted.
  await listItem(page, 'local-saved-page').click();
  const articleText = page.getByTestId('article-text');
  await expect(articleText).toContainText('即日起全区开展全员核酸检测');
  await expect(articleText).toContainText('网页中的 <script>alert(1)</script> 只是文字。');
  await expect(articleText).not.toContainText('<p>');
  await expect(page.getByTestId('article-panel').locator('img, script, iframe')).toHaveCount(0);
  await page.getByTestId('raw-toggle').click();
  await expect(page.getByTestId('article-raw')).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(page.getByTestId('article-panel').locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // Both UI languages say why.
  await page.getByTestId('lang-zh').click();
  await expectOutcome(page, 'too-large.txt', 'rejected', '文件过大（5 MB），每个文件上限为 5 MB');
  await expectOutcome(page, 'empty.txt', 'rejected', '空文件');
  await expect(page.getByTestId('import-summary')).toHaveText('已导入 3 个 · 重复 2 个 · 未导入 4 个');
});

test('files dropped on the page are imported like picked ones', async ({ page }) => {
  await openExplorer(page, '', 'en');
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['兰州市发布通告\n\n即日起全市开展全员核酸检测，各小区实行封闭式管理。'], 'dropped.txt', { type: 'text/plain' }));
    transfer.items.add(new File([''], 'blank.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: IMPORT_TIMEOUT });
  await expectOutcome(page, 'dropped.txt', 'imported', '兰州市发布通告');
  await expectOutcome(page, 'blank.txt', 'rejected', 'empty file', 'empty');
  await expect(listItem(page, 'local-dropped')).toBeVisible();
});

test('many files show a progress bar with a count, and Cancel reports the files it never read', async ({ page }) => {
  await openExplorer(page, '', 'en');
  const body = seedText(`${SEED.national}.txt`).repeat(3);
  const files = Array.from({ length: 300 }, (_, index) => text(`batch-${index}.txt`, `第${index}号疫情防控通报\n\n${body}`));
  await page.getByTestId('file-input').setInputFiles(files);
  const bar = page.getByRole('progressbar', { name: 'Importing files' });
  await expect(bar).toHaveAttribute('aria-valuemax', '300');
  await expect(page.getByTestId('import-progress')).toContainText(/\d+ \/ 300 files/);
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: IMPORT_TIMEOUT }).toBeGreaterThan(0);
  await page.getByTestId('import-cancel').click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('import-report-row')).toHaveCount(300);
  const cancelled = await page.locator('[data-testid="import-report-row"][data-reason="cancelled"]').count();
  const imported = await page.locator('[data-testid="import-report-row"][data-status="imported"]').count();
  expect(cancelled).toBeGreaterThan(0);
  expect(imported + cancelled).toBe(300);
  await expect(reportRow(page, 'batch-299.txt')).toContainText('not read: the import was cancelled');
});

test('imported articles are kept across reloads, open from a link, and can be removed one by one or all at once', async ({ page }) => {
  await openExplorer(page, '', 'en');
  await pick(page, [
    text('a.txt', '兰州市发布通告\n\n即日起全市开展全员核酸检测，各小区实行封闭式管理。'),
    text('b.txt', '运城市发布通告\n\n盐湖区实行临时管控，居民非必要不外出。'),
  ]);
  await expect(page.getByTestId('import-summary')).toContainText('2 imported');
  await listItem(page, 'local-a').click();
  await expect(page).toHaveURL(/article=local-a/);

  await page.reload();
  await expect(page.getByTestId('article-list')).toBeVisible();
  await expect(page.getByTestId('article-title')).toHaveText('兰州市发布通告', { timeout: RESTORE_TIMEOUT });
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expectListed(page, [...ALL_SEEDS, 'local-a', 'local-b']);
  await expect(listItem(page, 'local-b').getByTestId('imported-badge')).toBeVisible();

  await page.goto('./?article=local-b&lang=en');
  await expect(page.getByTestId('article-title')).toHaveText('运城市发布通告', { timeout: RESTORE_TIMEOUT });

  await page.getByTestId('remove-imported').click();
  await expectListed(page, [...ALL_SEEDS, 'local-a']);
  await expect(page).not.toHaveURL(/article=/);
  await page.reload();
  await expect(listItem(page, 'local-a')).toBeVisible({ timeout: RESTORE_TIMEOUT });
  await expectListed(page, [...ALL_SEEDS, 'local-a']);

  await page.getByTestId('import-panel-toggle').click();
  await page.getByTestId('import-remove-all').click();
  await page.getByTestId('import-remove-all-confirm').click();
  await expectListed(page, ALL_SEEDS);
  // A link to a removed article, judged only once the kept imports are read back, proves they are gone for good.
  await page.goto('./?article=local-a&lang=en');
  await expect(page.getByTestId('notice')).toContainText('kept only in the browser that imported it', { timeout: RESTORE_TIMEOUT });
  await expectListed(page, ALL_SEEDS);
  await expect(page.getByTestId('import-panel-toggle')).toHaveCount(0);
});

test('a link to an imported article, opened in another browser, says the article stays in the browser that imported it', async ({ page, browser }) => {
  await openExplorer(page, '', 'en');
  await pick(page, [text('mine.txt', '兰州市发布通告\n\n即日起全市开展全员核酸检测。')]);
  await listItem(page, 'local-mine').click();
  await expect(page).toHaveURL(/article=local-mine/);
  const link = page.url();

  const elsewhere = await browser.newContext();
  try {
    const other = await elsewhere.newPage();
    await other.goto(link);
    await expect(other.getByTestId('notice')).toContainText('kept only in the browser that imported it');
    await expectListed(other, ALL_SEEDS);
  } finally {
    await elsewhere.close();
  }
});

test('where the browser keeps no data, imports still work and say they will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await openExplorer(page, '', 'en');
  await pick(page, [text('a.txt', '兰州市发布通告\n\n即日起全市开展全员核酸检测。')]);
  await expectOutcome(page, 'a.txt', 'imported', '兰州市发布通告');
  await expect(page.getByTestId('notice')).toContainText('could not be kept in this browser');
  await expect(page.getByTestId('import-not-kept')).toBeVisible();
  await expect(listItem(page, 'local-a')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('article-list')).toBeVisible();
  await expectListed(page, ALL_SEEDS);
});
