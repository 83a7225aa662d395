import type { ArticleSummary } from '../model';
import type { Filters } from '../store/filters';
import { measureMatches } from './filterArticles';
import { scopesOfList } from './regionScope';

export interface RegionCount {
  articles: number;
  measures: number;
}

export const NO_COUNT: RegionCount = { articles: 0, measures: 0 };

type Countable = Pick<ArticleSummary, 'primaryRegions' | 'measures'>;

interface ArticleScopes {
  /** Scopes the article is about. */
  primary: string[];
  /** Per measure, the scopes it applies to (the article's first primary region when it names none). */
  measures: string[][];
}

// Summaries never change, so their scopes are worked out once, not on every filter change.
const scopeCache = new WeakMap<Countable, ArticleScopes>();

function articleScopes(article: Countable): ArticleScopes {
  let scopes = scopeCache.get(article);
  if (!scopes) {
    const fallback = article.primaryRegions.slice(0, 1);
    scopes = {
      primary: scopesOfList(article.primaryRegions),
      measures: article.measures.map((measure) => scopesOfList(measure.regionCodes.length > 0 ? measure.regionCodes : fallback)),
    };
    scopeCache.set(article, scopes);
  }
  return scopes;
}

interface Tally extends RegionCount {
  /** The last article counted here, so an article counts once per region without a set per article. */
  lastArticle: number;
}

/**
 * Articles and measures per region: an article counts once for each region it
 * is about or has measures in; a measure once per region it applies to (two
 * cities of one province are one measure there); a measure naming no region
 * belongs to the article's first primary region. With `codes`, only those
 * regions are counted (and all of them appear, at zero if need be).
 */
export function countRegions(
  articles: readonly Countable[],
  filters: Pick<Filters, 'categories' | 'directions'>,
  codes?: readonly string[],
): Map<string, RegionCount> {
  const tallies = new Map<string, Tally>((codes ?? []).map((code) => [code, { articles: 0, measures: 0, lastArticle: -1 }]));
  const wanted = codes ? new Set(codes) : null;
  const everyMeasure = filters.categories.length === 0 && filters.directions.length === 0;
  const tally = (scope: string): Tally | null => {
    let entry = tallies.get(scope);
    if (!entry) {
      if (wanted) return null;
      tallies.set(scope, (entry = { articles: 0, measures: 0, lastArticle: -1 }));
    }
    return entry;
  };
  articles.forEach((article, index) => {
    const scopes = articleScopes(article);
    const touch = (entry: Tally | null) => {
      if (entry && entry.lastArticle !== index) {
        entry.lastArticle = index;
        entry.articles++;
      }
      return entry;
    };
    for (const scope of scopes.primary) touch(tally(scope));
    article.measures.forEach((measure, measureIndex) => {
      if (!everyMeasure && !measureMatches(measure, filters)) return;
      for (const scope of scopes.measures[measureIndex]!) {
        const entry = touch(tally(scope));
        if (entry) entry.measures++;
      }
    });
  });
  return new Map([...tallies].map(([scope, { articles: count, measures }]) => [scope, { articles: count, measures }]));
}
