// @vitest-environment jsdom
import { setTestCorpus } from '../test/storeFixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../test/articleFixture';
import { useExplorer } from './index';
import { EMPTY_FILTERS } from './filters';
import { startUrlSync } from './urlSync';

const articles = [makeArticle({ id: 'a' }), makeArticle({ id: 'b' })];
let stop: () => void = () => {};

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/');
  useExplorer.setState({
    articles: [],
    corpusStatus: 'loading',
    filters: EMPTY_FILTERS,
    selectedArticleId: null,
    selectedMeasureIndex: null,
    notices: [],
    timeDomain: null,
    playing: false,
  });
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('URL sync', () => {
  it('restores a shared view, then reports an article the corpus does not have', () => {
    window.history.replaceState(null, '', '/?article=zzz&region=650000&q=%E5%B0%81%E6%8E%A7&view=2022-01-01..2022-06-30');
    stop = startUrlSync(useExplorer);
    const state = useExplorer.getState();
    expect(state.filters.region).toBe('650000');
    expect(state.filters.query).toBe('封控');
    expect(state.timeDomain).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 5, 30)]);
    setTestCorpus(articles);
    expect(useExplorer.getState().selectedArticleId).toBeNull();
    expect(useExplorer.getState().notices.map((notice) => notice.id)).toContain('url-unknown-article');
  });

  it('correcting a bad article link rewrites the entry instead of adding one, so Back leaves it', () => {
    window.history.replaceState(null, '', '/?article=zzz');
    stop = startUrlSync(useExplorer);
    const push = vi.spyOn(window.history, 'pushState');
    setTestCorpus(articles);
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).not.toContain('article=');
  });

  it('waits for imports kept in this browser before judging a linked article missing', () => {
    window.history.replaceState(null, '', '/?article=local-mine');
    useExplorer.setState({ restoringImported: true, addedArticles: [] });
    stop = startUrlSync(useExplorer);
    setTestCorpus(articles);
    expect(useExplorer.getState().selectedArticleId).toBe('local-mine');
    useExplorer.getState().addArticles([makeArticle({ id: 'local-mine' })], []);
    useExplorer.setState({ restoringImported: false });
    expect(useExplorer.getState().selectedArticleId).toBe('local-mine');
    expect(useExplorer.getState().notices).toEqual([]);
  });

  it('says a missing imported article may be local to the browser that imported it', () => {
    window.history.replaceState(null, '', '/?article=local-elsewhere');
    useExplorer.setState({ restoringImported: true, addedArticles: [] });
    stop = startUrlSync(useExplorer);
    setTestCorpus(articles);
    useExplorer.setState({ restoringImported: false });
    expect(useExplorer.getState().selectedArticleId).toBeNull();
    expect(useExplorer.getState().notices[0]?.text.en).toMatch(/only in the browser that imported it/);
  });

  it('an unknown region code in a link is dropped with a notice', () => {
    window.history.replaceState(null, '', '/?region=999999');
    stop = startUrlSync(useExplorer);
    expect(useExplorer.getState().filters.region).toBeNull();
    expect(useExplorer.getState().notices).toHaveLength(1);
  });

  it('pushes a history entry per selection and coalesces rapid filter changes into one replace', () => {
    stop = startUrlSync(useExplorer);
    setTestCorpus(articles);
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    useExplorer.getState().selectArticle('a');
    useExplorer.getState().selectArticle('b');
    expect(push).toHaveBeenCalledTimes(2);
    expect(window.location.search).toContain('article=b');
    for (const query of ['封', '封控', '封控区']) useExplorer.getState().setQuery(query);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('封控区');
  });

  it('back restores the previous selection from the URL', () => {
    stop = startUrlSync(useExplorer);
    setTestCorpus(articles);
    useExplorer.getState().selectArticle('a');
    const first = window.location.search;
    useExplorer.getState().selectArticle('b');
    window.history.replaceState(null, '', `/${first}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useExplorer.getState().selectedArticleId).toBe('a');
  });
});

describe('UI language in links', () => {
  it('is shared only once chosen', () => {
    useExplorer.setState((state) => ({ display: { ...state.display, lang: 'en', langChosen: false } }));
    stop = startUrlSync(useExplorer);
    setTestCorpus(articles);
    useExplorer.getState().selectArticle('a');
    expect(window.location.search).not.toContain('lang=');
    useExplorer.getState().setDisplay({ lang: 'zh' });
    vi.advanceTimersByTime(250);
    expect(window.location.search).toContain('lang=zh');
  });
});
