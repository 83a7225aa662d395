import fc from 'fast-check';
import type { ArticleSummary, DatePrecision, MeasureCategory, MeasureDirection, MeasureSummary } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';

// Test data for the column-based views: a few regions at every level, shared code lists as the reader makes them.
const CODES = ['100000', '650000', '650100', '652801', '659001', '620000', '620100', '110000', '110105', '110108', 'bogus'];
const CATEGORIES = MEASURE_CATEGORIES.map((category) => category.id).slice(0, 5);
const DIRECTIONS = MEASURE_DIRECTIONS.map((direction) => direction.id);

const dateArb = fc
  .tuple(fc.integer({ min: 2020, max: 2022 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom<DatePrecision>('day', 'month', 'year'))
  .map(([year, month, day, precision]) => {
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { date: precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4), precision };
  });

const codesArb = fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 3 });

const measureArb: fc.Arbitrary<MeasureSummary> = fc.record({
  category: fc.constantFrom<MeasureCategory>(...CATEGORIES),
  direction: fc.constantFrom<MeasureDirection>(...DIRECTIONS),
  regionCodes: codesArb,
  date: fc.option(dateArb.map((date) => date.date), { nil: null, freq: 3 }),
  start: fc.constant(0),
  end: fc.constant(1),
});

function articleArb(id: string): fc.Arbitrary<ArticleSummary> {
  return fc
    .record({
      published: fc.option(dateArb.map((date) => ({ ...date, inferred: false })), { nil: null, freq: 6 }),
      primaryRegions: codesArb,
      measures: fc.array(measureArb, { maxLength: 5 }),
    })
    .map(
      (parts): ArticleSummary => ({
        id,
        file: `${id}.txt`,
        title: id,
        source: null,
        author: null,
        script: 'simplified',
        encoding: 'utf-8',
        published: parts.published,
        primaryRegions: parts.primaryRegions,
        regionCodes: [],
        measures: parts.measures,
        damaged: false,
        origin: 'collection',
      }),
    );
}

/** Shares equal code lists between articles and measures, as the collection reader does. */
function shareLists(articles: ArticleSummary[]): ArticleSummary[] {
  const lists = new Map<string, string[]>();
  const share = (codes: string[]) => {
    const key = codes.join();
    const known = lists.get(key);
    if (known) return known;
    lists.set(key, codes);
    return codes;
  };
  return articles.map((article) => ({
    ...article,
    primaryRegions: share(article.primaryRegions),
    measures: article.measures.map((measure) => ({ ...measure, regionCodes: share(measure.regionCodes) })),
  }));
}

/** A collection of up to `max` articles, with a selection mask over it. */
export function collectionArb(max = 30): fc.Arbitrary<{ articles: ArticleSummary[]; mask: Uint8Array }> {
  return fc
    .integer({ min: 0, max })
    .chain((n) =>
      fc.tuple(
        fc.tuple(...Array.from({ length: n }, (_, i) => articleArb(`a${String(i).padStart(2, '0')}`))),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      ),
    )
    .map(([articles, selected]) => ({ articles: shareLists(articles), mask: Uint8Array.from(selected, (on) => (on ? 1 : 0)) }));
}

export const measureFiltersArb = fc.record({
  categories: fc.uniqueArray(fc.constantFrom<MeasureCategory>(...CATEGORIES), { maxLength: 3 }),
  directions: fc.uniqueArray(fc.constantFrom<MeasureDirection>(...DIRECTIONS), { maxLength: 2 }),
});

/** The selected articles of `collection`, in order. */
export const selectedOf = <T>(collection: readonly T[], mask: Uint8Array): T[] => collection.filter((_, position) => mask[position] === 1);
