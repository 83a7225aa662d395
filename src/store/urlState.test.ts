import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MeasureCategory, MeasureDirection } from '../model';
import { DEFAULT_URL_STATE, stateToUrl, urlToState, type UrlState } from './urlState';

const categories: MeasureCategory[] = ['lockdown', 'quarantine', 'mass-testing', 'apology'];
const directions: MeasureDirection[] = ['tighten', 'relax', 'support', 'neutral'];
const known = { categories, directions };

describe('URL ⇄ state', () => {
  it('writes nothing for the default view', () => {
    expect(stateToUrl(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips a full view', () => {
    const state: UrlState = {
      filters: {
        region: '650000',
        from: '2022-09-01',
        to: '2022-11-30',
        categories: ['quarantine', 'lockdown'],
        directions: ['relax'],
        query: '烏魯木齊 封控',
      },
      articleId: '000_9c3f2b878a83d6ff',
      measureIndex: 3,
      script: 'traditional',
      lang: 'en',
      lanes: 'category',
      view: ['2022-01-01', '2022-12-31'],
    };
    const url = stateToUrl(state);
    expect(url).toContain('article=000_9c3f2b878a83d6ff');
    const back = urlToState(url, known);
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('round-trips arbitrary valid views (property)', () => {
    const day = fc
      .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2023-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const view = fc.record({
      filters: fc.record({
        region: fc.option(fc.stringMatching(/^[1-8]\d{5}$/), { nil: null }),
        from: fc.option(day, { nil: null }),
        to: fc.option(day, { nil: null }),
        categories: fc.uniqueArray(fc.constantFrom(...categories)),
        directions: fc.uniqueArray(fc.constantFrom(...directions)),
        query: fc.string().map((query) => query.trim().replace(/\s+/g, ' ')),
      }),
      articleId: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), { nil: null }),
      measureIndex: fc.option(fc.nat(50), { nil: null }),
      script: fc.constantFrom('original' as const, 'simplified' as const, 'traditional' as const),
      lang: fc.option(fc.constantFrom('zh' as const, 'en' as const), { nil: null }),
      lanes: fc.constantFrom('province' as const, 'category' as const),
      view: fc.option(fc.tuple(day, day).filter(([a, b]) => a < b), { nil: null }),
    });
    fc.assert(
      fc.property(view, (state) => {
        const { filters } = state;
        if (filters.from !== null && filters.to !== null && filters.from > filters.to) return;
        const expected = { ...state, measureIndex: state.articleId === null ? null : state.measureIndex };
        const back = urlToState(stateToUrl(state), known);
        expect(back.problems).toEqual([]);
        expect(back.state).toEqual(expected);
      }),
    );
  });

  it('drops and reports bad parameters without throwing', () => {
    const { state, problems } = urlToState(
      '?article=x&measure=abc&region=xinjiang&from=2022-13-01&to=2022-02-30&measures=lockdown,teleport&direction=sideways&script=q&lang=fr&lanes=zigzag&view=2022-05-01..2022-01-01',
      known,
    );
    expect(state.articleId).toBe('x');
    expect(state.measureIndex).toBeNull();
    expect(state.filters).toEqual({ region: null, from: null, to: null, categories: ['lockdown'], directions: [], query: '' });
    expect(state.script).toBe('original');
    expect(state.lang).toBeNull();
    expect(problems.map((problem) => problem.kind).sort()).toEqual([
      'bad-category',
      'bad-date',
      'bad-date',
      'bad-direction',
      'bad-measure',
      'bad-region',
      'bad-value',
      'bad-value',
      'bad-value',
      'bad-value',
    ]);
    expect(state.view).toBeNull();
  });

  it('rejects an inverted date range', () => {
    const { state, problems } = urlToState('?from=2022-12-01&to=2022-01-01', known);
    expect(state.filters.from).toBeNull();
    expect(problems).toEqual([{ kind: 'bad-range', from: '2022-12-01', to: '2022-01-01' }]);
  });
});
