import { beforeEach, describe, expect, it } from 'vitest';
import { setTestCorpus } from '../test/storeFixture';
import { makeArticle } from '../test/articleFixture';
import { useExplorer } from './index';

beforeEach(() => {
  useExplorer.setState({ articles: [], addedArticles: [], fileErrors: [], corpusStatus: 'loading' });
});

const ids = () => useExplorer.getState().articles.map((article) => article.id);

describe('corpus slice', () => {
  it('keeps files the user added while the default collection was loading', () => {
    useExplorer.getState().addArticles([makeArticle({ id: 'mine', file: 'mine.txt' })], [{ file: 'bad.bin', message: 'not text' }]);
    expect(useExplorer.getState().corpusStatus).toBe('loading');
    setTestCorpus([makeArticle({ id: 'seed' })]);
    expect(ids()).toEqual(['seed', 'mine']);
    expect(useExplorer.getState().fileErrors.map((error) => error.file)).toEqual(['bad.bin']);
    expect(useExplorer.getState().corpusStatus).toBe('ready');
  });

  it('never lets an added article hide another with the same id', () => {
    setTestCorpus([makeArticle({ id: 'news', file: 'seeds/news.txt' })]);
    useExplorer.getState().addArticles(
      [makeArticle({ id: 'news', file: 'news.txt' }), makeArticle({ id: 'news', file: 'other/news.txt' })],
      [],
    );
    expect(ids()).toEqual(['news', 'news-2', 'news-3']);
  });

  it('re-adding the same file replaces its earlier version', () => {
    setTestCorpus([]);
    useExplorer.getState().addArticles([makeArticle({ id: 'a', file: 'a.txt', title: 'old' })], []);
    useExplorer.getState().addArticles([makeArticle({ id: 'a', file: 'a.txt', title: 'new' })], []);
    expect(useExplorer.getState().articles.map((article) => article.title)).toEqual(['new']);
  });

  it('removes added articles one by one or all at once, never collection ones', () => {
    setTestCorpus([makeArticle({ id: 'seed' })]);
    useExplorer.getState().addArticles([makeArticle({ id: 'a' }), makeArticle({ id: 'b' }), makeArticle({ id: 'c' })], []);
    useExplorer.getState().removeAddedArticles(['b', 'seed']);
    expect(ids()).toEqual(['seed', 'a', 'c']);
    expect(useExplorer.getState().addedArticles.map((article) => article.id)).toEqual(['a', 'c']);
    useExplorer.getState().clearAddedArticles();
    expect(ids()).toEqual(['seed']);
    expect(useExplorer.getState().addedArticles).toEqual([]);
  });
});
