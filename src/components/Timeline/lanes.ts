import { COUNTRY_CODE, type ArticleSummary, type MeasureSummary, type MeasureCategory } from '../../model';
import { provinceOfCode } from '../../data/regionScope';
import { MEASURE_CATEGORIES } from '../../parse/measures/taxonomy';
import type { LaneMode } from '../../store/displaySlice';

/** Lane for articles with no region (province mode) or no measure (category mode). */
export const NONE_LANE = 'none';
/** Lane collecting the provinces beyond the lane limit. */
export const OTHER_LANE = 'other';
export const NATIONAL_LANE = COUNTRY_CODE;

export const MAX_PROVINCE_LANES = 10;

const CATEGORY_ORDER: readonly MeasureCategory[] = MEASURE_CATEGORIES.map((info) => info.id);

export type MeasurePredicate = (measure: MeasureSummary) => boolean;
/** The default predicate; one shared identity so memoised layouts can recognise it. */
export const EVERY_MEASURE: MeasurePredicate = () => true;

// Lanes are recomputed for every article on each filter change; summaries never change, so their lanes are cached.
const provinceLaneCache = new WeakMap<readonly string[], string[]>();

/** Province lanes of a list of region codes (national-level codes in the national lane), cached per shared list. */
export function provinceLanes(codes: readonly string[]): string[] {
  let cached = provinceLaneCache.get(codes);
  if (!cached) {
    const lanes = new Set<string>();
    for (const code of codes) {
      const lane = code === COUNTRY_CODE ? NATIONAL_LANE : provinceOfCode(code);
      if (lane) lanes.add(lane);
    }
    provinceLaneCache.set(codes, (cached = [...lanes]));
  }
  return cached;
}

const planningCache: Record<LaneMode, WeakMap<ArticleSummary, string[]>> = { province: new WeakMap(), category: new WeakMap() };

/**
 * Raw lanes of an article: each province it is about (national roundups in the
 * national lane), or each category it has a (matching) measure in.
 */
export function articleLaneKeys(article: ArticleSummary, mode: LaneMode, measureMatches: MeasurePredicate = EVERY_MEASURE): string[] {
  const lanes =
    mode === 'province'
      ? provinceLanes(article.primaryRegions)
      : [...new Set(article.measures.filter(measureMatches).map((measure) => measure.category))];
  return lanes.length > 0 ? lanes : [NONE_LANE];
}

/** Raw lanes of a measure: its category, or the provinces it applies to (the article's when it names none). */
export function measureLaneKeys(measure: MeasureSummary, article: ArticleSummary, mode: LaneMode): string[] {
  if (mode === 'category') return [measure.category];
  const lanes = provinceLanes(measure.regionCodes);
  return lanes.length > 0 ? lanes : articleLaneKeys(article, 'province');
}

/**
 * Lanes an article counts toward when choosing lanes: in province mode also the
 * provinces its matching measures apply to (a national roundup reporting
 * Xinjiang's measures gives Xinjiang a lane for them), as the region filter and map count it.
 */
function laneKeysForPlanning(article: ArticleSummary, mode: LaneMode, measureMatches: MeasurePredicate): string[] {
  if (measureMatches !== EVERY_MEASURE) return computeLaneKeysForPlanning(article, mode, measureMatches);
  let keys = planningCache[mode].get(article);
  if (!keys) planningCache[mode].set(article, (keys = computeLaneKeysForPlanning(article, mode, measureMatches)));
  return keys;
}

function computeLaneKeysForPlanning(article: ArticleSummary, mode: LaneMode, measureMatches: MeasurePredicate): string[] {
  const keys = articleLaneKeys(article, mode, measureMatches);
  if (mode === 'category') return keys;
  const all = new Set(keys.filter((key) => key !== NONE_LANE));
  for (const measure of article.measures) if (measureMatches(measure)) for (const key of provinceLanes(measure.regionCodes)) all.add(key);
  return all.size > 0 ? [...all] : [NONE_LANE];
}

export interface LanePlan {
  mode: LaneMode;
  /** Lanes top to bottom. */
  keys: string[];
  /** ArticleSummary count per lane: articles about it or with a matching measure there, each once. */
  counts: Map<string, number>;
  /** The drawn lane of a raw lane key (provinces beyond the limit go to OTHER_LANE). */
  laneOf: (key: string) => string;
}

/**
 * Orders lanes: national first, then provinces by article count (the tail merged
 * into "other"); categories in taxonomy order. The no-region/no-measure lane is last.
 */
export function planLanes(
  articles: readonly ArticleSummary[],
  mode: LaneMode,
  measureMatches: MeasurePredicate = EVERY_MEASURE,
  maxProvinceLanes = MAX_PROVINCE_LANES,
): LanePlan {
  const raw = new Map<string, number>();
  for (const article of articles) {
    for (const key of laneKeysForPlanning(article, mode, measureMatches)) raw.set(key, (raw.get(key) ?? 0) + 1);
  }
  if (mode === 'category') {
    const keys: string[] = CATEGORY_ORDER.filter((category) => raw.has(category));
    if (raw.has(NONE_LANE)) keys.push(NONE_LANE);
    return { mode, keys, counts: raw, laneOf: (key) => key };
  }
  const provinces = [...raw.keys()]
    .filter((key) => key !== NATIONAL_LANE && key !== NONE_LANE)
    .sort((a, b) => (raw.get(b) ?? 0) - (raw.get(a) ?? 0) || a.localeCompare(b));
  const room = maxProvinceLanes - (raw.has(NATIONAL_LANE) ? 1 : 0);
  const kept = provinces.length > room ? provinces.slice(0, Math.max(0, room - 1)) : provinces;
  const keptSet = new Set(kept);
  const keys: string[] = [];
  if (raw.has(NATIONAL_LANE)) keys.push(NATIONAL_LANE);
  keys.push(...kept);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, raw.get(key) ?? 0);
  if (kept.length < provinces.length) {
    keys.push(OTHER_LANE);
    // An article in two merged provinces is still one article in "other".
    let other = 0;
    for (const article of articles) {
      if (laneKeysForPlanning(article, mode, measureMatches).some((key) => key !== NATIONAL_LANE && key !== NONE_LANE && !keptSet.has(key))) other++;
    }
    counts.set(OTHER_LANE, other);
  }
  if (raw.has(NONE_LANE)) {
    keys.push(NONE_LANE);
    counts.set(NONE_LANE, raw.get(NONE_LANE) ?? 0);
  }
  const laneOf = (key: string) => (key === NATIONAL_LANE || key === NONE_LANE || keptSet.has(key) ? key : OTHER_LANE);
  return { mode, keys, counts, laneOf };
}

/** Drawn lanes of an article under a plan, without duplicates (two merged provinces are one "other"). */
export function plannedArticleLanes(article: ArticleSummary, plan: LanePlan, measureMatches: MeasurePredicate = EVERY_MEASURE): string[] {
  return [...new Set(articleLaneKeys(article, plan.mode, measureMatches).map(plan.laneOf))];
}

export function plannedMeasureLanes(measure: MeasureSummary, article: ArticleSummary, plan: LanePlan): string[] {
  return [...new Set(measureLaneKeys(measure, article, plan.mode).map(plan.laneOf))];
}
