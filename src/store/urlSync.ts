import type { StoreApi } from 'zustand';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';
import { lazyGazetteer, loadGazetteer, regionByCode } from '../data/lazy/lazyGazetteer';
import type { ExplorerState } from './index';
import { describeUrlProblem, localArticleMessage, unknownArticleMessage, unknownMeasureMessage } from './urlMessages';
import { isLocalArticleId } from '../data/import/localIds';
import { isoDay, parseIsoDay } from '../data/publishedInterval';
import { stateToUrl, urlToState, type UrlProblem, type UrlState } from './urlState';

const DAY = 86_400_000;

/** The zoom window in whole days: enough to restore a view, and stable while nothing moves. */
function viewOf(timeDomain: [number, number] | null): [string, string] | null {
  if (timeDomain === null) return null;
  return [isoDay(Math.floor(timeDomain[0] / DAY) * DAY), isoDay(Math.ceil(timeDomain[1] / DAY) * DAY)];
}

function timeDomainOf(view: [string, string] | null): [number, number] | null {
  if (view === null) return null;
  return [parseIsoDay(view[0])!, parseIsoDay(view[1])!];
}

const KNOWN = {
  categories: MEASURE_CATEGORIES.map((category) => category.id),
  directions: MEASURE_DIRECTIONS.map((direction) => direction.id),
};

export function currentUrlState(state: ExplorerState): UrlState {
  return {
    filters: state.filters,
    articleId: state.selectedArticleId,
    measureIndex: state.selectedMeasureIndex,
    script: state.display.script,
    // A link carries the UI language only when someone chose it; otherwise each reader gets their own.
    lang: state.display.langChosen ? state.display.lang : null,
    lanes: state.display.lanes,
    view: viewOf(state.timeDomain),
  };
}

function applyUrlState(store: StoreApi<ExplorerState>, search: string): UrlProblem[] {
  const { state: url, problems } = urlToState(search, KNOWN);
  let region = url.filters.region;
  // Until the gazetteer is in, a linked region is kept; startUrlSync checks it on arrival.
  if (region !== null && lazyGazetteer.current() !== null && !regionByCode(region)) {
    problems.push({ kind: 'bad-region', value: region });
    region = null;
  }
  store.setState((state) => ({
    filters: { ...url.filters, region },
    selectedArticleId: url.articleId,
    selectedMeasureIndex: url.measureIndex,
    timeDomain: timeDomainOf(url.view),
    measureFocusToken: state.measureFocusToken + (url.measureIndex === null ? 0 : 1),
    display: {
      ...state.display,
      script: url.script,
      lanes: url.lanes,
      lang: url.lang ?? state.display.lang,
      langChosen: url.lang !== null || state.display.langChosen,
    },
  }));
  return problems;
}

function reportProblems(store: StoreApi<ExplorerState>, problems: UrlProblem[]): void {
  problems.forEach((problem, index) =>
    store.getState().addNotice({ id: `url-${problem.kind}-${index}`, kind: 'warning', text: describeUrlProblem(problem) }),
  );
}

/** Every article this browser can have is in: the collection, and the imports kept from earlier visits. */
const corpusSettled = (state: ExplorerState): boolean => state.corpusStatus === 'ready' && !state.restoringImported;

/**
 * Once the corpus is there, a linked article that does not exist gets a notice,
 * not a blank panel. Returns whether it had to correct the selection.
 */
export function checkSelectionAgainstCorpus(store: StoreApi<ExplorerState>): boolean {
  const state = store.getState();
  const id = state.selectedArticleId;
  if (id === null || !corpusSettled(state)) return false;
  const article = state.articles.find((candidate) => candidate.id === id);
  if (!article) {
    state.addNotice({ id: 'url-unknown-article', kind: 'error', text: isLocalArticleId(id) ? localArticleMessage(id) : unknownArticleMessage(id) });
    store.setState({ selectedArticleId: null, selectedMeasureIndex: null });
    return true;
  }
  const index = state.selectedMeasureIndex;
  if (index !== null && index >= article.measures.length) {
    state.addNotice({ id: 'url-unknown-measure', kind: 'warning', text: unknownMeasureMessage(id, index) });
    store.setState({ selectedMeasureIndex: null });
    return true;
  }
  return false;
}

