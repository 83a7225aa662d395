import fc from 'fast-check';
import type { ScaleTime } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, MeasureCategory, MeasureDirection } from '../../model';
import { wantedPairs } from '../../data/measureColumns';
import { dateInterval, isoDay, precisionOf, publishedInterval } from '../../data/publishedInterval';
import { collectionArb, measureFiltersArb, selectedOf } from '../../data/summaryArbitrary';
import { makeSummary, makeMeasure } from '../../test/articleFixture';
import { measureLaneKeys, planLanes, type LanePlan } from '../Timeline/lanes';
import { createTimeScale, type Domain } from '../Timeline/timeScale';
import { PERIOD_INTERVALS, balanceOf, cellFill, choosePeriodUnit, layoutBand, type BandOptions, type BandRef, type PeriodUnit } from './bandLayout';

/** The band over every article of the list. */
const layoutAll = (articles: readonly ArticleSummary[], scale: ScaleTime<number, number>, options: BandOptions) =>
  layoutBand(articles, new Uint8Array(articles.length).fill(1), scale, options);

interface ReferenceCell {
  id: string;
  laneIndex: number;
  period: string;
  tighten: number;
  relax: number;
  support: number;
  neutral: number;
  refs: BandRef[];
}

/** The band worked out measure object by measure object: the reference the column-based layout is checked against. */
function referenceBand(
  articles: readonly ArticleSummary[],
  scale: ScaleTime<number, number>,
  plan: LanePlan,
  filters: { categories: MeasureCategory[]; directions: MeasureDirection[] },
  unit: PeriodUnit,
): ReferenceCell[] {
  const interval = PERIOD_INTERVALS[unit];
  const [domainStart, domainEnd] = scale.domain().map(Number) as [number, number];
  const firstPeriod = interval.floor(new Date(domainStart)).getTime();
  const cells = new Map<string, ReferenceCell>();
  for (const article of articles) {
    article.measures.forEach((measure, measureIndex) => {
      if (filters.categories.length > 0 && !filters.categories.includes(measure.category)) return;
      if (filters.directions.length > 0 && !filters.directions.includes(measure.direction)) return;
      const time = (measure.date ? dateInterval(measure.date, precisionOf(measure.date))?.start : undefined) ?? publishedInterval(article.published)?.start;
      if (time === undefined || time < firstPeriod || time >= domainEnd) return;
      const start = interval.floor(new Date(time)).getTime();
      const lanes = new Set(measureLaneKeys(measure, article, plan.mode).map(plan.laneOf));
      for (const lane of lanes) {
        const laneIndex = plan.keys.indexOf(lane);
        if (laneIndex < 0) continue;
        const id = `${lane}|${start}`;
        const cell = cells.get(id) ?? { id, laneIndex, period: isoDay(start), tighten: 0, relax: 0, support: 0, neutral: 0, refs: [] };
        cell[measure.direction]++;
        cell.refs.push({ articleId: article.id, measureIndex, category: measure.category, direction: measure.direction, time });
        cells.set(id, cell);
      }
    });
  }
  const sorted = [...cells.values()].sort((a, b) => a.laneIndex - b.laneIndex || a.period.localeCompare(b.period));
  for (const cell of sorted) cell.refs.sort((a, b) => a.time - b.time || a.articleId.localeCompare(b.articleId) || a.measureIndex - b.measureIndex);
  return sorted;
}

function article(id: string, date: string, measures: ArticleSummary['measures'], primaryRegions = ['650100']): ArticleSummary {
  return {
    ...makeSummary({ id, primaryRegions }),
    published: { date, precision: 'day', inferred: false },
    measures,
  };
}

const year2022: Domain = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];

describe('choosePeriodUnit', () => {
  it('adapts the period to the zoom', () => {
    expect(choosePeriodUnit(createTimeScale([Date.UTC(2020, 0, 1), Date.UTC(2023, 0, 1)], 500))).toBe('quarter');
    expect(choosePeriodUnit(createTimeScale(year2022, 400))).toBe('month');
    expect(choosePeriodUnit(createTimeScale([Date.UTC(2022, 7, 1), Date.UTC(2022, 9, 1)], 1000))).toBe('week');
  });
});

