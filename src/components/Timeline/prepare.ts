import { utcDay, type TimeInterval } from 'd3-time';
import type { ArticleSummary, DatePrecision, MeasureCategory, MeasureDirection } from '../../model';
import { plannedArticleLanes, plannedMeasureLanes, type LanePlan, type MeasurePredicate } from './lanes';
import { articleInterval, measureTime } from './measureTime';
import { DAY } from './timeScale';
import { memoizeLast } from '../../store/memoize';

export interface PreparedArticle {
  article: ArticleSummary;
  start: number;
  end: number;
  precision: DatePrecision;
  inferred: boolean;
  /** Indices into `plan.keys`. */
  lanes: number[];
}

export interface PreparedMeasure {
  articleId: string;
  measureIndex: number;
  time: number;
  category: MeasureCategory;
  direction: MeasureDirection;
  lanes: number[];
}

export interface PreparedCorpus {
  articles: PreparedArticle[];
  /** Matching, dated measures in time order. */
  measures: PreparedMeasure[];
  undated: number;
}

/**
 * Everything the object-based reference layout (referenceLayout.ts) needs that
 * does not depend on the zoom: intervals, lanes and matching measures. The app
 * uses the typed-array path (timelineColumns → placeSelection → layoutFrame).
 */
export const prepareCorpus = memoizeLast((articles: readonly ArticleSummary[], plan: LanePlan, measureMatches: MeasurePredicate): PreparedCorpus => {
  const laneIndex = new Map(plan.keys.map((key, index) => [key, index]));
  // Lane lists repeat (most articles share a few provinces): convert each distinct list once.
  const indexLists = new Map<string, number[]>();
  const indices = (keys: string[]) => {
    const id = keys.join();
    let result = indexLists.get(id);
    if (!result) {
      result = [];
      for (const key of keys) {
        const index = laneIndex.get(key);
        if (index !== undefined) result.push(index);
      }
      indexLists.set(id, result);
    }
    return result;
  };
  // Keyed by what the lanes depend on (shared region-code lists, a category), so a million measures need a few hundred lookups.
  const laneCache = new Map<unknown, number[]>();
  const cachedLanes = (key: unknown, compute: () => string[]) => {
    let lanes = laneCache.get(key);
    if (!lanes) laneCache.set(key, (lanes = indices(compute())));
    return lanes;
  };
  const articleLanes = (article: ArticleSummary) => cachedLanes(article.primaryRegions, () => plannedArticleLanes(article, plan));
  const measureLanes = (measure: ArticleSummary['measures'][number], article: ArticleSummary) =>
    cachedLanes(plan.mode === 'category' ? measure.category : measure.regionCodes, () => plannedMeasureLanes(measure, article, plan));
  const prepared: PreparedArticle[] = [];
  const measures: PreparedMeasure[] = [];
  let undated = 0;
  for (const article of articles) {
    const interval = articleInterval(article);
    const lanes = indices(plannedArticleLanes(article, plan, measureMatches));
    if (interval && article.published) {
      prepared.push({ article, ...interval, precision: article.published.precision, inferred: article.published.inferred, lanes });
    } else {
      undated++;
    }
    article.measures.forEach((measure, measureIndex) => {
      if (!measureMatches(measure)) return;
      const time = measureTime(measure, article);
      if (time === null) return;
      const sameAsArticle = plan.mode === 'province' && measure.regionCodes.length === 0;
      measures.push({
        articleId: article.id,
        measureIndex,
        time,
        category: measure.category,
        direction: measure.direction,
        lanes: sameAsArticle ? articleLanes(article) : measureLanes(measure, article),
      });
    });
  }
  measures.sort((a, b) => a.time - b.time);
  return { articles: prepared, measures, undated };
});

/** Floors times to an interval, caching per day: d3's floor allocates Dates, and layouts call it tens of thousands of times. */
export function dayCachedFloor(interval: TimeInterval): { floor: (time: number) => number; next: (start: number) => number } {
  const floors = new Map<number, number>();
  const nexts = new Map<number, number>();
  return {
    floor: (time) => {
      const day = Math.floor(time / DAY);
      let start = floors.get(day);
      if (start === undefined) {
        start = interval === utcDay ? day * DAY : interval.floor(new Date(time)).getTime();
        floors.set(day, start);
      }
      return start;
    },
    next: (start) => {
      let end = nexts.get(start);
      if (end === undefined) {
        end = interval.offset(new Date(start), 1).getTime();
        nexts.set(start, end);
      }
      return end;
    },
  };
}

/** First index in a time-sorted list whose time is >= `time`. */
export function lowerBound(items: readonly { time: number }[], time: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
