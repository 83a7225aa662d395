import { describe, expect, it, beforeEach } from 'vitest';
import { makeArticle, makeSummary, makeMeasure } from '../test/articleFixture';
import { useExplorer } from './index';
import { countRegions } from '../data/regionCounts';
import { EMPTY_FILTERS } from './filters';
import {
  selectCategoryCounts,
  selectFilteredArticles,
  selectMeasureSummary,
  selectRegionCounts,
  selectSelectedArticle,
  selectSelectedSummary,
} from './selectors';

const korla = makeSummary({
  id: 'korla',
  primaryRegions: ['652801'],
  measures: [
    makeMeasure({ category: 'business', direction: 'relax', regionCodes: ['652801'] }),
    makeMeasure({ category: 'business', direction: 'tighten', regionCodes: ['652801'] }),
    makeMeasure({ category: 'apology', direction: 'neutral' }),
  ],
});
const lanzhou = makeSummary({
  id: 'lanzhou',
  primaryRegions: ['620100'],
  measures: [makeMeasure({ category: 'supplies', direction: 'support', regionCodes: ['620100'] })],
});

beforeEach(() => {
  useExplorer.setState({ articles: [korla, lanzhou], filters: EMPTY_FILTERS, selectedArticleId: null, corpusStatus: 'ready' });
});

describe('selectors', () => {
  it('return the same array while inputs are unchanged (no re-render loops)', () => {
    const first = selectFilteredArticles(useExplorer.getState());
    expect(selectFilteredArticles(useExplorer.getState())).toBe(first);
    useExplorer.getState().setRegion('650000');
    const second = selectFilteredArticles(useExplorer.getState());
    expect(second).not.toBe(first);
    expect(second.map((a) => a.id)).toEqual(['korla']);
  });

  it('region counts ignore the region filter but honour the others', () => {
    useExplorer.getState().setRegion('650000');
    const counts = selectRegionCounts(useExplorer.getState());
    expect(counts.get('620000')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('650000')).toEqual({ articles: 1, measures: 3 });
    expect(counts.get('652800')).toEqual({ articles: 1, measures: 3 });
    useExplorer.getState().toggleCategory('supplies');
    expect(selectRegionCounts(useExplorer.getState()).get('650000')).toBeUndefined();
  });

  it('measure summary counts category × direction in the filtered set', () => {
    const summary = selectMeasureSummary(useExplorer.getState());
    expect(summary.get('business')).toEqual({ tighten: 1, relax: 1, support: 0, neutral: 0 });
    expect(summary.get('supplies')?.support).toBe(1);
  });

  it('keep their result while the selection they count is unchanged, so views do not redraw', () => {
    const counts = selectRegionCounts(useExplorer.getState());
    const chips = selectCategoryCounts(useExplorer.getState());
    useExplorer.getState().toggleCategory('business');
    expect(selectCategoryCounts(useExplorer.getState())).toBe(chips);
    useExplorer.getState().toggleCategory('business');
    useExplorer.getState().setRegion('650000');
    expect(selectRegionCounts(useExplorer.getState())).toBe(counts);
    useExplorer.getState().setRegion(null);
    useExplorer.getState().toggleDirection('relax');
    expect(selectRegionCounts(useExplorer.getState())).not.toBe(counts);
  });

  it('category chip counts ignore the category filter but honour the direction filter', () => {
    useExplorer.getState().toggleCategory('supplies');
    expect([...selectCategoryCounts(useExplorer.getState())]).toEqual([
      ['business', 1],
      ['supplies', 1],
      ['apology', 1],
    ]);
    useExplorer.getState().toggleDirection('relax');
    expect([...selectCategoryCounts(useExplorer.getState())]).toEqual([['business', 1]]);
  });

  it('selected article resolves by id and is null for an unknown id', () => {
    useExplorer.getState().selectArticle('lanzhou');
    expect(selectSelectedSummary(useExplorer.getState())?.id).toBe('lanzhou');
    useExplorer.getState().selectArticle('nope');
    expect(selectSelectedSummary(useExplorer.getState())).toBeNull();
  });

  it('the selected full record is there only once its text has arrived', () => {
    useExplorer.setState({ fullArticles: new Map() });
    useExplorer.getState().selectArticle('lanzhou');
    expect(selectSelectedArticle(useExplorer.getState())).toBeNull();
    useExplorer.getState().receiveFullArticles([makeArticle({ id: 'lanzhou', text: '兰州市全员核酸。' })]);
    expect(selectSelectedArticle(useExplorer.getState())?.text).toBe('兰州市全员核酸。');
  });

  it('a text query lists nothing until answered, then exactly the matches', () => {
    useExplorer.getState().setQuery('兰州');
    expect(selectFilteredArticles(useExplorer.getState())).toEqual([]);
    const state = useExplorer.getState();
    state.setSearchResult({ query: '兰州', articles: state.articles, matches: Uint8Array.from([0, 1]) });
    expect(selectFilteredArticles(useExplorer.getState()).map((a) => a.id)).toEqual(['lanzhou']);
    // A newer query keeps the previous answer on screen while it is searched.
    useExplorer.getState().setQuery('兰州市');
    expect(selectFilteredArticles(useExplorer.getState()).map((a) => a.id)).toEqual(['lanzhou']);
  });

  it('a measure naming two cities of one province counts once for the province', () => {
    const twoCities = makeSummary({
      id: 'two',
      primaryRegions: ['650100'],
      measures: [makeMeasure({ category: 'lockdown', direction: 'tighten', regionCodes: ['650100', '652800'] })],
    });
    const counts = countRegions([twoCities], EMPTY_FILTERS);
    expect(counts.get('650000')).toEqual({ articles: 1, measures: 1 });
    expect(counts.get('650100')?.measures).toBe(1);
    expect(counts.get('652800')?.measures).toBe(1);
  });

  it('counting attributes measures without regions to the primary region', () => {
    const counts = countRegions([korla], EMPTY_FILTERS);
    expect(counts.get('652800')?.measures).toBe(3);
  });
});
