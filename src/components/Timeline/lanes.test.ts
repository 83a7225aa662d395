import { describe, expect, it } from 'vitest';
import { makeSummary, makeMeasure } from '../../test/articleFixture';
import { articleLaneKeys, measureLaneKeys, NATIONAL_LANE, NONE_LANE, OTHER_LANE, planLanes, plannedArticleLanes } from './lanes';

describe('articleLaneKeys', () => {
  it('puts an article in each province it is about, national roundups in the national lane', () => {
    const article = makeSummary({ id: 'a', primaryRegions: ['650100', '652801', '620100', '100000'] });
    expect(articleLaneKeys(article, 'province')).toEqual(['650000', '620000', NATIONAL_LANE]);
  });

  it('puts an article in each category it has a matching measure in', () => {
    const article = makeSummary({
      id: 'a',
      measures: [
        makeMeasure({ category: 'lockdown', direction: 'tighten' }),
        makeMeasure({ category: 'mass-testing', direction: 'tighten' }),
        makeMeasure({ category: 'lockdown', direction: 'relax' }),
      ],
    });
    expect(articleLaneKeys(article, 'category')).toEqual(['lockdown', 'mass-testing']);
    expect(articleLaneKeys(article, 'category', (m) => m.category === 'mass-testing')).toEqual(['mass-testing']);
  });

  it('uses the none lane for articles without regions or measures', () => {
    expect(articleLaneKeys(makeSummary({ id: 'a' }), 'province')).toEqual([NONE_LANE]);
    expect(articleLaneKeys(makeSummary({ id: 'a' }), 'category')).toEqual([NONE_LANE]);
  });
});

describe('measureLaneKeys', () => {
  it('uses the regions a measure names, else the article’s', () => {
    const article = makeSummary({ id: 'a', primaryRegions: ['100000'] });
    expect(measureLaneKeys(makeMeasure({ category: 'lockdown', direction: 'tighten', regionCodes: ['140802'] }), article, 'province')).toEqual(['140000']);
    expect(measureLaneKeys(makeMeasure({ category: 'lockdown', direction: 'tighten' }), article, 'province')).toEqual([NATIONAL_LANE]);
    expect(measureLaneKeys(makeMeasure({ category: 'lockdown', direction: 'tighten' }), article, 'category')).toEqual(['lockdown']);
  });
});

describe('planLanes', () => {
  it('orders national first, then provinces by count, none last', () => {
    const articles = [
      makeSummary({ id: '1', primaryRegions: ['620100'] }),
      makeSummary({ id: '2', primaryRegions: ['650100'] }),
      makeSummary({ id: '3', primaryRegions: ['652801'] }),
      makeSummary({ id: '4', primaryRegions: ['100000'] }),
      makeSummary({ id: '5' }),
    ];
    const plan = planLanes(articles, 'province');
    expect(plan.keys).toEqual([NATIONAL_LANE, '650000', '620000', NONE_LANE]);
    expect(plan.counts.get('650000')).toBe(2);
  });

  it('merges provinces beyond the limit into one "other" lane, counting each article once', () => {
    const articles = ['110000', '120000', '130000', '140000', '140100', '140200'].map((code, i) => makeSummary({ id: String(i), primaryRegions: [code] }));
    articles.push(makeSummary({ id: 'two', primaryRegions: ['110000', '120000'] }));
    const plan = planLanes(articles, 'province', undefined, 3);
    expect(plan.keys).toEqual(['140000', '110000', OTHER_LANE]);
    expect(plan.counts.get(OTHER_LANE)).toBe(3);
    expect(plannedArticleLanes(articles[6]!, plan)).toEqual(['110000', OTHER_LANE]);
  });

  it('gives provinces that only measures apply to a lane of their own', () => {
    const roundup = makeSummary({
      id: 'r',
      primaryRegions: ['100000'],
      measures: [makeMeasure({ category: 'lockdown', direction: 'tighten', regionCodes: ['650100'] })],
    });
    const plan = planLanes([roundup], 'province');
    expect(plan.keys).toEqual([NATIONAL_LANE, '650000']);
    expect(plannedArticleLanes(roundup, plan)).toEqual([NATIONAL_LANE]);
  });

  it('orders categories as the taxonomy does', () => {
    const articles = [
      makeSummary({ id: '1', measures: [makeMeasure({ category: 'apology', direction: 'neutral' })] }),
      makeSummary({ id: '2', measures: [makeMeasure({ category: 'lockdown', direction: 'tighten' })] }),
    ];
    expect(planLanes(articles, 'category').keys).toEqual(['lockdown', 'apology']);
  });
});
