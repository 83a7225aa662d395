import { describe, expect, it, vi } from 'vitest';
import { makeArticle, makeSummary } from '../../test/articleFixture';
import { findDuplicates } from './findDuplicates';

const noCollection = { collection: [], loadCollectionArticles: () => Promise.resolve([]) };

describe('findDuplicates', () => {
  it('finds articles already imported and repeats within the batch, by cleaned text', async () => {
    const added = [makeArticle({ id: 'local-old', title: 'Old', text: '旧文章。' })];
    const incoming = [
      makeArticle({ id: 'x', title: 'Old', text: '旧文章。', encoding: 'gb18030' }),
      makeArticle({ id: 'y', text: '新文章。' }),
      makeArticle({ id: 'z', text: '新文章。' }),
      makeArticle({ id: 'w', text: '新文章！' }),
    ];
    expect(await findDuplicates(incoming, { added, ...noCollection })).toEqual([
      { of: { id: 'local-old', title: 'Old' } },
      null,
      { ofIncoming: 1 },
      null,
    ]);
  });

  it('fetches only collection articles with a matching title and compares their texts', async () => {
    const seed = makeArticle({ id: 'seed', title: '库尔勒市道歉', text: '库尔勒市道歉。全文。' });
    const loadCollectionArticles = vi.fn(() => Promise.resolve([seed]));
    const collection = [makeSummary(seed), makeSummary({ id: 'other', title: '别的' })];
    const incoming = [makeArticle({ id: 'copy', title: '库尔勒市道歉', text: seed.text }), makeArticle({ id: 'edited', title: '库尔勒市道歉', text: '库尔勒市道歉。改过。' })];
    expect(await findDuplicates(incoming, { added: [], collection, loadCollectionArticles })).toEqual([{ of: { id: 'seed', title: '库尔勒市道歉' } }, null]);
    expect(loadCollectionArticles).toHaveBeenCalledWith(['seed']);
  });

  it('imports rather than refuses when the collection texts cannot be fetched', async () => {
    const collection = [makeSummary({ id: 'seed', title: 'T' })];
    const result = await findDuplicates([makeArticle({ id: 'copy', title: 'T' })], {
      added: [],
      collection,
      loadCollectionArticles: () => Promise.reject(new Error('offline')),
    });
    expect(result).toEqual([null]);
  });
});
