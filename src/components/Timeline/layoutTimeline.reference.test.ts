import { describe, expect, it } from 'vitest';
import type { ArticleSummary, DatePrecision, MeasureCategory, MeasureDirection } from '../../model';
import { buildCorpusIndex, selectCorpus } from '../../data/corpusIndex';
import { measureMatches } from '../../data/filterArticles';
import { byPublicationDate } from '../../data/publicationOrder';
import { EMPTY_FILTERS, type Filters } from '../../store/filters';
import { makeMeasure, makeSummary } from '../../test/articleFixture';
import { densityBins } from './densityBins';
import { EVERY_MEASURE, planLanes, type MeasurePredicate } from './lanes';
import { laneGeometry, layoutFrame, layoutTimeline, type TimelineLayout } from './layoutTimeline';
import { placeSelection } from './placeSelection';
import { referenceDensityBins, referenceLayout, type TimelineLayout as ReferenceLayout } from './referenceLayout';
import { planSelectionLanes } from './selectionPlan';
import { pairMaskOf, timelineColumns } from './timelineColumns';
import { createTimeScale, DAY, type Domain } from './timeScale';

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

const REGIONS = ['100000', '650100', '652801', '620100', '110000', '310000', '440100', '440300', '510100', '420100', '330100', '320100', '370100', '210100', '140100', '610100', '999999'];
const CATEGORIES: MeasureCategory[] = ['lockdown', 'mass-testing', 'quarantine', 'risk-zones', 'movement', 'supplies'];
const DIRECTIONS: MeasureDirection[] = ['tighten', 'relax', 'support', 'neutral'];
const pad = (value: number) => String(value).padStart(2, '0');

function randomCollection(seed: number, size: number): ArticleSummary[] {
  const { next, pick } = random(seed);
  const date = (precision: DatePrecision) => {
    const year = 2020 + Math.floor(next() * 3);
    const month = pad(1 + Math.floor(next() * 12));
    // Few distinct days so that marks crowd and bins form.
    const day = pad(1 + Math.floor(next() * 6) * 5);
    return precision === 'day' ? `${year}-${month}-${day}` : precision === 'month' ? `${year}-${month}` : `${year}`;
  };
  return Array.from({ length: size }, (_, i) => {
    const precision = pick<DatePrecision>(['day', 'day', 'day', 'month', 'year']);
    const regions = Array.from({ length: Math.floor(next() * 3) }, () => pick(REGIONS));
    const measures = Array.from({ length: Math.floor(next() * 4) }, () =>
      makeMeasure({
        category: pick(CATEGORIES),
        direction: pick(DIRECTIONS),
        date: next() < 0.3 ? date(pick<DatePrecision>(['day', 'month'])) : null,
        regionCodes: next() < 0.5 ? [pick(REGIONS)] : [],
      }),
    );
    const summary = makeSummary({ id: `a${String(i).padStart(4, '0')}`, primaryRegions: [...new Set(regions)], measures });
    return next() < 0.1 ? summary : { ...summary, published: { date: date(precision), precision, inferred: next() < 0.2 } };
  }).sort(byPublicationDate); // as every article list in the app is
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function normalised(layout: TimelineLayout | ReferenceLayout) {
  const marks = layout.marks
    .map((mark) =>
      mark.kind === 'bin'
        ? ['bin', mark.lane, mark.laneIndex, mark.start, mark.end, mark.span, mark.unit, mark.count, [...mark.articleIds].sort().join(), round(mark.x0), round(mark.x1), mark.y].join('|')
        : [mark.kind, mark.lane, mark.laneIndex, mark.articleId, mark.precision, mark.inferred, mark.start, mark.end, round(mark.x0), round(mark.x1), mark.y].join('|'),
    )
    .sort();
  const measures = layout.measures
    .map((mark) =>
      [mark.key, mark.lane, Math.round(mark.x * 1e4) / 1e4, mark.y, mark.category, mark.direction, mark.count, mark.more, mark.refs.map((ref) => `${ref.articleId}#${ref.measureIndex}`).join()].join('|'),
    )
    .sort();
  return { lanes: layout.lanes, marks, measures, unit: layout.unit, undated: layout.undated, height: layout.height };
}

const DOMAINS: Domain[] = [
  [Date.UTC(2019, 11, 1), Date.UTC(2023, 1, 1)],
  [Date.UTC(2021, 2, 3, 7), Date.UTC(2021, 8, 20, 13)],
  [Date.UTC(2022, 4, 28), Date.UTC(2022, 5, 12)],
];

describe('layoutTimeline against the object-based reference', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`gives the same marks, bins and measure glyphs (seed ${seed})`, () => {
      const articles = randomCollection(seed, 400);
      const predicates: MeasurePredicate[] = [EVERY_MEASURE, (measure) => measure.direction !== 'relax'];
      for (const mode of ['province', 'category'] as const) {
        for (const measureMatches of predicates) {
          const plan = planLanes(articles, mode, measureMatches, 6);
          for (const domain of DOMAINS) {
            const scale = createTimeScale(domain, 900);
            const pinned = new Set([articles[7]!.id, articles[100]!.id]);
            const options = { plan, geometry: laneGeometry(true, plan.keys.length), showMeasures: true, measureMatches, pinned };
            expect(normalised(layoutTimeline(articles, scale, options))).toEqual(normalised(referenceLayout(articles, scale, options)));
          }
        }
      }
    });
  }

  it('bins the brush strip like the reference', () => {
    const articles = randomCollection(9, 300);
    for (const domain of DOMAINS) {
      for (const unit of ['day', 'week', 'month'] as const) {
        const scale = createTimeScale(domain, 700);
        expect(densityBins(articles, scale, unit)).toEqual(referenceDensityBins(articles, scale, unit));
      }
    }
  });
});

