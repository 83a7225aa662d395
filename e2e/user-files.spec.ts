import { expect, test } from './test';
import { ALL_SEEDS, expectListed, openExplorer } from './fixtures';

test('files a user adds are parsed in the browser; a bad file gets its own reason and the rest load', async ({ page }) => {
  await openExplorer(page, '', 'en');
  // 兰州市全员核酸 … in GBK, the kind of file older Chinese sites still serve.
  const gbk = await page.evaluate(() => {
    const text = '兰州市发布通告\n\n时间:2022-11-13\n\n即日起全市开展全员核酸检测，各小区实行封闭式管理。';
    // Build GBK bytes with the browser's own decoder as the reverse table.
    const decoder = new TextDecoder('gbk');
    const table = new Map<string, number[]>();
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
    const bytes: number[] = [];
    for (const char of text) {
      const code = char.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else bytes.push(...(table.get(char) ?? [0x3f]));
    }
    return bytes;
  });
  await page.getByTestId('file-input').setInputFiles([
    { name: '兰州通告.txt', mimeType: 'text/plain', buffer: Buffer.from(gbk) },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
  ]);
  const rejected = page.getByTestId('import-report-row').filter({ hasText: 'photo.png' });
  // The first import loads the parser into a worker, which takes a while on a busy machine.
  await expect(rejected).toHaveAttribute('data-status', 'rejected', { timeout: 45_000 });
  await expect(rejected).toContainText('unsupported file type');
  await expect(page.getByTestId('result-count')).toContainText(`${ALL_SEEDS.length + 1} of ${ALL_SEEDS.length + 1}`);
  const added = page.locator('[data-testid^="article-item-"]', { hasText: '兰州市发布通告' });
  await expect(added).toBeVisible();
  await added.click();
  await expect(page.getByTestId('article-title')).toHaveText('兰州市发布通告');
  await expect(page.getByTestId('published-date')).toContainText('2022');
  await page.getByTestId('filter-query').fill('全員核酸');
  await expect(added).toBeVisible();
  await page.getByTestId('filter-query').fill('');
  await expectListed(page, [...ALL_SEEDS, (await added.getAttribute('data-testid'))!.replace('article-item-', '')]);
});
