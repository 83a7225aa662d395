import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../model';
import { makeSummary, makeMeasure } from '../../test/articleFixture';
import { planLanes } from '../Timeline/lanes';
import { createTimeScale, type Domain } from '../Timeline/timeScale';
import { balanceOf, cellFill, choosePeriodUnit, layoutBand } from './bandLayout';

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
    const { cells, unit } = layoutBand(articles, createTimeScale(year2022, 400), { plan });
    expect(unit).toBe('month');
    const august = cells.find((cell) => cell.lane === '650000' && cell.period === '2022-08-01');
    expect(august).toMatchObject({ tighten: 2, relax: 1, support: 1, net: 1 });
    expect(august?.refs.map((ref) => `${ref.articleId}:${ref.measureIndex}`)).toEqual(['a:0', 'a:1', 'a:2', 'b:0']);
  });

  it('uses the measure’s own date before the publication date', () => {
    const plan = planLanes(articles, 'province');
    const { cells } = layoutBand(articles, createTimeScale(year2022, 400), { plan });
    const national = cells.filter((cell) => cell.lane === '100000');
    expect(national.map((cell) => cell.period)).toEqual(['2022-12-01']);
  });

  it('buckets by Monday weeks and by calendar quarters', () => {
    const plan = planLanes(articles, 'province');
    const weeks = layoutBand(articles, createTimeScale(year2022, 400), { plan, unit: 'week' }).cells;
    expect(weeks.find((cell) => cell.refs.some((ref) => ref.articleId === 'a'))?.period).toBe('2022-08-08');
    const quarters = layoutBand(articles, createTimeScale(year2022, 400), { plan, unit: 'quarter' }).cells;
    expect(quarters.find((cell) => cell.lane === '650000')).toMatchObject({ period: '2022-07-01', tighten: 2, relax: 1 });
  });

  it('puts measures in category lanes in category mode and honours the measure filter', () => {
    const plan = planLanes(articles, 'category');
    const { cells } = layoutBand(articles, createTimeScale(year2022, 400), { plan, measureMatches: (m) => m.category === 'lockdown' });
    expect(cells.map((cell) => cell.lane)).toEqual(['lockdown']);
    expect(cells[0]).toMatchObject({ tighten: 1, relax: 1, net: 0 });
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