describe('a filter change over typed arrays', () => {
  const filterSets: Filters[] = [
    EMPTY_FILTERS,
    { ...EMPTY_FILTERS, categories: ['lockdown'] },
    { ...EMPTY_FILTERS, directions: ['relax', 'support'] },
    { ...EMPTY_FILTERS, region: '650000' },
    { ...EMPTY_FILTERS, region: '440000', categories: ['quarantine', 'movement'] },
  ];
  it('plans and places a selection as the object-based path does for the filtered list', () => {
    const articles = randomCollection(5, 500);
    const index = buildCorpusIndex(articles);
    for (const mode of ['province', 'category'] as const) {
      const columns = timelineColumns(index, mode);
      for (const filters of filterSets) {
        const selection = selectCorpus(index, filters, null);
        const predicate: MeasurePredicate =
          filters.categories.length === 0 && filters.directions.length === 0 ? EVERY_MEASURE : (measure) => measureMatches(measure, filters);
        const pairs = pairMaskOf(predicate);
        for (const maxLanes of [4, 10]) {
          const expected = planLanes(selection.articles, mode, predicate, maxLanes);
          const plan = planSelectionLanes(columns, selection.positions, pairs, maxLanes);
          expect(plan.keys).toEqual(expected.keys);
          expect([...plan.counts]).toEqual(expect.arrayContaining([...expected.counts].filter(([key]) => expected.keys.includes(key))));
          for (const key of columns.rawKeys) expect(plan.laneOf(key)).toBe(expected.laneOf(key));
          const placed = placeSelection(columns, plan, selection, pairs);
          const scale = createTimeScale([Date.UTC(2019, 11, 1), Date.UTC(2023, 1, 1) + DAY / 3], 800);
          const geometry = laneGeometry(true, plan.keys.length);
          const frame = layoutFrame(placed, scale, { geometry, showMeasures: true });
          expect(normalised(frame)).toEqual(normalised(referenceLayout(selection.articles, scale, { plan: expected, geometry, showMeasures: true, measureMatches: predicate })));
        }
      }
    }
  });
});
