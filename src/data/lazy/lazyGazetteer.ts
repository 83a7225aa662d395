import type { GazetteerEntry } from '../../parse/regions/gazetteer';
import { lazyModule } from './lazyModule';

/**
 * The GB/T 2260 gazetteer for the views, loaded on demand: it is a third of the
 * app's script. Until it is in, lookups answer "unknown" (codes stand in for
 * names); the corpus and the map wait for it, and views re-render when it arrives.
 */
export const lazyGazetteer = lazyModule(() => import('../../parse/regions/gazetteer'));

export const loadGazetteer = (): Promise<unknown> => lazyGazetteer.load();

export type { GazetteerEntry };

export function regionByCode(code: string): GazetteerEntry | undefined {
  return lazyGazetteer.current()?.regionByCode(code);
}

export function shortName(code: string): string {
  return lazyGazetteer.current()?.shortName(code) ?? code;
}

export function regionName(code: string, lang: 'zh' | 'en'): string {
  return lazyGazetteer.current()?.regionName(code, lang) ?? code;
}

export function provinceCodeOf(code: string): string | null {
  return lazyGazetteer.current()?.provinceCodeOf(code) ?? null;
}

export function childrenOf(code: string): GazetteerEntry[] {
  return lazyGazetteer.current()?.childrenOf(code) ?? [];
}

export function allRegions(): readonly GazetteerEntry[] {
  return lazyGazetteer.current()?.allRegions() ?? [];
}

export function searchRegions(query: string, limit?: number): GazetteerEntry[] {
  return lazyGazetteer.current()?.searchRegions(query, limit) ?? [];
}
