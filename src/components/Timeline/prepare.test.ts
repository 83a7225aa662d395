import { describe, expect, it } from 'vitest';
import { utcMonday, utcMonth } from 'd3-time';
import { makeSummary, makeMeasure } from '../../test/articleFixture';
import { planLanes } from './lanes';
import { dayCachedFloor, lowerBound, prepareCorpus } from './prepare';

describe('prepareCorpus', () => {
  it('keeps matching, dated measures in time order with their lanes, and counts undated articles', () => {
    const articles = [
      makeSummary({
        id: 'a',
        primaryRegions: ['650100'],
        published: { date: '2022-08-10', precision: 'day', inferred: false, evidence: { source: 'timestamp', text: '', in: 'text', start: 0, end: 0 } },
        measures: [
          makeMeasure({ category: 'lockdown', direction: 'tighten', date: '2022-09-01' }),
          makeMeasure({ category: 'supplies', direction: 'support', regionCodes: ['620100'] }),
        ],
      }),
      makeSummary({ id: 'u', measures: [makeMeasure({ category: 'lockdown', direction: 'relax' })] }),
    ];
    const plan = planLanes(articles, 'province');
    const prepared = prepareCorpus(articles, plan, (m) => m.direction !== 'relax');
    expect(prepared.undated).toBe(1);
    expect(prepared.measures.map((m) => [m.measureIndex, m.lanes.map((i) => plan.keys[i])])).toEqual([
      [1, ['620000']],
      [0, ['650000']],
    ]);
    expect(prepareCorpus(articles, plan, prepared === prepared ? (m) => m.direction !== 'relax' : () => true)).not.toBe(prepared);
  });
});

describe('dayCachedFloor and lowerBound', () => {
  it('floors like d3 and finds the first item at or after a time', () => {
    const weeks = dayCachedFloor(utcMonday);
    const time = Date.UTC(2022, 7, 10, 15);
    expect(weeks.floor(time)).toBe(utcMonday.floor(new Date(time)).getTime());
    const months = dayCachedFloor(utcMonth);
    expect(months.next(Date.UTC(2022, 7, 1))).toBe(Date.UTC(2022, 8, 1));
    expect(lowerBound([{ time: 1 }, { time: 5 }, { time: 9 }], 5)).toBe(1);
    expect(lowerBound([{ time: 1 }], 10)).toBe(1);
  });
});