describe('layoutBand', () => {
  const articles = [
    article('a', '2022-08-10', [
      makeMeasure({ category: 'lockdown', direction: 'tighten', start: 0, end: 4 }),
      makeMeasure({ category: 'mass-testing', direction: 'tighten' }),
      makeMeasure({ category: 'supplies', direction: 'support' }),
    ]),
    article('b', '2022-08-25', [makeMeasure({ category: 'lockdown', direction: 'relax' })]),
    article('c', '2022-11-12', [makeMeasure({ category: 'quarantine', direction: 'relax', date: '2022-12-01' })], ['100000']),
  ];

  it('counts tighten, relax and support per lane and month, net = tighten − relax', () => {
    const plan = planLanes(articles, 'province');
    const { cells, unit, refsOf } = layoutAll(articles, createTimeScale(year2022, 400), { plan });
    expect(unit).toBe('month');
    const august = cells.find((cell) => cell.lane === '650000' && cell.period === '2022-08-01')!;
    expect(august).toMatchObject({ tighten: 2, relax: 1, support: 1, net: 1 });
    expect(refsOf(august).map((ref) => `${ref.articleId}:${ref.measureIndex}`)).toEqual(['a:0', 'a:1', 'a:2', 'b:0']);
  });

  it('uses the measure’s own date before the publication date', () => {
    const plan = planLanes(articles, 'province');
    const { cells } = layoutAll(articles, createTimeScale(year2022, 400), { plan });
    const national = cells.filter((cell) => cell.lane === '100000');
    expect(national.map((cell) => cell.period)).toEqual(['2022-12-01']);
  });

  it('buckets by Monday weeks and by calendar quarters', () => {
    const plan = planLanes(articles, 'province');
    const weeks = layoutAll(articles, createTimeScale(year2022, 400), { plan, unit: 'week' });
    expect(weeks.cells.find((cell) => weeks.refsOf(cell).some((ref) => ref.articleId === 'a'))?.period).toBe('2022-08-08');
    const quarters = layoutAll(articles, createTimeScale(year2022, 400), { plan, unit: 'quarter' }).cells;
    expect(quarters.find((cell) => cell.lane === '650000')).toMatchObject({ period: '2022-07-01', tighten: 2, relax: 1 });
  });

  it('puts measures in category lanes in category mode and honours the measure filter', () => {
    const plan = planLanes(articles, 'category');
    const { cells } = layoutAll(articles, createTimeScale(year2022, 400), { plan, wanted: wantedPairs({ categories: ['lockdown'], directions: [] }) });
    expect(cells.map((cell) => cell.lane)).toEqual(['lockdown']);
    expect(cells[0]).toMatchObject({ tighten: 1, relax: 1, net: 0 });
  });
});

describe('layoutBand against the measure-by-measure reference', () => {
  it('counts the same cells and lists the same measures for any selection, filter, zoom and period', () => {
    const domainArb = fc
      .tuple(fc.integer({ min: Date.UTC(2019, 11, 1), max: Date.UTC(2023, 0, 1) }), fc.integer({ min: 20, max: 1200 }))
      .map(([start, days]): Domain => [start, start + days * 86_400_000]);
    fc.assert(
      fc.property(
        collectionArb(),
        measureFiltersArb,
        domainArb,
        fc.constantFrom<PeriodUnit>('week', 'month', 'quarter'),
        fc.constantFrom('province' as const, 'category' as const),
        fc.integer({ min: 1, max: 4 }),
        ({ articles, mask }, filters, domain, unit, mode, maxProvinceLanes) => {
          const selected = selectedOf(articles, mask);
          const plan = planLanes(selected, mode, undefined, maxProvinceLanes);
          const scale = createTimeScale(domain, 600);
          const layout = layoutBand(articles, mask, scale, { plan, wanted: wantedPairs(filters), unit });
          const expected = referenceBand(selected, scale, plan, filters, unit);
          const actual = layout.cells.map((cell) => ({
            id: cell.id,
            laneIndex: cell.laneIndex,
            period: cell.period,
            tighten: cell.tighten,
            relax: cell.relax,
            support: cell.support,
            neutral: cell.neutral,
            refs: layout.refsOf(cell),
          }));
          expect(actual).toEqual(expected);
          expect(layout.maxTotal).toBe(Math.max(0, ...expected.map((cell) => cell.tighten + cell.relax)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('balance and colour', () => {
  it('names the lean and falls back to support', () => {
    expect(balanceOf({ tighten: 3, relax: 1, support: 0, net: 2 })).toBe('tighten');
    expect(balanceOf({ tighten: 1, relax: 3, support: 0, net: -2 })).toBe('relax');
    expect(balanceOf({ tighten: 2, relax: 2, support: 5, net: 0 })).toBe('even');
    expect(balanceOf({ tighten: 0, relax: 0, support: 2, net: 0 })).toBe('support');
  });

  it('diverges orange for tightening and blue for relaxing', () => {
    const tighten = cellFill({ tighten: 5, relax: 0, net: 5 }, 5);
    const relax = cellFill({ tighten: 0, relax: 5, net: -5 }, 5);
    expect(tighten).toBe('rgb(217, 95, 2)');
    expect(relax).toBe('rgb(27, 111, 181)');
  });
});
