import { lazyModule } from './lazyModule';

/** Traditional → Simplified conversion, keeping length. */
export type Simplify = (text: string) => string;

/** The opencc Traditional → Simplified tables, loaded on demand (they are as large as React). */
export const lazySimplifier = lazyModule(() => import('../../parse/simplify'));

export const loadSimplifier = (): Promise<unknown> => lazySimplifier.load();

const unchanged: Simplify = (text) => text;

/** The converter once loaded; until then text passes unchanged, so callers that need it wait for `loadSimplifier`. */
export function currentSimplify(): Simplify {
  return lazySimplifier.current()?.toSimplified ?? unchanged;
}
