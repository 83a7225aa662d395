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
});
