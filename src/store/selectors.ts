import type { Article, MeasureCategory, MeasureDirection } from '../model';
import { filterArticles, measureMatches } from '../data/filterArticles';
import { countRegions, type RegionCount } from '../data/regionCounts';
import type { Filters } from './filters';
import type { ExplorerState } from './index';
import { memoizeLast } from './memoize';

const filtered = memoizeLast((articles: Article[], filters: Filters) => filterArticles(articles, filters));
export const selectFilteredArticles = (state: ExplorerState): Article[] => filtered(state.articles, state.filters);

/** The map shades by everything but its own filter, so other regions stay visible and clickable. */
const filteredIgnoringRegion = memoizeLast((articles: Article[], filters: Filters) =>
  filters.region === null ? filtered(articles, filters) : filterArticles(articles, filters, ['region']),
);
export const selectArticlesIgnoringRegion = (state: ExplorerState): Article[] =>
  filteredIgnoringRegion(state.articles, state.filters);

/** The brush shows the whole timeline of the other filters. */
const filteredIgnoringDate = memoizeLast((articles: Article[], filters: Filters) =>
  filters.from === null && filters.to === null ? filtered(articles, filters) : filterArticles(articles, filters, ['date']),
);
export const selectArticlesIgnoringDate = (state: ExplorerState): Article[] =>
  filteredIgnoringDate(state.articles, state.filters);

/** Chip counts show what each category would add, so they ignore the measure filter itself. */
const filteredIgnoringMeasures = memoizeLast((articles: Article[], filters: Filters) =>
  filters.categories.length === 0 && filters.directions.length === 0
    ? filtered(articles, filters)
    : filterArticles(articles, filters, ['measures']),
);
export const selectArticlesIgnoringMeasures = (state: ExplorerState): Article[] =>
  filteredIgnoringMeasures(state.articles, state.filters);

const articleIndex = memoizeLast((articles: Article[]) => new Map(articles.map((article) => [article.id, article])));
export const selectArticleById = (state: ExplorerState): Map<string, Article> => articleIndex(state.articles);

export const selectSelectedArticle = (state: ExplorerState): Article | null =>
  state.selectedArticleId === null ? null : (selectArticleById(state).get(state.selectedArticleId) ?? null);

export type { RegionCount } from '../data/regionCounts';

const regionCounts = memoizeLast((articles: Article[], filters: Filters) => countRegions(articles, filters));
export const selectRegionCounts = (state: ExplorerState): Map<string, RegionCount> =>
  regionCounts(selectArticlesIgnoringRegion(state), state.filters);

export type MeasureSummary = Map<MeasureCategory, Record<MeasureDirection, number>>;

export function summariseMeasures(articles: readonly Article[], filters: Pick<Filters, 'categories' | 'directions'>): MeasureSummary {
  const summary: MeasureSummary = new Map();
  for (const article of articles) {
    for (const measure of article.measures) {
      if (!measureMatches(measure, filters)) continue;
      const entry = summary.get(measure.category) ?? { tighten: 0, relax: 0, support: 0, neutral: 0 };
      entry[measure.direction]++;
      summary.set(measure.category, entry);
    }
  }
  return summary;
}

const measureSummary = memoizeLast((articles: Article[], filters: Filters) => summariseMeasures(articles, filters));
export const selectMeasureSummary = (state: ExplorerState): MeasureSummary =>
  measureSummary(selectFilteredArticles(state), state.filters);

const undatedCount = memoizeLast((articles: Article[]) => articles.filter((article) => article.published === null).length);
export const selectUndatedCount = (state: ExplorerState): number => undatedCount(state.articles);
