/**
 * A module kept out of the first-load bundle: imported on the first `load()`,
 * then read synchronously through `current()`. Listeners hear once, when it arrives.
 */
export interface LazyModule<T> {
  load: () => Promise<T>;
  /** The module once loaded, null before. */
  current: () => T | null;
  subscribe: (listener: () => void) => () => void;
}

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  return {
    load: () =>
      (loading ??= importModule().then(
        (module) => {
          loaded = module;
          listeners.forEach((listener) => listener());
          return module;
        },
        (error: unknown) => {
          // A failed chunk request (offline, a redeploy) is retried by the next load.
          loading = null;
          throw error;
        },
      )),
    current: () => loaded,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
