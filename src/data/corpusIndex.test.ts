import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, DatePrecision, MeasureCategory, MeasureDirection } from '../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
import type { Filters } from '../store/filters';
import { makeArticle, makeMeasure, summariesOf } from '../test/articleFixture';
import { searchText } from './collectionFormat';
import { buildCorpusIndex, selectCorpus } from './corpusIndex';
import { filterArticles, type FilterKey } from './filterArticles';
import { normaliseQuery } from './textQuery';

const CODES = ['100000', '650000', '650100', '650102', '652800', '652801', '620000', '620100', '110000', '110101', '999999'];
const WORDS = ['封控', '核酸', '隔离', '乌鲁木齐', '烏魯木齊', 'Lockdown', '保供'];
const categories = MEASURE_CATEGORIES.map((category) => category.id);
const directions = MEASURE_DIRECTIONS.map((direction) => direction.id);

const dateArb = fc
  .tuple(fc.integer({ min: 2020, max: 2022 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom<DatePrecision>('day', 'month', 'year'))
  .map(([year, month, day, precision]) => {
    const mm = String(month).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    const date = precision === 'day' ? `${year}-${mm}-${dd}` : precision === 'month' ? `${year}-${mm}` : `${year}`;
    return { date, precision, inferred: false, evidence: { source: 'timestamp' as const, text: date, in: 'text' as const, start: 0, end: 0 } };
  });

const articleArb = (id: string) =>
  fc
    .record({
      published: fc.option(dateArb, { nil: null }),
      primaryRegions: fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 2 }),
      measures: fc.array(
        fc.record({
          category: fc.constantFrom<MeasureCategory>(...categories),
          direction: fc.constantFrom<MeasureDirection>(...directions),
          regionCodes: fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
      words: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
    })
    .map(({ published, primaryRegions, measures, words }): Article => {
      const text = `${words.join('，')}。`;
      return makeArticle({
        id,
        published,
        primaryRegions,
        measures: measures.map((measure) => makeMeasure(measure)),
        text,
        // Simplified form as the parser would give it, same length.
        textSimplified: text.replace('烏魯木齊', '乌鲁木齐'),
      });
    });

const corpusArb = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => articleArb(`a${String(i).padStart(2, '0')}`))));

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  region: fc.option(fc.constantFrom(...CODES), { nil: null }),
  from: fc.option(fc.constantFrom('2020-01-01', '2021-03-15', '2022-06-30'), { nil: null }),
  to: fc.option(fc.constantFrom('2020-12-31', '2021-03-15', '2022-12-31'), { nil: null }),
  categories: fc.uniqueArray(fc.constantFrom<MeasureCategory>(...categories), { maxLength: 3 }),
  directions: fc.uniqueArray(fc.constantFrom<MeasureDirection>(...directions), { maxLength: 2 }),
  query: fc.constantFrom('', '封控', '乌鲁木齐', '烏魯木齊', 'lockdown', '核酸，隔离'),
});

describe('corpus index', () => {
  it('filters exactly like the plain reference filter, in the same order, for any corpus and filters', () => {
    fc.assert(
      fc.property(corpusArb, filtersArb, fc.subarray<FilterKey>(['region', 'date', 'measures', 'query']), (articles, filters, ignore) => {
        const index = buildCorpusIndex(summariesOf(articles));
        const query = normaliseQuery(filters.query);
        const matches = query === '' ? null : Uint8Array.from(articles, (article) => (searchText(article).includes(query) ? 1 : 0));
        const expected = filterArticles(articles, filters, ignore).map((article) => article.id);
        const selection = selectCorpus(index, filters, matches, ignore);
        expect(selection.articles.map((article) => article.id)).toEqual(expected);
        expect(Array.from(selection.positions, (position) => index.articles[position]!.id)).toEqual(expected);
        expect(selection.mask.reduce((sum, bit) => sum + bit, 0)).toBe(expected.length);
        for (const position of selection.positions) expect(selection.mask[position]).toBe(1);
      }),
      { numRuns: 400 },
    );
  });

  it('region postings hold an article under its county, prefecture and province', () => {
    const index = buildCorpusIndex(summariesOf([makeArticle({ id: 'korla', primaryRegions: ['652801'] })]));
    expect([...index.regionPostings.keys()].sort()).toEqual(['650000', '652800', '652801']);
  });
});
