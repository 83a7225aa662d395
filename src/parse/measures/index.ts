export { MEASURE_CATEGORIES, MEASURE_DIRECTIONS, categoryInfo } from './taxonomy';
export type { MeasureCategoryInfo } from './taxonomy';
export { splitSentences } from './sentences';
export { extractMeasures } from './extractMeasures';
export type { MeasureContext } from './extractMeasures';
