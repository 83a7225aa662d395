import { describe, expect, it } from 'vitest';
import { makeArticle, makeMeasure } from '../test/articleFixture';
import { EMPTY_FILTERS } from '../store/filters';
import { articleInDateRange, filterArticles } from './filterArticles';

const urumqi = makeArticle({
  id: 'urumqi',
  text: '烏魯木齊調整防控政策',
  textSimplified: '乌鲁木齐调整防控政策',
  published: { date: '2020-08-24', precision: 'day', inferred: false, evidence: { source: 'signature', text: '2020年8月24日', in: 'text', start: 0, end: 1 } },
  primaryRegions: ['650100'],
  measures: [makeMeasure({ category: 'lockdown', direction: 'relax', regionCodes: ['650100'] })],
});
const yuncheng = makeArticle({
  id: 'yuncheng',
  published: { date: '2020-02', precision: 'month', inferred: true, evidence: { source: 'landmark', text: '一级响应', in: 'text', start: 0, end: 1 } },
  primaryRegions: ['140802', '140800'],
  measures: [makeMeasure({ category: 'quarantine', direction: 'tighten', regionCodes: ['420100'] })],
});
const national = makeArticle({
  id: 'national',
  published: { date: '2022-11-13', precision: 'day', inferred: false, evidence: { source: 'timestamp', text: '时间:2022-11-13', in: 'raw', start: 0, end: 1 } },
  primaryRegions: ['100000'],
  measures: [makeMeasure({ category: 'quarantine', direction: 'relax', regionCodes: ['650000'] })],
});
const undated = makeArticle({ id: 'undated', primaryRegions: ['620100'] });
const all = [national, undated, urumqi, yuncheng];

describe('filterArticles', () => {
  it('sorts by publication date with undated last', () => {
    expect(filterArticles(all, EMPTY_FILTERS).map((a) => a.id)).toEqual(['yuncheng', 'urumqi', 'national', 'undated']);
  });

  it('matches a province by primary region or by where its measures apply', () => {
    expect(filterArticles(all, { ...EMPTY_FILTERS, region: '650000' }).map((a) => a.id)).toEqual(['urumqi', 'national']);
    expect(filterArticles(all, { ...EMPTY_FILTERS, region: '140000' }).map((a) => a.id)).toEqual(['yuncheng']);
    expect(filterArticles(all, { ...EMPTY_FILTERS, region: '100000' }).map((a) => a.id)).toEqual(['national']);
  });

  it('a month-precision date overlaps any range touching that month', () => {
    expect(articleInDateRange(yuncheng, '2020-02-28', null)).toBe(true);
    expect(articleInDateRange(yuncheng, '2020-03-01', null)).toBe(false);
    expect(articleInDateRange(yuncheng, null, '2020-02-01')).toBe(true);
    expect(articleInDateRange(yuncheng, null, '2020-01-31')).toBe(false);
  });

  it('excludes undated articles only when a date range is set', () => {
    expect(filterArticles(all, { ...EMPTY_FILTERS, from: '2019-01-01' }).map((a) => a.id)).not.toContain('undated');
  });

  it('requires one measure matching both category and direction', () => {
    const ids = filterArticles(all, { ...EMPTY_FILTERS, categories: ['quarantine'], directions: ['relax'] }).map((a) => a.id);
    expect(ids).toEqual(['national']);
  });

  it('finds Simplified text with a Traditional query and vice versa', () => {
    expect(filterArticles(all, { ...EMPTY_FILTERS, query: '烏魯木齊' }).map((a) => a.id)).toEqual(['urumqi']);
    expect(filterArticles(all, { ...EMPTY_FILTERS, query: '乌鲁木齐' }).map((a) => a.id)).toEqual(['urumqi']);
    expect(filterArticles(all, { ...EMPTY_FILTERS, query: '不存在的词' })).toEqual([]);
  });
});
