import type { Article, ArticleSummary, MeasureCategory, MeasureDirection } from '../model';
import { buildCorpusIndex, selectCorpus, type CorpusIndex, type CorpusSelection } from '../data/corpusIndex';
import type { FilterKey } from '../data/filterArticles';
import { countRegionsInSelection, type RegionCount } from '../data/regionCounts';
import { countCategoryArticles, measureColumns, summariseMeasureColumns, type CategoryDirectionCounts } from '../data/measureColumns';
import { sameMask } from '../data/sameMask';
import { normaliseQuery } from '../data/textQuery';
import { currentSimplify, type Simplify } from '../data/lazy/lazySimplifier';
import { EMPTY_FILTERS, type Filters } from './filters';
import type { ExplorerState } from './index';
import { memoizeLast } from './memoize';

const corpusIndex = memoizeLast((articles: ArticleSummary[]) => buildCorpusIndex(articles));
export const selectCorpusIndex = (state: ExplorerState): CorpusIndex => corpusIndex(state.articles);

// Keyed on the converter too: a query normalised before the tables arrived is redone once they are in.
const normalisedQuery = memoizeLast((query: string, simplify: Simplify) => normaliseQuery(query, simplify));
export const selectNormalisedQuery = (state: ExplorerState): string => normalisedQuery(state.filters.query, currentSimplify());

const NO_MATCHES = new Uint8Array(0);

/**
 * Which articles match the text query, by position: the latest answer for this
 * list (while a newer query is being searched the previous answer stands, so the
 * list does not flash empty); nothing matches before the first answer arrives.
 */
export function selectQueryMatches(state: ExplorerState): Uint8Array | null {
  if (selectNormalisedQuery(state) === '') return null;
  return state.search && state.search.articles === state.articles ? state.search.matches : NO_MATCHES;
}

/** True while the text query's answer is on its way. */
export const selectSearchPending = (state: ExplorerState): boolean => {
  const query = selectNormalisedQuery(state);
  return query !== '' && (state.search?.query !== query || state.search.articles !== state.articles);
};

const selection = memoizeLast((index: CorpusIndex, filters: Filters, matches: Uint8Array | null) => selectCorpus(index, filters, matches));
/** The articles passing every filter, with their positions and a position mask for column-wise views. */
export const selectFilteredSelection = (state: ExplorerState): CorpusSelection =>
  selection(selectCorpusIndex(state), state.filters, selectQueryMatches(state));
export const selectFilteredArticles = (state: ExplorerState): ArticleSummary[] => selectFilteredSelection(state).articles;

/** A selection that ignores one filter; the same object as the full selection while that filter is unset. */
function selectionIgnoring(key: FilterKey, isSet: (filters: Filters) => boolean) {
  const compute = memoizeLast((index: CorpusIndex, filters: Filters, matches: Uint8Array | null) =>
    isSet(filters) ? selectCorpus(index, filters, matches, [key]) : selection(index, filters, matches),
  );
  return (state: ExplorerState): CorpusSelection => compute(selectCorpusIndex(state), state.filters, selectQueryMatches(state));
}

/** The map shades by everything but its own filter, so other regions stay visible and clickable. */
export const selectSelectionIgnoringRegion = selectionIgnoring('region', (filters) => filters.region !== null);
export const selectArticlesIgnoringRegion = (state: ExplorerState): ArticleSummary[] => selectSelectionIgnoringRegion(state).articles;

/** The brush shows the whole timeline of the other filters. */
export const selectSelectionIgnoringDate = selectionIgnoring('date', (filters) => filters.from !== null || filters.to !== null);
export const selectArticlesIgnoringDate = (state: ExplorerState): ArticleSummary[] => selectSelectionIgnoringDate(state).articles;

