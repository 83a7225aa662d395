import { describe, expect, it } from 'vitest';
import type { ArticleSummary, DatePrecision } from '../../model';
import { makeSummary, makeMeasure } from '../../test/articleFixture';
import { planLanes } from './lanes';
import { densityBins } from './densityBins';
import { chooseBinUnit, laneGeometry, layoutTimeline, type ArticleMark, type BinMark } from './layoutTimeline';
import { createTimeScale, type Domain } from './timeScale';

function dated(id: string, date: string, precision: DatePrecision = 'day', extra: Partial<ArticleSummary> = {}, inferred = false): ArticleSummary {
  return { ...makeSummary({ id, primaryRegions: ['650100'] }), published: { date, precision, inferred }, ...extra };
}

const threeYears: Domain = [Date.UTC(2020, 0, 1), Date.UTC(2023, 0, 1)];
const oneMonth: Domain = [Date.UTC(2022, 7, 1), Date.UTC(2022, 8, 1)];

function layout(articles: ArticleSummary[], domain: Domain, width = 1000, extra: Partial<Parameters<typeof layoutTimeline>[2]> = {}) {
  return layoutTimeline(articles, createTimeScale(domain, width), {
    plan: planLanes(articles, 'province'),
    geometry: laneGeometry(true),
    ...extra,
  });
}

describe('chooseBinUnit', () => {
  it('adapts the bin to the zoom', () => {
    expect(chooseBinUnit(createTimeScale(threeYears, 1000), 10)).toBe('month');
    expect(chooseBinUnit(createTimeScale([Date.UTC(2022, 0, 1), Date.UTC(2022, 7, 1)], 1000), 10)).toBe('week');
    expect(chooseBinUnit(createTimeScale(oneMonth, 1000), 10)).toBe('day');
  });
});

describe('layoutTimeline', () => {
  it('draws an exact day as a point at the middle of the day', () => {
    const { marks } = layout([dated('a', '2022-08-10')], oneMonth, 310);
    const mark = marks[0] as ArticleMark;
    expect(mark.kind).toBe('point');
    expect(mark.precision).toBe('day');
    expect(mark.cx).toBeCloseTo(95);
  });

  it('draws a month-precision date as a span over the whole month, never a day', () => {
    const { marks } = layout([dated('m', '2022-08', 'month')], [Date.UTC(2022, 6, 1), Date.UTC(2022, 9, 1)], 920);
    const mark = marks[0] as ArticleMark;
    expect(mark.kind).toBe('span');
    expect(mark.x0).toBeCloseTo(310);
    expect(mark.x1).toBeCloseTo(620);
  });

  it('keeps the inferred flag on the mark', () => {
    const mark = layout([dated('i', '2022-08-10', 'day', {}, true)], oneMonth).marks[0] as ArticleMark;
    expect(mark.inferred).toBe(true);
  });

  it('counts undated articles instead of placing them', () => {
    const result = layout([dated('a', '2022-08-10'), makeSummary({ id: 'u', primaryRegions: ['650100'] })], oneMonth);
    expect(result.undated).toBe(1);
    expect(result.marks).toHaveLength(1);
  });

  it('puts an article in every lane it belongs to', () => {
    const article = dated('two', '2022-08-10', 'day', { primaryRegions: ['650100', '620100'] });
    const { marks, lanes } = layout([article], oneMonth);
    expect(lanes.map((lane) => lane.key)).toEqual(['620000', '650000']);
    expect(marks.map((mark) => mark.lane).sort()).toEqual(['620000', '650000']);
    const yOf = (lane: string) => marks.find((mark) => mark.lane === lane)!.y;
    expect(yOf('650000')).toBeGreaterThan(yOf('620000'));
  });

  it('aggregates crowded marks into a counted bin, but keeps well-spaced marks apart', () => {
    const crowded = Array.from({ length: 5 }, (_, i) => dated(`c${i}`, `2022-08-${String(10 + i).padStart(2, '0')}`));
    const far = [dated('x', '2021-03-01'), dated('y', '2021-03-25')];
    const { marks, unit } = layout([...crowded, ...far], threeYears);
    expect(unit).toBe('month');
    const bins = marks.filter((mark): mark is BinMark => mark.kind === 'bin');
    expect(bins).toHaveLength(1);
    expect(bins[0]!.count).toBe(5);
    expect(bins[0]!.start).toBe(Date.UTC(2022, 7, 1));
    expect(marks.filter((mark) => mark.kind === 'point').map((mark) => (mark as ArticleMark).articleId).sort()).toEqual(['x', 'y']);
  });

  it('separates the same articles again when zoomed in', () => {
    const crowded = Array.from({ length: 5 }, (_, i) => dated(`c${i}`, `2022-08-${String(10 + i).padStart(2, '0')}`));
    const { marks } = layout(crowded, oneMonth);
    expect(marks.every((mark) => mark.kind === 'point')).toBe(true);
  });

  it('draws pinned articles on their own even inside a bin', () => {
    const crowded = Array.from({ length: 3 }, (_, i) => dated(`c${i}`, `2022-08-1${i}`));
    const { marks } = layout(crowded, threeYears, 1000, { pinned: new Set(['c1']) });
    const bin = marks.find((mark): mark is BinMark => mark.kind === 'bin');
    expect(bin?.count).toBe(2);
    expect(marks.some((mark) => mark.kind === 'point' && mark.articleId === 'c1')).toBe(true);
  });

  it('merges identical spans in a lane', () => {
    const { marks } = layout([dated('a', '2022-08', 'month'), dated('b', '2022-08', 'month')], threeYears);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ kind: 'bin', span: true, count: 2 });
  });

  it('leaves out marks outside the visible domain', () => {
    expect(layout([dated('a', '2021-01-05')], oneMonth).marks).toHaveLength(0);
  });

  it('places measures at their own date, falling back to publication, one glyph per category and direction', () => {
    const article = dated('a', '2022-08-10', 'day', {
      measures: [
        makeMeasure({ category: 'lockdown', direction: 'tighten', date: '2022-08-20' }),
        makeMeasure({ category: 'lockdown', direction: 'tighten' }),
        makeMeasure({ category: 'mass-testing', direction: 'relax' }),
      ],
    });
    const { measures } = layout([article], oneMonth, 620, { showMeasures: true });
    expect(measures).toHaveLength(3);
    const late = measures.find((mark) => mark.refs.some((ref) => ref.measureIndex === 0));
    expect(late?.x).toBeCloseTo(390);
    expect(measures.every((mark) => mark.count === 1)).toBe(true);
  });

  it('shows as many measure groups as fit a bin and counts the rest on the last glyph', () => {
    const categories = ['lockdown', 'mass-testing', 'quarantine', 'risk-zones', 'movement'] as const;
    const article = dated('a', '2022-08-10', 'day', {
      measures: categories.map((category) => makeMeasure({ category, direction: 'tighten' })),
    });
    const { measures } = layout([article], threeYears, 1000, { showMeasures: true, markSize: 10 });
    expect(measures.length).toBeLessThan(5);
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.reduce((sum, mark) => sum + mark.count + mark.more, 0)).toBe(5);
    expect(measures[measures.length - 1]!.more).toBe(5 - measures.length);
  });
});

describe('densityBins', () => {
  it('counts articles per bin', () => {
    const articles = [dated('a', '2022-08-10'), dated('b', '2022-08-20'), dated('c', '2022-09-01')];
    const bins = densityBins(articles, createTimeScale(threeYears, 1000), 'month');
    expect(bins.map((bin) => bin.count)).toEqual([2, 1]);
  });
});
