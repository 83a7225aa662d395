import type { MeasureCategory, MeasureDirection } from '../model';
import type { Lang } from './index';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../parse/measures/taxonomy';

const CATEGORY_BY_ID = new Map(MEASURE_CATEGORIES.map((info) => [info.id, info]));
const DIRECTION_BY_ID = new Map(MEASURE_DIRECTIONS.map((info) => [info.id, info]));

export function categoryLabel(category: MeasureCategory, lang: Lang): string {
  return CATEGORY_BY_ID.get(category)?.[lang] ?? category;
}

export function categoryDescription(category: MeasureCategory): string {
  return CATEGORY_BY_ID.get(category)?.description ?? '';
}

export function directionLabel(direction: MeasureDirection, lang: Lang): string {
  return DIRECTION_BY_ID.get(direction)?.[lang] ?? direction;
}

/** Taxonomy order, for listing categories the same way everywhere. */
export const CATEGORY_ORDER: readonly MeasureCategory[] = MEASURE_CATEGORIES.map((info) => info.id);
export const DIRECTION_ORDER: readonly MeasureDirection[] = MEASURE_DIRECTIONS.map((info) => info.id);
