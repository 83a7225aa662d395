import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { LazyModule } from '../data/lazy/lazyModule';

interface Props<T> {
  module: LazyModule<T>;
  render: (loaded: T) => ReactNode;
  fallback: ReactNode;
}

/**
 * A view whose code loads after the first render, showing `fallback` meanwhile.
 * A failed load is thrown to the nearest ErrorBoundary, whose Retry mounts this
 * afresh and so loads again.
 */
export function LazyView<T>({ module, render, fallback }: Props<T>) {
  const loaded = useSyncExternalStore(module.subscribe, module.current);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    module.load().catch((failure: unknown) => {
      if (live) setError(failure instanceof Error ? failure : new Error(String(failure)));
    });
    return () => {
      live = false;
    };
  }, [module]);
  if (error) throw error;
  return loaded ? render(loaded) : fallback;
}
