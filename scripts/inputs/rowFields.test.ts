import { describe, expect, it } from 'vitest';
import { hasArticleField, readRowFields, type RowArticle } from './rowFields';

const read = (row: Record<string, unknown>): RowArticle => {
  const result = readRowFields(row);
  if ('problem' in result) throw new Error(result.problem);
  return result;
};

describe('readRowFields', () => {
  it('maps a labelled-corpus row: title before the text, the row date, the publisher and the region', () => {
    const row = read({
      source: 'dataset/news.csv@abc#0',
      title: '江苏新增确诊病例',
      text: '5月30日，江苏省卫健委通报……',
      pubDate: '2022-05-30',
      pubDateTime: '2022-05-30 23:49:55',
      province: '江苏省',
      city: null,
      url: 'http://example.com/a',
      infoSource: '央视新闻app',
      label_basis: 'ignored',
    });
    expect(row.content).toBe('江苏新增确诊病例\n\n5月30日，江苏省卫健委通报……');
    expect(row.given).toEqual({
      title: '江苏新增确诊病例',
      date: '2022-05-30',
      source: '央视新闻app',
      url: 'http://example.com/a',
      regionText: '江苏省',
      regionCodes: ['320000'],
    });
    expect(row.warnings).toEqual([]);
  });

  it('matches column names case-insensitively, ignoring spaces, underscores and dashes, in Chinese too', () => {
    expect(read({ HEADLINE: 'T', 'Body ': 'B', Pub_Date: '2020/1/23', 'Source-URL': 'https://x.cn' }).given).toEqual({
      title: 'T',
      date: '2020-01-23',
      url: 'https://x.cn',
    });
    expect(read({ 标题: '通告', 正文: '内容', 发布时间: '2022年4月1日 10:00', 来源: '上海发布', 省份: '上海市', 城市: '上海市' }).given).toEqual({
      title: '通告',
      date: '2022-04-01',
      source: '上海发布',
      regionText: '上海市',
      regionCodes: ['310000'],
    });
  });

  it('does not repeat a title the text already starts with, and reads a text-only or title-only row', () => {
    expect(read({ title: '标题', content: '标题\n正文' }).content).toBe('标题\n正文');
    expect(read({ content: '只有正文' })).toEqual({ content: '只有正文', warnings: [] });
    expect(read({ title: '只有标题' }).content).toBe('只有标题');
  });

  it('reports a row without title or text', () => {
    expect(readRowFields({ date: '2020-01-01', url: 'x' })).toEqual({ problem: expect.stringMatching(/no title or text/) });
    expect(readRowFields({ title: '   ', text: null })).toHaveProperty('problem');
  });

  it('takes the first readable date and warns when none can be read', () => {
    expect(read({ text: 't', date: 'unknown', pubDateTime: '2021-03-04 10:00' }).given?.date).toBe('2021-03-04');
    const undated = read({ text: 't', published: 'last Tuesday' });
    expect(undated.given).toBeUndefined();
    expect(undated.warnings).toEqual([expect.stringMatching(/“last Tuesday” could not be read/)]);
  });

  it('resolves province, city and district columns as one place, and a region column as a list', () => {
    expect(read({ text: 't', province: '河北省', city: '石家庄市', district: '新乐市' }).given).toMatchObject({
      regionText: '河北省 石家庄市 新乐市',
      regionCodes: ['130184'],
    });
    expect(read({ text: 't', province: '四川省', city: '德阳', district: '德阳' }).given).toMatchObject({
      regionText: '四川省 德阳',
      regionCodes: ['510600'],
    });
    expect(read({ text: 't', region: '湖北省 武汉市、北京' }).given?.regionCodes).toEqual(['420100', '110000']);
    expect(read({ text: 't', region: '火星' }).given).toEqual({ regionText: '火星' });
  });

  it('tells whether a header has an article column', () => {
    expect(hasArticleField(['id', 'Content'])).toBe(true);
    expect(hasArticleField(['id', 'date'])).toBe(false);
  });
});
