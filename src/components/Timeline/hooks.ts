import { useMemo } from 'react';
import type { ArticleSummary, MeasureCategory, MeasureDirection } from '../../model';
import { measureMatches } from '../../data/filterArticles';
import { useExplorer } from '../../store';
import type { ExplorerState } from '../../store';
import type { LaneMode } from '../../store/displaySlice';
import { selectFilteredArticles } from '../../store/selectors';
import { memoizeLast } from '../../store/memoize';
import { EVERY_MEASURE, planLanes, type LanePlan, type MeasurePredicate } from './lanes';
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

const planOf = memoizeLast((articles: ArticleSummary[], mode: LaneMode, predicate: MeasurePredicate) => planLanes(articles, mode, predicate));
/** The lanes the timeline and the policy band share. */
export const selectLanePlan = (state: ExplorerState): LanePlan =>
  planOf(selectFilteredArticles(state), state.display.lanes, selectMeasurePredicate(state));

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
