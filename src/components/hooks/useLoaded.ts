import { useEffect, useSyncExternalStore } from 'react';
import type { LazyModule } from '../../data/lazy/lazyModule';

/** Whether a lazily loaded module is in; the component re-renders when it arrives. */
export function useLoaded(module: Pick<LazyModule<unknown>, 'subscribe' | 'current'>): boolean {
  return useSyncExternalStore(module.subscribe, () => module.current() !== null);
}

/**
 * A lazily loaded module, asked for when the component mounts: null until it
 * arrives (and if it cannot load), then the module.
 */
export function useLazyModule<T>(module: LazyModule<T>): T | null {
  const current = useSyncExternalStore(module.subscribe, module.current);
  useEffect(() => {
    module.load().catch(() => undefined);
  }, [module]);
  return current;
}
