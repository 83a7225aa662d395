import { useMemo } from 'react';
import type { ArticleSummary, MeasureCategory, MeasureDirection } from '../../model';
import { measureMatches } from '../../data/filterArticles';
import { useExplorer } from '../../store';
import type { ExplorerState } from '../../store';
import { selectCorpusIndex, selectFilteredSelection, selectSelectionIgnoringDate } from '../../store/selectors';
import { memoizeLast } from '../../store/memoize';
import { dayHistogram, type DayHistogram } from './densityBins';
import { EVERY_MEASURE, type MeasurePredicate } from './lanes';
import { placeSelection, type PlacedSelection } from './placeSelection';
import { planSelectionLanes, type SelectionPlan } from './selectionPlan';
import { pairMaskOf, timelineColumns, type TimelineColumns } from './timelineColumns';
import { corpusExtent, createTimeScale, innerWidthOf, plotMargins, visibleDomain, type Domain } from './timeScale';

const extentOf = memoizeLast((articles: ArticleSummary[]) => corpusExtent(articles));
/** The zoomable range: the whole corpus (not the filtered part), so filtering never rescales the axis. */
export const selectCorpusExtent = (state: ExplorerState): Domain => extentOf(state.articles);

const predicateOf = memoizeLast(
  (categories: MeasureCategory[], directions: MeasureDirection[]): MeasurePredicate =>
    categories.length === 0 && directions.length === 0 ? EVERY_MEASURE : (measure) => measureMatches(measure, { categories, directions }),
);
/** Measures the category/direction filters let through (all of them when those filters are empty). */
export const selectMeasurePredicate = (state: ExplorerState): MeasurePredicate =>
  predicateOf(state.filters.categories, state.filters.directions);

const pairMask = memoizeLast(pairMaskOf);
const selectMeasurePairs = (state: ExplorerState): Uint8Array => pairMask(selectMeasurePredicate(state));

/** The timeline's columns for the collection and lane mode: built once, reused by every filter and zoom. */
export const selectTimelineColumns = (state: ExplorerState): TimelineColumns => timelineColumns(selectCorpusIndex(state), state.display.lanes);

const planOf = memoizeLast((columns: TimelineColumns, positions: Uint32Array, pairs: Uint8Array) => planSelectionLanes(columns, positions, pairs));
/** The lanes the timeline and the policy band share. */
export const selectLanePlan = (state: ExplorerState): SelectionPlan =>
  planOf(selectTimelineColumns(state), selectFilteredSelection(state).positions, selectMeasurePairs(state));

const placedOf = memoizeLast(placeSelection);
/** The filtered articles and measures sorted into lanes: redone per filter change, not per zoom frame. */
export const selectPlacedSelection = (state: ExplorerState): PlacedSelection =>
  placedOf(selectTimelineColumns(state), selectLanePlan(state), selectFilteredSelection(state), selectMeasurePairs(state));

const histogramOf = memoizeLast((starts: Float64Array, positions: Uint32Array) => dayHistogram(starts, positions));
/** What the brush strip bins: the articles of every filter but the date range, per day. */
export const selectDensityHistogram = (state: ExplorerState): DayHistogram =>
  histogramOf(selectCorpusIndex(state).start, selectSelectionIgnoringDate(state).positions);

const positionsOf = memoizeLast((articles: ArticleSummary[]) => new Map(articles.map((article, position) => [article.id, position])));
/** Each article's position in the collection, by id. */
export const selectArticlePositions = (state: ExplorerState): Map<string, number> => positionsOf(state.articles);

/** The x scale the timeline and the policy band share, for a container `width` px wide. */
export function useTimeScale(width: number) {
  const extent = useExplorer(selectCorpusExtent);
  const timeDomain = useExplorer((state) => state.timeDomain);
  const margins = plotMargins(width);
  const innerWidth = innerWidthOf(width);
  const domain = visibleDomain(timeDomain, extent);
  const [d0, d1] = domain;
  const scale = useMemo(() => createTimeScale([d0, d1], innerWidth), [d0, d1, innerWidth]);
  return { scale, domain, extent, margins, innerWidth };
}
