import { describe, expect, it } from 'vitest';
import { axisTickFormat, formatDate, formatDateString, formatRange } from './timeFormat';

describe('time formatting follows the UI language', () => {
  it('formats each precision without inventing a day', () => {
    const ms = Date.UTC(2022, 7, 10);
    expect(formatDate(ms, 'day', 'zh')).toBe('2022年8月10日');
    expect(formatDate(ms, 'day', 'en')).toBe('10 Aug 2022');
    expect(formatDateString('2022-08', 'month', 'zh')).toBe('2022年8月');
    expect(formatDateString('2022-08', 'month', 'en')).toBe('Aug 2022');
    expect(formatDateString('2022', 'year', 'en')).toBe('2022');
  });

  it('labels axis ticks by their boundary', () => {
    const zh = axisTickFormat('zh');
    const en = axisTickFormat('en');
    expect(zh(new Date(Date.UTC(2022, 0, 1)))).toBe('2022年');
    expect(zh(new Date(Date.UTC(2022, 2, 1)))).toBe('3月');
    expect(en(new Date(Date.UTC(2022, 2, 1)))).toBe('Mar');
    expect(en(new Date(Date.UTC(2022, 2, 8)))).toBe('8 Mar');
  });

  it('shows a bin as its first and last day', () => {
    expect(formatRange(Date.UTC(2022, 7, 1), Date.UTC(2022, 8, 1), 'en')).toBe('1 Aug 2022 – 31 Aug 2022');
    expect(formatRange(Date.UTC(2022, 7, 1), Date.UTC(2022, 7, 2), 'en')).toBe('1 Aug 2022');
  });
});
