import { describe, expect, it } from 'vitest';
import type { Article, Measure } from '../model';
import { countRegions } from './regionCounts';

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

describe('countRegions', () => {
  it('counts municipal districts, which the store folds into 110100', () => {
    const counts = countRegions(articles, noFilters, ['110105', '110108', '110101']);
    expect(counts.get('110105')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('110108')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('110101')).toEqual({ articles: 0, measures: 0 });
  });

  it('counts the same for chosen regions as for all of them, including province-administered cities', () => {
    const codes = ['652800', '650100', '659001', '650000'];
    const chosen = countRegions(articles, noFilters, codes);
    const all = countRegions(articles, noFilters);
    for (const code of codes) expect(chosen.get(code)).toEqual(all.get(code));
    expect(chosen.get('659001')).toEqual({ articles: 1, measures: 0 });
    expect(all.get('650000')).toEqual({ articles: 2, measures: 2 });
  });

  it('applies the measure filters', () => {
    const counts = countRegions(articles, { categories: [], directions: ['relax'] }, ['110105', '110108']);
    expect(counts.get('110108')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('110105')).toEqual({ articles: 1, measures: 0 });
  });
});
