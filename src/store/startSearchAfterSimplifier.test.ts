import { describe, expect, it, vi } from 'vitest';
import { useExplorer } from './index';
import { startSearchAfterSimplifier } from './startSearchAfterSimplifier';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('startSearchAfterSimplifier', () => {
  it('leaves the tables alone while the collection loads, unless a query needs them', () => {
    useExplorer.setState({ corpusStatus: 'loading' });
    const load = vi.fn(() => new Promise<void>(() => undefined));
    const stop = startSearchAfterSimplifier(useExplorer, vi.fn(() => () => undefined), load);
    expect(load).not.toHaveBeenCalled();
    useExplorer.getState().setQuery('封控');
    expect(load).toHaveBeenCalledTimes(1);
    useExplorer.setState({ corpusStatus: 'ready' });
    expect(load).toHaveBeenCalledTimes(1);
    stop();
    useExplorer.getState().setQuery('');
  });

  it('fetches the tables once the collection is in', () => {
    useExplorer.setState({ corpusStatus: 'loading' });
    const load = vi.fn(() => new Promise<void>(() => undefined));
    const stop = startSearchAfterSimplifier(useExplorer, vi.fn(() => () => undefined), load);
    useExplorer.setState({ corpusStatus: 'ready' });
    expect(load).toHaveBeenCalledTimes(1);
    stop();
  });

  it('starts the search only once the converter has loaded, and stops it', async () => {
    const load = deferred();
    const stopSearch = vi.fn();
    const startSearch = vi.fn(() => stopSearch);
    const stop = startSearchAfterSimplifier(useExplorer, startSearch, () => load.promise);
    await Promise.resolve();
    expect(startSearch).not.toHaveBeenCalled();
    load.resolve();
    await load.promise;
    expect(startSearch).toHaveBeenCalledWith(useExplorer);
    stop();
    expect(stopSearch).toHaveBeenCalled();
  });

  it('still starts the search when the converter cannot load', async () => {
    const load = deferred();
    const startSearch = vi.fn(() => () => undefined);
    startSearchAfterSimplifier(useExplorer, startSearch, () => load.promise);
    load.reject(new Error('offline'));
    await load.promise.catch(() => undefined);
    await Promise.resolve();
    expect(startSearch).toHaveBeenCalledTimes(1);
  });

  it('never starts a search that was stopped while waiting', async () => {
    const load = deferred();
    const startSearch = vi.fn(() => () => undefined);
    startSearchAfterSimplifier(useExplorer, startSearch, () => load.promise)();
    load.resolve();
    await load.promise;
    await Promise.resolve();
    expect(startSearch).not.toHaveBeenCalled();
  });
});
