import { describe, expect, it } from 'vitest';
import type { MeasureCategory } from '../../model';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS, categoryInfo } from './taxonomy';
import { CATEGORY_RULES } from './rules';

describe('taxonomy', () => {
  it('lists each category once, with Chinese and English labels', () => {
    const ids = MEASURE_CATEGORIES.map((info) => info.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const info of MEASURE_CATEGORIES) {
      expect(info.zh).toMatch(/\p{Script=Han}/u);
      expect(info.en.length).toBeGreaterThan(0);
      expect(info.description.length).toBeGreaterThan(10);
    }
  });

  it('has a rule for every category and a category for every rule', () => {
    const ruled = new Set(CATEGORY_RULES.map((rule) => rule.category));
    expect(new Set(MEASURE_CATEGORIES.map((info) => info.id))).toEqual(ruled);
  });

  it('looks up a category by id and rejects unknown ids', () => {
    expect(categoryInfo('lockdown').zh).toBe('封控');
    expect(() => categoryInfo('curfew' as MeasureCategory)).toThrow();
  });

  it('lists the four directions', () => {
    expect(MEASURE_DIRECTIONS.map((direction) => direction.id)).toEqual(['tighten', 'relax', 'support', 'neutral']);
  });
});
