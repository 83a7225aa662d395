import type { Article, MeasureCategory, MeasureDirection } from '../model';
import { filterArticles, measureMatches } from '../data/filterArticles';
import { prefectureOfCode, provinceOfCode } from '../data/regionScope';
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

export interface RegionCount {
  articles: number;
  measures: number;
}

/**
 * Counts per province and prefecture code (and 100000 for national articles).
 * An article counts once per province it is about or has measures in.
 */
export function countByRegion(articles: readonly Article[], filters: Pick<Filters, 'categories' | 'directions'>): Map<string, RegionCount> {
  const counts = new Map<string, RegionCount>();
  const bump = (code: string, articles: number, measures: number) => {
    const entry = counts.get(code) ?? { articles: 0, measures: 0 };
    entry.articles += articles;
    entry.measures += measures;
    counts.set(code, entry);
  };
  for (const article of articles) {
    const codes = new Set<string>();
    const measuresByCode = new Map<string, number>();
    // A code's province and prefecture, or 100000 itself for national mentions.
    const scopesOf = (code: string) =>
      [code === '100000' ? code : provinceOfCode(code), prefectureOfCode(code)].filter((scope): scope is string => scope !== null);
    for (const code of article.primaryRegions) for (const scope of scopesOf(code)) codes.add(scope);
    for (const measure of article.measures) {
      if (!measureMatches(measure, filters)) continue;
      const regions = measure.regionCodes.length > 0 ? measure.regionCodes : article.primaryRegions.slice(0, 1);
      // One measure naming two cities of a province is still one measure there.
      const scopes = new Set(regions.flatMap(scopesOf));
      for (const scope of scopes) {
        codes.add(scope);
        measuresByCode.set(scope, (measuresByCode.get(scope) ?? 0) + 1);
      }
    }
    for (const code of codes) bump(code, 1, measuresByCode.get(code) ?? 0);
  }
  return counts;
}

const regionCounts = memoizeLast((articles: Article[], filters: Filters) => countByRegion(articles, filters));
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
