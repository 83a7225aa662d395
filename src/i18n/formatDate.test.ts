import { describe, expect, it } from 'vitest';
import { formatResolvedDate } from './formatDate';
import { precisionOf } from '../data/publishedInterval';

describe('formatResolvedDate', () => {
  it('shows only the known precision, in the UI language', () => {
    expect(formatResolvedDate('2022-09-09', 'day', 'en')).toBe('9 September 2022');
    expect(formatResolvedDate('2022-09', 'month', 'en')).toBe('September 2022');
    expect(formatResolvedDate('2022', 'year', 'en')).toBe('2022');
    expect(formatResolvedDate('2022-09-09', 'day', 'zh')).toBe('2022年9月9日');
    expect(formatResolvedDate('2022-09', 'month', 'zh')).toBe('2022年9月');
  });

  it('returns unparseable dates unchanged', () => {
    expect(formatResolvedDate('soon', 'day', 'en')).toBe('soon');
  });
});

describe('precisionOf', () => {
  it('reads precision from the date shape', () => {
    expect(precisionOf('2022-11-11')).toBe('day');
    expect(precisionOf('2022-11')).toBe('month');
    expect(precisionOf('2022')).toBe('year');
  });
});
