import type { Article, ArticleSummary, Measure } from '../model';
import { summariseArticle } from '../data/summarise';

/** A minimal, valid Article for unit tests; override what the test is about. */
export function makeArticle(overrides: Partial<Article> & { id: string }): Article {
  const text = overrides.text ?? '测试文章。';
  return {
    file: `${overrides.id}.txt`,
    title: overrides.id,
    source: null,
    author: null,
    script: 'simplified',
    text,
    textSimplified: text,
    textTraditional: text,
    raw: text,
    encoding: 'utf-8',
    published: null,
    dates: [],
    regions: [],
    primaryRegions: [],
    measures: [],
    damage: [],
    ...overrides,
  };
}

export function makeMeasure(overrides: Partial<Measure> & Pick<Measure, 'category' | 'direction'>): Measure {
  return {
    start: 0,
    end: 1,
    trigger: { start: 0, end: 1, text: '测' },
    regionCodes: [],
    date: null,
    params: [],
    ...overrides,
  };
}

/** The summary the collection views get for `makeArticle(overrides)`. */
export function makeSummary(overrides: Partial<Article> & { id: string }): ArticleSummary {
  return summariseArticle(makeArticle(overrides), 'collection');
}

export const summariesOf = (articles: readonly Article[]): ArticleSummary[] =>
  articles.map((article) => summariseArticle(article, 'collection'));
