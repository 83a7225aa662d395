import type { StoreApi } from 'zustand';
import { loadSimplifier } from '../data/lazy/lazySimplifier';
import type { ExplorerState } from './index';
import { startSearchSync } from './searchSync';

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
  load().then(start, start);
  return () => {
    stopped = true;
    stopSearch?.();
  };
}