const REPLACE_DELAY_MS = 200;
const MAX_REPLACE_DELAY_MS = 1000;

/**
 * Keeps the URL and the store in step. Selecting an article or a region pushes a
 * history entry (so back/forward step through selections); other changes — typing a
 * query, dragging the brush, playing — replace the current entry.
 */
export function startUrlSync(store: StoreApi<ExplorerState>, location: Location = window.location, history: History = window.history): () => void {
  reportProblems(store, applyUrlState(store, location.search));
  let applying = false;
  let pendingReplace: ReturnType<typeof setTimeout> | null = null;
  let burstStarted = 0;

  const urlNow = () => {
    const next = stateToUrl(currentUrlState(store.getState()));
    return next === location.search ? null : `${location.pathname}${next}${location.hash}`;
  };
  const flushReplace = () => {
    pendingReplace = null;
    const url = urlNow();
    if (url !== null) history.replaceState(null, '', url);
  };

  // Correcting a bad link is not a navigation: it rewrites the current entry,
  // so Back still leaves the page instead of returning to the bad link.
  const correctSelection = () => {
    applying = true;
    let corrected = false;
    try {
      corrected = checkSelectionAgainstCorpus(store);
    } finally {
      applying = false;
    }
    const url = corrected ? urlNow() : null;
    if (url !== null) history.replaceState(null, '', url);
  };

  // A linked region unknown to the gazetteer is dropped once it is in, rewriting the entry like a bad article link.
  const dropUnknownRegion = () => {
    const region = store.getState().filters.region;
    if (region === null || regionByCode(region)) return;
    applying = true;
    try {
      reportProblems(store, [{ kind: 'bad-region', value: region }]);
      store.setState((state) => ({ filters: { ...state.filters, region: null } }));
    } finally {
      applying = false;
    }
    const url = urlNow();
    if (url !== null) history.replaceState(null, '', url);
  };
  let stopped = false;
  loadGazetteer().then(
    () => {
      if (!stopped) dropUnknownRegion();
    },
    () => undefined,
  );

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying) return;
    if (corpusSettled(state) && !corpusSettled(previous)) {
      correctSelection();
      return;
    }
    const isNavigation =
      state.selectedArticleId !== previous.selectedArticleId ||
      state.selectedMeasureIndex !== previous.selectedMeasureIndex ||
      state.filters.region !== previous.filters.region;
    if (isNavigation && !state.playing) {
      if (pendingReplace !== null) clearTimeout(pendingReplace);
      pendingReplace = null;
      const url = urlNow();
      if (url !== null) history.pushState(null, '', url);
    } else if (urlNow() !== null) {
      // Zooming, brushing, typing and playing change state many times a second, and a
      // history write costs a frame's worth of time: write once the burst pauses, and
      // at least once a second while it goes on (so the address bar keeps up with playback).
      const now = Date.now();
      if (pendingReplace === null) burstStarted = now;
      else clearTimeout(pendingReplace);
      pendingReplace = setTimeout(flushReplace, now - burstStarted >= MAX_REPLACE_DELAY_MS ? 0 : REPLACE_DELAY_MS);
    }
  });

  const onPopState = () => {
    if (pendingReplace !== null) clearTimeout(pendingReplace);
    pendingReplace = null;
    applying = true;
    try {
      reportProblems(store, applyUrlState(store, location.search));
    } finally {
      applying = false;
    }
    correctSelection();
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    stopped = true;
    if (pendingReplace !== null) flushReplace();
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** The link that reopens the current view (not waiting for the next history write). */
export function shareableUrl(state: ExplorerState, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${stateToUrl(currentUrlState(state))}`;
}
