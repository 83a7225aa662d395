import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../data/textQuery';
import { buildHighlights, textInScript, titleInScript } from './highlights';
import { segmentText } from './segmentText';
import { traditionalArticle } from './testArticle';

describe('buildHighlights', () => {
  it('orders measures (by track) before dates, regions and query matches', () => {
    const article = traditionalArticle();
    const kinds = buildHighlights(article, normaliseQuery('核酸')).map((h) => h.kind);
    expect(kinds).toEqual(['measure', 'measure', 'date', 'region', 'query']);
  });

  it('finds query matches typed in the other script', () => {
    const article = traditionalArticle();
    const query = buildHighlights(article, normaliseQuery('全员核酸')).filter((h) => h.kind === 'query');
    expect(query.map((h) => article.text.slice(h.start, h.end))).toEqual(['全員核酸']);
  });

  it('gives overlapping measure sentences different tracks', () => {
    const base = traditionalArticle();
    const article = traditionalArticle({ measures: [base.measures[0]!, { ...base.measures[0]!, category: 'movement' }] });
    const tracks = buildHighlights(article, '').flatMap((h) => (h.kind === 'measure' ? [h.track] : []));
    expect(tracks).toEqual([0, 1]);
  });

  it('highlights the same characters in every script', () => {
    const article = traditionalArticle();
    const highlights = buildHighlights(article, normaliseQuery('核酸'));
    const scripts = (['original', 'simplified', 'traditional'] as const).map((script) => textInScript(article, script));
    expect(new Set(scripts.map((text) => text.length)).size).toBe(1);
    const [original, simplified, traditional] = scripts.map((text) =>
      segmentText(text, highlights).map((segment) => [segment.start, segment.end, segment.annotations]),
    );
    expect(simplified).toEqual(original);
    expect(traditional).toEqual(original);
    const region = highlights.find((h) => h.kind === 'region')!;
    expect(scripts.map((text) => text.slice(region.start, region.end))).toEqual(['烏魯木齊', '乌鲁木齐', '烏魯木齊']);
  });
});

describe('titleInScript', () => {
  it('reads the title from the converted text when it appears there', () => {
    const article = traditionalArticle({ title: '全員核酸檢測' });
    expect(titleInScript(article, 'simplified')).toBe('全员核酸检测');
    expect(titleInScript(article, 'original')).toBe('全員核酸檢測');
  });

  it('converts to Simplified directly when the title is not in the text', () => {
    expect(titleInScript(traditionalArticle({ title: '蘭州' }), 'simplified')).toBe('兰州');
    expect(titleInScript(traditionalArticle({ title: '蘭州' }), 'traditional')).toBe('蘭州');
  });
});
