import { describe, expect, it } from 'vitest';
import type { PublicationDate } from '../../model';
import { extractMentionedDates } from './mentionedDates';

const published = (date: string, precision: PublicationDate['precision'] = 'day'): PublicationDate => ({
  date,
  precision,
  inferred: false,
  evidence: { source: 'timestamp', text: date, in: 'raw', start: 0, end: date.length },
});

const summary = (text: string, pub: PublicationDate | null) =>
  extractMentionedDates(text, pub).map((d) => [d.text, d.date, d.precision, d.yearInferred]);

describe('extractMentionedDates', () => {
  it('keeps written years and offsets', () => {
    const text = '通告于2020年8月24日发布。';
    const [date] = extractMentionedDates(text, null);
    expect(date).toMatchObject({ date: '2020-08-24', precision: 'day', yearInferred: false, text: '2020年8月24日' });
    expect(text.slice(date!.start, date!.end)).toBe('2020年8月24日');
  });

  it('puts a month later than the publication month in the previous year', () => {
    expect(summary('12月30日召开会议。1月1日起实施。', published('2021-01-02'))).toEqual([
      ['12月30日', '2020-12-30', 'day', true],
      ['1月1日', '2021-01-01', 'day', true],
    ]);
  });

  it('gives a bare day the month mentioned before it', () => {
    expect(summary('8月23日，指挥部调整政策，并于24日公布电话。', published('2020-08-25'))).toEqual([
      ['8月23日', '2020-08-23', 'day', true],
      ['24日', '2020-08-24', 'day', true],
    ]);
  });

  it('gives a bare day the publication month, or the one before when the day is later', () => {
    expect(summary('省委书记7日强调。', published('2022-11-08'))[0]?.[1]).toBe('2022-11-07');
    expect(summary('省委书记28日强调。', published('2022-11-08'))[0]?.[1]).toBe('2022-10-28');
  });

  it('reads ranges as two dates', () => {
    expect(summary('3月3日至14日自欧洲入境者', published('2020-03-17')).map((d) => d[1])).toEqual(['2020-03-03', '2020-03-14']);
    expect(summary('2020年1月23日至2月8日', published('2022-11-08')).map((d) => d[1])).toEqual(['2020-01-23', '2020-02-08']);
  });

  it('reads month-only, relative years and Chinese numerals', () => {
    expect(summary('8月份以来疫情反复。', published('2022-09-09'))).toEqual([['8月份', '2022-08', 'month', true]]);
    expect(summary('今年1月25日启动响应，去年也是如此。', published('2020-02-10'))).toEqual([
      ['今年1月25日', '2020-01-25', 'day', true],
      ['去年', '2019', 'year', true],
    ]);
    expect(summary('二〇二〇年八月二十四日', null)).toEqual([['二〇二〇年八月二十四日', '2020-08-24', 'day', false]]);
    expect(summary('十一月份起调整', published('2022-12-01'))).toEqual([['十一月份', '2022-11', 'month', true]]);
  });

  it('reads Republic of China years', () => {
    expect(summary('今(109)年7月5日返國', null)).toEqual([['今(109)年7月5日', '2020-07-05', 'day', false]]);
  });

  it('does not take times, counts, quantities, versions or phone numbers for dates', () => {
    const text = '16时30分新增41例，6—8公斤蔬菜，BA.5.2毒株，24小时内，电话18099199090，连续5日无新增，14日内有旅居史，3个月。';
    expect(extractMentionedDates(text, published('2022-09-09'))).toEqual([]);
  });

  it('leaves out year-less dates when the publication date is unknown', () => {
    expect(summary('1月25日启动一级响应，2020年2月3日复工。', null)).toEqual([['2020年2月3日', '2020-02-03', 'day', false]]);
  });

  it('reads ISO dates but not version-like numbers', () => {
    expect(summary('更新于2022-09-09，版本1.2.3', null)).toEqual([['2022-09-09', '2022-09-09', 'day', false]]);
  });
});
