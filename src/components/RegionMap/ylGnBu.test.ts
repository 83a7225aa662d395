import { interpolateYlGnBu as reference } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { interpolateYlGnBu } from './ylGnBu';

describe('YlGnBu ramp', () => {
  it('gives the same colours as d3-scale-chromatic', () => {
    for (let i = 0; i <= 20; i++) expect(interpolateYlGnBu(i / 20)).toBe(reference(i / 20));
  });
});
