import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type GivenMetadata, type PublicationDate } from '../model';
import { makeArticle } from '../test/articleFixture';
import { splitCollection } from './collectionFormat';
import { datesDisagree, httpUrl, readGivenMetadata, regionsDisagree } from './givenMetadata';
import { readArticleShard, readCollectionIndex } from './readCollection';
import { summariseArticle } from './summarise';
import { validateCorpus } from './validateCorpus';

const textDate = (date: string): PublicationDate => ({
  date,
  precision: 'day',
  inferred: true,
  evidence: { source: 'mentioned-date', text: '5月30日', in: 'text', start: 0, end: 5 },
});

const given: GivenMetadata = {
  title: '江苏新增确诊病例',
  date: '2022-05-30',
  source: '央视新闻app',
  url: 'http://app.cctv.com/a',
  regionText: '江苏省',
  regionCodes: ['320000'],
};

describe('the row date places the article', () => {
  it('is the summary date, not inferred, while the full record keeps the date the text gives', () => {
    const article = makeArticle({ id: 'row', published: textDate('2021-05-30'), given });
    const summary = summariseArticle(article, 'collection');
    expect(summary.published).toEqual({ date: '2022-05-30', precision: 'day', inferred: false });
    expect(article.published?.date).toBe('2021-05-30');
    expect(summary.given).toEqual({ date: '2022-05-30', regionCodes: ['320000'] });
  });

  it('keeps its own precision, and the text date places an article whose row has no date', () => {
    expect(summariseArticle(makeArticle({ id: 'm', given: { date: '2022-05' } }), 'added').published).toEqual({
      date: '2022-05',
      precision: 'month',
      inferred: false,
    });
    const rowWithoutDate = summariseArticle(makeArticle({ id: 'n', published: textDate('2021-05-30'), given: { source: 'x' } }), 'added');
    expect(rowWithoutDate.published).toEqual({ date: '2021-05-30', precision: 'day', inferred: true });
    expect(rowWithoutDate.given).toBeUndefined();
  });

  it('orders the built collection by the row date', () => {
    const articles = [
      makeArticle({ id: 'text-2020', published: textDate('2020-03-01') }),
      makeArticle({ id: 'row-2019', published: textDate('2023-01-01'), given: { date: '2019-12-31' } }),
    ];
    const split = splitCollection({ schemaVersion: SCHEMA_VERSION, articles, errors: [] });
    expect(split.index.articles.id).toEqual(['row-2019', 'text-2020']);
    expect(split.articleShards[0]!.articles.map((article) => article.id)).toEqual(['row-2019', 'text-2020']);
  });
});

describe('given metadata in stored collections', () => {
  const article = makeArticle({ id: 'row', published: textDate('2021-05-30'), given });
  const split = splitCollection({ schemaVersion: SCHEMA_VERSION, articles: [article], errors: [] });

  it('round-trips through the index (date and regions) and the article shard (everything)', () => {
    const index = readCollectionIndex(JSON.parse(JSON.stringify(split.index)), 'index.json');
    expect(index.summaries[0]!.given).toEqual({ date: '2022-05-30', regionCodes: ['320000'] });
    expect(index.summaries[0]!.published?.date).toBe('2022-05-30');
    const shard = readArticleShard(JSON.parse(JSON.stringify(split.articleShards[0])), '0000.json');
    expect(shard.articles[0]!.given).toEqual(given);
    expect(shard.articles[0]!.published?.date).toBe('2021-05-30');
  });

  it('drops malformed fields and keeps the well-formed ones', () => {
    const json = JSON.parse(JSON.stringify(split.index));
    json.articles.given[0] = { date: '2022-02-30', regionCodes: ['320000', 42, 'x'] };
    expect(readCollectionIndex(json, 'index.json').summaries[0]!.given).toEqual({ regionCodes: ['320000'] });
    json.articles.given[0] = 'not an object';
    expect(readCollectionIndex(json, 'index.json').summaries[0]).not.toHaveProperty('given');

    const records = JSON.parse(JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: [article], errors: [] }));
    records.articles[0].given = { title: 7, url: 'https://x.cn/a', date: 'soon', source: '' };
    expect(validateCorpus(records, 'user.json').articles[0]!.given).toEqual({ url: 'https://x.cn/a' });
    records.articles[0].given = { date: null };
    expect(validateCorpus(records, 'user.json').articles[0]).not.toHaveProperty('given');
  });

  it('reads only well-formed metadata', () => {
    expect(readGivenMetadata({ date: '2022', regionText: '全国', regionCodes: ['100000'] })).toEqual({
      date: '2022',
      regionText: '全国',
      regionCodes: ['100000'],
    });
    expect(readGivenMetadata(null)).toBeUndefined();
    expect(readGivenMetadata({})).toBeUndefined();
  });
});

describe('comparing the row with the text', () => {
  it('compares dates at the coarser precision', () => {
    expect(datesDisagree('2022-05-30', '2021-05-30')).toBe(true);
    expect(datesDisagree('2022-05', '2022-05-30')).toBe(false);
    expect(datesDisagree('2022', '2023-01-01')).toBe(true);
  });

  it('compares regions by province, with no verdict for the whole country or an empty side', () => {
    expect(regionsDisagree(['320000'], ['420100'])).toBe(true);
    expect(regionsDisagree(['320500'], ['320000', '420100'])).toBe(false);
    expect(regionsDisagree(['100000'], ['420100'])).toBe(false);
    expect(regionsDisagree(['320000'], [])).toBe(false);
    expect(regionsDisagree(['320000'], ['100000'])).toBe(false);
  });

  it('links only absolute http(s) URLs', () => {
    expect(httpUrl('https://www.gov.cn/a?b=1')).toBe('https://www.gov.cn/a?b=1');
    expect(httpUrl('http://app.cctv.com/x')).toBe('http://app.cctv.com/x');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,hi')).toBeNull();
    expect(httpUrl('/relative/path')).toBeNull();
    expect(httpUrl('www.example.com')).toBeNull();
  });
});
