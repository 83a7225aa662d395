import { describe, expect, it } from 'vitest';
import { makeArticle, makeMeasure } from '../test/articleFixture';
import { validateCorpus } from './validateCorpus';

describe('validateCorpus', () => {
  it('rejects what is not a parsed collection, or another schema version', () => {
    expect(() => validateCorpus([], 'x.json')).toThrow(/not a parsed article collection/);
    expect(() => validateCorpus({ schemaVersion: 9, articles: [] }, 'x.json')).toThrow(/schema version 9/);
  });

  it('turns a broken record into a per-file error and keeps the rest', () => {
    const good = makeArticle({ id: 'good' });
    const { articles, errors } = validateCorpus(
      { schemaVersion: 1, articles: [good, { id: 'broken', file: 'broken.txt' }], errors: [{ file: 'old.bin', message: 'not text' }] },
      'x.json',
    );
    expect(articles.map((article) => article.id)).toEqual(['good']);
    expect(errors.map((error) => error.file)).toEqual(['broken.txt', 'old.bin']);
  });

  it('fills missing optional parts and leaves out measures it cannot draw, saying so', () => {
    const record = {
      ...makeArticle({ id: 'partial', measures: [makeMeasure({ category: 'lockdown', direction: 'relax' })] }),
      damage: undefined,
      raw: undefined,
    } as Record<string, unknown>;
    (record.measures as unknown[]).push({ ...makeMeasure({ category: 'lockdown', direction: 'relax' }), category: 'teleport' });
    const { articles, errors } = validateCorpus({ schemaVersion: 1, articles: [record] }, 'x.json');
    expect(articles[0]!.damage).toEqual([]);
    expect(articles[0]!.raw).toBe(articles[0]!.text);
    expect(articles[0]!.measures).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/1 measure record/);
  });
});
