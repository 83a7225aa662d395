import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../model';
import { makeArticle } from '../../test/articleFixture';
import { MAX_TEXT_FILE_BYTES } from './limits';
import { parseImportFile } from './parseImportFile';

const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (name: string, bytes: Uint8Array, size = bytes.length) => parseImportFile(name, size, async () => bytes);
const SEED = readFileSync(join(__dirname, '../../../public/seeds/001_2430776c0247ecae.txt'));

describe('parseImportFile', () => {
  it('parses a news text into one article', async () => {
    const result = await parse('korla.txt', SEED);
    expect(result.status).toBe('parsed');
    if (result.status !== 'parsed') return;
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]!.title).toContain('库尔勒市道歉');
  });

  it('reduces a saved page to inert article text', async () => {
    const page = `<!DOCTYPE html><html><head><title>x</title><script>window.__pwned=1</script></head><body>
      <h1>兰州市发布通告</h1><p>即日起全市开展全员核酸检测。<img src=x onerror="window.__pwned=1"></p></body></html>`;
    const result = await parse('page.html', utf8(page));
    if (result.status !== 'parsed') throw new Error(`not parsed: ${JSON.stringify(result)}`);
    const { text } = result.articles[0]!;
    expect(text).toContain('即日起全市开展全员核酸检测');
    expect(text).not.toMatch(/<|pwned|onerror/);
  });

  it('rejects empty, blank and byte-order-mark-only files as empty', async () => {
    expect(await parse('a.txt', new Uint8Array())).toMatchObject({ status: 'rejected', reason: 'empty' });
    expect(await parse('b.txt', new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ reason: 'empty' });
    expect(await parse('c.txt', utf8(' \n\t\n'))).toMatchObject({ reason: 'empty' });
  });

  it('rejects binary content', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await parse('scan.txt', png)).toMatchObject({ status: 'rejected', reason: 'binary' });
  });

  it('rejects a file over the limit without reading it', async () => {
    let read = false;
    const result = await parseImportFile('big.txt', MAX_TEXT_FILE_BYTES + 1, async () => {
      read = true;
      return new Uint8Array();
    });
    expect(result).toMatchObject({ status: 'rejected', reason: 'too-large', size: MAX_TEXT_FILE_BYTES + 1, limit: MAX_TEXT_FILE_BYTES });
    expect(read).toBe(false);
  });

  it('rejects text with no Chinese in it, also when the Chinese was only in a page script', async () => {
    expect(await parse('notes.txt', utf8('Meeting notes, nothing else.'))).toMatchObject({ reason: 'no-chinese' });
    const page = '<html><body><p>Hello</p><div>World</div><script>var s = "中文";</script></body></html>';
    expect(await parse('page.htm', utf8(page))).toMatchObject({ reason: 'no-chinese' });
  });

  it('turns away other file types and unreadable files', async () => {
    expect(await parse('logo.png', utf8('中文'))).toMatchObject({ reason: 'unsupported-type' });
    const unreadable = await parseImportFile('gone.txt', 10, () => Promise.reject(new Error('NotFoundError')));
    expect(unreadable).toMatchObject({ reason: 'unreadable', detail: 'NotFoundError' });
  });

  it('reads a parsed collection, keeping record problems beside the good articles', async () => {
    const json = JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: [makeArticle({ id: 'a' }), { id: 'broken' }], errors: [] });
    const result = await parse('mine.json', utf8(json));
    expect(result).toMatchObject({ status: 'parsed', articles: [{ id: 'a' }], problems: [{ file: 'mine.json #2' }] });
    expect(await parse('bad.json', utf8('{"nope":1}'))).toMatchObject({ reason: 'invalid-collection' });
    expect(await parse('worse.json', utf8('{'))).toMatchObject({ reason: 'invalid-collection' });
  });
});