/** Chip counts show what each category would add, so they ignore the measure filter itself. */
export const selectSelectionIgnoringMeasures = selectionIgnoring(
  'measures',
  (filters) => filters.categories.length > 0 || filters.directions.length > 0,
);
export const selectArticlesIgnoringMeasures = (state: ExplorerState): ArticleSummary[] => selectSelectionIgnoringMeasures(state).articles;

const articleIndex = memoizeLast((articles: ArticleSummary[]) => new Map(articles.map((article) => [article.id, article])));
export const selectArticleById = (state: ExplorerState): Map<string, ArticleSummary> => articleIndex(state.articles);

export const selectSelectedSummary = (state: ExplorerState): ArticleSummary | null =>
  state.selectedArticleId === null ? null : (selectArticleById(state).get(state.selectedArticleId) ?? null);

const addedById = memoizeLast((added: Article[]) => new Map(added.map((article) => [article.id, article])));

/** A full record if this browser has it: added by the user, or fetched from the collection. */
export function fullArticleOf(state: Pick<ExplorerState, 'fullArticles' | 'addedArticles'>, id: string): Article | null {
  return addedById(state.addedArticles).get(id) ?? state.fullArticles.get(id) ?? null;
}

/** The selected article's full record; null until its text has arrived. */
export const selectSelectedArticle = (state: ExplorerState): Article | null =>
  state.selectedArticleId === null || selectSelectedSummary(state) === null ? null : fullArticleOf(state, state.selectedArticleId);

export type { RegionCount } from '../data/regionCounts';

const sameList = <T>(a: readonly T[], b: readonly T[]) => a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

/**
 * Remembers the last result, recomputed only when the collection, the
 * measure filters or the selected positions change; a new selection with the
 * same positions (another filter changed) keeps the result, and views keep their render.
 */
function memoizeOnSelection<Result>(compute: (articles: ArticleSummary[], mask: Uint8Array, categories: MeasureCategory[], directions: MeasureDirection[]) => Result) {
  let last: { articles: ArticleSummary[]; mask: Uint8Array; categories: MeasureCategory[]; directions: MeasureDirection[]; result: Result } | null = null;
  return (articles: ArticleSummary[], mask: Uint8Array, categories: MeasureCategory[], directions: MeasureDirection[]): Result => {
    if (last && last.articles === articles && sameList(last.categories, categories) && sameList(last.directions, directions) && sameMask(last.mask, mask)) {
      Object.assign(last, { mask, categories, directions });
      return last.result;
    }
    last = { articles, mask, categories, directions, result: compute(articles, mask, categories, directions) };
    return last.result;
  };
}

const regionCounts = memoizeOnSelection((articles, mask, categories, directions) => countRegionsInSelection(articles, mask, { categories, directions }));
export const selectRegionCounts = (state: ExplorerState): Map<string, RegionCount> =>
  regionCounts(state.articles, selectSelectionIgnoringRegion(state).mask, state.filters.categories, state.filters.directions);

export type MeasureSummary = CategoryDirectionCounts;

const measureSummary = memoizeOnSelection((articles, mask, categories, directions) =>
  summariseMeasureColumns(measureColumns(articles), mask, { categories, directions }),
);
/** The filtered articles' measures the filters let through, by category and direction. */
export const selectMeasureSummary = (state: ExplorerState): MeasureSummary =>
  measureSummary(state.articles, selectFilteredSelection(state).mask, state.filters.categories, state.filters.directions);

const categoryCounts = memoizeOnSelection((articles, mask, _categories, directions) => countCategoryArticles(measureColumns(articles), mask, directions));
/** Per category, the articles a category chip would add: the other filters apply, the category filter does not. */
export const selectCategoryCounts = (state: ExplorerState): Map<MeasureCategory, number> =>
  categoryCounts(state.articles, selectSelectionIgnoringMeasures(state).mask, EMPTY_FILTERS.categories, state.filters.directions);

const undatedCount = memoizeLast((articles: ArticleSummary[]) => articles.filter((article) => article.published === null).length);
export const selectUndatedCount = (state: ExplorerState): number => undatedCount(state.articles);
