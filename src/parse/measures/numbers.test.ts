import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['14', 14],
    ['1.5万', 15000],
    ['2万', 20000],
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十五', 25],
    ['一百五十', 150],
    ['一百零五', 105],
    ['三千', 3000],
    ['二零二二', 2022],
    ['一万二千', 12000],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('returns null for text that is not a number', () => {
    expect(parseNumber('天')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});
