import type { MeasureCategory, MeasureDirection } from '../model';

export interface Filters {
  /** GB/T 2260 code (province, prefecture, county) or 100000 for national-level articles. */
  region: string | null;
  /** Inclusive ISO dates `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  categories: MeasureCategory[];
  directions: MeasureDirection[];
  /** Free text in either script. */
  query: string;
}

export const EMPTY_FILTERS: Filters = {
  region: null,
  from: null,
  to: null,
  categories: [],
  directions: [],
  query: '',
};

export function isFiltering(filters: Filters): boolean {
  return (
    filters.region !== null ||
    filters.from !== null ||
    filters.to !== null ||
    filters.categories.length > 0 ||
    filters.directions.length > 0 ||
    filters.query.trim() !== ''
  );
}
