import type { StoreApi } from 'zustand';
import { loadSimplifier } from '../data/lazy/lazySimplifier';
import type { ExplorerState } from './index';
import { startSearchSync } from './searchSync';

/** The tables are as large as React: fetched once the first view is drawn, or at once for a query. */
const simplifierNeeded = (state: ExplorerState) => state.filters.query !== '' || state.corpusStatus !== 'loading';

/**
 * Starts the text search once the Traditional → Simplified tables are in, since
 * queries are compared in Simplified: a query typed or linked before then shows
 * as pending and is searched on arrival. If the tables cannot load, the search
 * still starts and compares queries as typed.
 */
export function startSearchAfterSimplifier(
  store: StoreApi<ExplorerState>,
  startSearch: (store: StoreApi<ExplorerState>) => () => void = startSearchSync,
  load: () => Promise<unknown> = loadSimplifier,
): () => void {
  let stopSearch: (() => void) | null = null;
  let stopped = false;
  const start = () => {
    if (!stopped) stopSearch = startSearch(store);
  };
  let stopWaiting: (() => void) | null = null;
  const begin = () => void load().then(start, start);
  if (simplifierNeeded(store.getState())) {
    begin();
  } else {
    stopWaiting = store.subscribe((state) => {
      if (!simplifierNeeded(state)) return;
      stopWaiting?.();
      stopWaiting = null;
      begin();
    });
  }
  return () => {
    stopped = true;
    stopWaiting?.();
    stopSearch?.();
  };
}
