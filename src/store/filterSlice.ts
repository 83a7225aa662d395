import type { MeasureCategory, MeasureDirection } from '../model';
import { EMPTY_FILTERS, type Filters } from './filters';
import type { Slice } from './slice';

export interface FilterSlice {
  filters: Filters;
  setRegion: (code: string | null) => void;
  setDateRange: (from: string | null, to: string | null) => void;
  toggleCategory: (category: MeasureCategory) => void;
  setCategories: (categories: MeasureCategory[]) => void;
  toggleDirection: (direction: MeasureDirection) => void;
  setQuery: (query: string) => void;
  resetFilters: () => void;
  /** Replaces every filter at once (URL restore). */
  setFilters: (filters: Filters) => void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];
}

export const createFilterSlice: Slice<FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setRegion: (region) => set((state) => ({ filters: { ...state.filters, region } })),
  setDateRange: (from, to) => set((state) => ({ filters: { ...state.filters, from, to } })),
  toggleCategory: (category) =>
    set((state) => ({ filters: { ...state.filters, categories: toggle(state.filters.categories, category) } })),
  setCategories: (categories) => set((state) => ({ filters: { ...state.filters, categories } })),
  toggleDirection: (direction) =>
    set((state) => ({ filters: { ...state.filters, directions: toggle(state.filters.directions, direction) } })),
  setQuery: (query) => set((state) => ({ filters: { ...state.filters, query } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
  setFilters: (filters) => set({ filters }),
});
