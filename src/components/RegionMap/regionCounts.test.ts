import { describe, expect, it } from 'vitest';
import type { Article, Measure } from '../../model';
import { countByRegion } from '../../store/selectors';
import { countWithin } from './regionCounts';

function article(id: string, primaryRegions: string[], measures: Array<Partial<Measure>> = []): Article {
  return {
    id,
    primaryRegions,
    measures: measures.map((measure) => ({ category: 'lockdown', direction: 'tighten', regionCodes: [], ...measure })),
  } as unknown as Article;
}

const articles = [
  article('beijing', ['110105'], [{ regionCodes: ['110105'] }, { regionCodes: ['110108'], direction: 'relax' }]),
  article('korla', ['652801'], [{}, { regionCodes: ['650100'] }]),
  article('shihezi', ['659001']),
];
const noFilters = { categories: [], directions: [] };

describe('countWithin', () => {
  it('counts municipal districts, which the store folds into 110100', () => {
    const counts = countWithin(articles, noFilters, ['110105', '110108', '110101']);
    expect(counts.get('110105')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('110108')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('110101')).toEqual({ articles: 0, measures: 0 });
  });

  it('agrees with the store for prefectures and counts province-administered cities', () => {
    const codes = ['652800', '650100', '659001'];
    const mine = countWithin(articles, noFilters, codes);
    const store = countByRegion(articles, noFilters);
    for (const code of ['652800', '650100']) expect(mine.get(code)).toEqual(store.get(code));
    expect(mine.get('659001')).toEqual({ articles: 1, measures: 0 });
  });

  it('applies the measure filters', () => {
    const counts = countWithin(articles, { categories: [], directions: ['relax'] }, ['110105', '110108']);
    expect(counts.get('110108')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('110105')).toEqual({ articles: 1, measures: 0 });
  });
});
