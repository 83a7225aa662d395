import { describe, expect, it } from 'vitest';
import { formatParam, formatParams } from './formatParams';

describe('formatParam', () => {
  it('formats a change with the unit named once in English', () => {
    expect(formatParam({ name: 'days', value: 3, from: 5, text: '5天调整为3天' }, 'en')).toBe('days 5 → 3');
    expect(formatParam({ name: 'days', value: 3, from: 5, text: '5天调整为3天' }, 'zh')).toBe('5天 → 3天');
  });

  it('formats frequencies and counts in both languages', () => {
    expect(formatParam({ name: 'times-per-day', value: 6, text: '每天6次' }, 'en')).toBe('6 times a day');
    expect(formatParam({ name: 'times-per-day', value: 6, text: '每天6次' }, 'zh')).toBe('每天6次');
    expect(formatParam({ name: 'communities', value: 993, text: '993个' }, 'en')).toBe('993 communities');
    expect(formatParam({ name: 'communities', value: 993, text: '993个' }, 'zh')).toBe('993个小区');
  });

  it('uses the singular for one and groups thousands', () => {
    expect(formatParam({ name: 'days', value: 1, text: '1天' }, 'en')).toBe('1 day');
    expect(formatParam({ name: 'people', value: 12000, text: '1.2万人' }, 'en')).toBe('12,000 people');
  });

  it('falls back to the parameter name for units it does not know', () => {
    expect(formatParam({ name: 'test-sites', value: 40, text: '40个' }, 'en')).toBe('test sites: 40');
    expect(formatParam({ name: 'test-sites', value: 40, from: 20, text: '' }, 'zh')).toBe('test sites: 20 → 40');
  });

  it('joins several parameters', () => {
    const params = [
      { name: 'days', value: 5, text: '' },
      { name: 'times', value: 2, text: '' },
    ];
    expect(formatParams(params, 'en')).toBe('5 days; 2 times');
    expect(formatParams(params, 'zh')).toBe('5天；2次');
  });
});
