import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseArticle } from '../../src/data/summarise';
import { parseInputs } from '../parse';
import { archiveFormatOf } from './archive';
import { readInputs } from './readInputs';

const CSV = [
  '\uFEFF"Headline","Body Text","Pub_Date","Publisher","Link","Province"',
  '"兰州市发布通告","时间:2021-11-13',
  '',
  '兰州市全市开展全员核酸检测。",2022-11-13,兰州发布,https://lzfb.example/1,甘肃',
  '"坏行","多了一列",2022-01-01,a,b,c,d',
  '"日期不明","武汉市今日起恢复公交。",someday,,,湖北省',
  ',,2022-01-02,,,',
].join('\r\n');

const JSONL = [
  JSON.stringify({ title: '上海全域静态管理', text: '上海市4月1日起实施全域静态管理。', pubDate: '2022-04-01', province: '上海市', city: '上海市' }),
  '{"title": broken',
  JSON.stringify({ content: '北京市朝阳区开展核酸检测。', date: '2022年5月' }),
].join('\n');

function corpusFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'inputs-'));
  writeFileSync(join(folder, 'archive.csv'), CSV);
  writeFileSync(join(folder, 'news.jsonl'), JSONL);
  writeFileSync(join(folder, 'rows.txt'), JSONL);
  mkdirSync(join(folder, 'sub'));
  writeFileSync(join(folder, 'sub', 'lanzhou.txt'), '兰州市发布通告\n\n时间:2022-11-13\n\n全市开展全员核酸检测。');
  return folder;
}

describe('reading archives', () => {
  it('tells archives by extension', () => {
    expect(['a.jsonl', 'b.NDJSON', 'c.csv', 'd.tsv', 'e.txt', 'f'].map(archiveFormatOf)).toEqual(['jsonl', 'jsonl', 'csv', 'tsv', null, null]);
  });

  it('parses a CSV given as a plain input: one article per row, row metadata kept apart, bad rows as file#line errors', () => {
    const folder = corpusFolder();
    const corpus = parseInputs({ inputs: [join(folder, 'archive.csv')], jsonl: [], limit: Infinity });
    expect(corpus.articles.map((article) => article.file)).toEqual(['archive.csv#2', 'archive.csv#6']);
    expect(corpus.errors).toEqual([
      { file: 'archive.csv#5', message: 'This row has 7 fields; the header has 6.' },
      { file: 'archive.csv#6', message: expect.stringMatching(/“someday” could not be read/) },
      { file: 'archive.csv#7', message: expect.stringMatching(/no title or text/) },
    ]);
    const [lanzhou, wuhan] = corpus.articles;
    expect(lanzhou!.title).toBe('兰州市发布通告');
    expect(lanzhou!.text).toContain('全市开展全员核酸检测');
    expect(lanzhou!.given).toEqual({
      title: '兰州市发布通告',
      date: '2022-11-13',
      source: '兰州发布',
      url: 'https://lzfb.example/1',
      regionText: '甘肃',
      regionCodes: ['620000'],
    });
    // The text says 2021; the row says 2022: the row places the article, the text's date stays in the record.
    expect(lanzhou!.published?.date).toBe('2021-11-13');
    expect(summariseArticle(lanzhou!, 'collection').published).toEqual({ date: '2022-11-13', precision: 'day', inferred: false });
    expect(wuhan!.given).toEqual({ title: '日期不明', regionText: '湖北省', regionCodes: ['420000'] });
  });

  it('reads JSONL by extension, by --jsonl whatever the name, and inside folders; --limit caps rows per archive', () => {
    const folder = corpusFolder();
    const byExtension = parseInputs({ inputs: [join(folder, 'news.jsonl')], jsonl: [], limit: Infinity });
    expect(byExtension.articles.map((article) => article.file)).toEqual(['news.jsonl#1', 'news.jsonl#3']);
    expect(byExtension.errors).toEqual([{ file: 'news.jsonl#2', message: 'This line is not valid JSON.' }]);
    expect(byExtension.articles[0]!.given).toMatchObject({ date: '2022-04-01', regionText: '上海市', regionCodes: ['310000'] });
    expect(byExtension.articles[1]!.given).toEqual({ date: '2022-05' });

    const byOption = parseInputs({ inputs: [], jsonl: [join(folder, 'rows.txt')], limit: 1 });
    expect(byOption.articles.map((article) => article.file)).toEqual(['rows.txt#1']);
    expect(byOption.errors).toEqual([]);

    const { files } = readInputs({ inputs: [folder], jsonl: [], limit: Infinity });
    expect(files.map((file) => file.name)).toEqual(['archive.csv#2', 'archive.csv#6', 'news.jsonl#1', 'news.jsonl#3', 'rows.txt', 'sub/lanzhou.txt']);
    expect(files.find((file) => file.name === 'rows.txt')!.given).toBeUndefined();
  });

  it('decodes GB18030 and UTF-16 archives, and reports a missing or empty one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'inputs-'));
    const csv = 'title,content,date\n通告,武汉市解除离汉通道管控。,2020-04-08\n';
    writeFileSync(join(folder, 'gbk.csv'), gb18030(csv));
    writeFileSync(join(folder, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]));
    writeFileSync(join(folder, 'empty.csv'), '');
    const { files, errors } = readInputs({ inputs: [join(folder, 'gbk.csv'), join(folder, 'utf16.csv'), join(folder, 'empty.csv'), join(folder, 'none.csv')], jsonl: [], limit: Infinity });
    expect(files.map((file) => [file.name, file.given?.date])).toEqual([
      ['gbk.csv#2', '2020-04-08'],
      ['utf16.csv#2', '2020-04-08'],
    ]);
    expect(new TextDecoder().decode(files[0]!.bytes)).toBe('通告\n\n武汉市解除离汉通道管控。');
    expect(errors.map((error) => error.file)).toEqual(['empty.csv', join(folder, 'none.csv')]);
  });
});

/** GB18030 bytes of a string, from the decoder's own two-byte table (Node has no GB18030 encoder). */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char)!)));
}
