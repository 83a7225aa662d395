import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../model';
import { makeArticle, makeMeasure } from '../test/articleFixture';
import { splitCollection } from './collectionFormat';
import { readArticleShard, readCollectionIndex } from './readCollection';

const day = (date: string) => ({ date, precision: 'day' as const, inferred: false, evidence: { source: 'timestamp' as const, text: date, in: 'text' as const, start: 0, end: 0 } });

const articles = [
  makeArticle({ id: 'late', published: day('2022-11-13'), text: '烏魯木齊解除封控。', textSimplified: '乌鲁木齐解除封控。', script: 'traditional' }),
  makeArticle({ id: 'early', published: day('2020-01-23'), measures: [makeMeasure({ category: 'lockdown', direction: 'tighten', regionCodes: ['420100'] })] }),
  makeArticle({ id: 'undated' }),
];

describe('collection files', () => {
  const split = splitCollection({ schemaVersion: SCHEMA_VERSION, articles, errors: [{ file: 'bad.bin', message: 'not text' }] }, 2, 3);

  it('orders by publication date and shards by position', () => {
    expect(split.index.articles.id).toEqual(['early', 'late', 'undated']);
    expect(split.articleShards.map((shard) => shard.articles.map((article) => article.id))).toEqual([['early', 'late'], ['undated']]);
    expect(split.searchShards.map((shard) => shard.texts.length)).toEqual([3]);
    expect(split.searchShards[0]!.texts[1]).toBe('乌鲁木齐解除封控。');
  });

  it('reads back what it wrote: summaries, errors and full records with both scripts', () => {
    const index = readCollectionIndex(JSON.parse(JSON.stringify(split.index)), 'index.json');
    expect(index.summaries.map((summary) => summary.id)).toEqual(['early', 'late', 'undated']);
    expect(index.summaries[0]!.measures[0]).toMatchObject({ category: 'lockdown', regionCodes: ['420100'] });
    expect(index.errors).toEqual([{ file: 'bad.bin', message: 'not text' }]);
    expect(index.shardCount).toBe(2);
    expect(index.searchShardCount).toBe(1);
    const shard = readArticleShard(JSON.parse(JSON.stringify(split.articleShards[0])), '0000.json');
    const late = shard.articles.find((article) => article.id === 'late')!;
    expect(late.textSimplified).toBe('乌鲁木齐解除封控。');
    expect(late.textTraditional).toBe(late.text);
    expect(late).toEqual(articles[0]);
  });

  it('turns an unusable index entry into a per-file error and keeps the rest with their positions', () => {
    const json = JSON.parse(JSON.stringify(split.index));
    json.articles.title[1] = 3;
    const index = readCollectionIndex(json, 'index.json');
    expect(index.summaries.map((summary) => summary.id)).toEqual(['early', 'undated']);
    expect([...index.indexPositions]).toEqual([0, 2]);
    expect(index.errors.map((error) => error.file)).toContain('late.txt');
  });

  it('shares one array per distinct region list and string', () => {
    const json = JSON.parse(JSON.stringify(split.index));
    const index = readCollectionIndex(json, 'index.json');
    const [early, late] = index.summaries;
    expect(early!.primaryRegions).toBe(late!.primaryRegions);
    expect(json.codeLists.length).toBeLessThan(index.summaries.length * 2);
  });

  it('refuses an index whose columns disagree in length', () => {
    const json = JSON.parse(JSON.stringify(split.index));
    json.articles.measures.pop();
    expect(() => readCollectionIndex(json, 'index.json')).toThrow(/column "measures"/);
  });

  it('refuses a file that is not a collection index', () => {
    expect(() => readCollectionIndex({ schemaVersion: 1, articles: [] }, 'articles.json')).toThrow(/not an article collection index/);
  });
});
