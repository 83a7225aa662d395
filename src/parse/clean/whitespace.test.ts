import { describe, expect, it } from 'vitest';
import { normaliseLines, normalisePunctuation } from './whitespace';

describe('normaliseLines', () => {
  it('trims lines, collapses spaces and blank lines, drops zero-width characters', () => {
    const text = '\r\n  標題\u3000 \r\n\r\n\r\n\t第一段\u200B內容 \n\n\n\n第二段   內容\n\n';
    expect(normaliseLines(text)).toBe('標題\n\n第一段內容\n\n第二段 內容');
  });

  it('drops spaces next to Chinese punctuation but keeps spaces between phrases', () => {
    expect(normaliseLines('變化”, 並提到。 胡錫進呼籲')).toBe('變化”,並提到。胡錫進呼籲');
    expect(normaliseLines('部署優化防控措施 幾個細節值得關注')).toBe('部署優化防控措施 幾個細節值得關注');
  });
});

describe('normalisePunctuation', () => {
  it('widens half-width marks touching Han text and keeps their length', () => {
    const text = '近日,烏魯木齊連續公佈:一是;二是?好!BA.5.2,載毒量';
    const result = normalisePunctuation(text);
    expect(result).toBe('近日，烏魯木齊連續公佈：一是；二是？好！BA.5.2，載毒量');
    expect(result.length).toBe(text.length);
  });

  it('leaves times, numbers and URLs alone', () => {
    const text = '更新时间2022-09-09 12:38:20 共1,000人 http://a.cn';
    expect(normalisePunctuation(text)).toBe(text);
  });

  it('widens brackets around Han text only', () => {
    expect(normalisePunctuation('經開區(頭屯河區)毒株(BA.5)')).toBe('經開區（頭屯河區）毒株(BA.5)');
  });

  it('does not touch protected spans', () => {
    expect(normalisePunctuation('要?!肮堋', [{ start: 1, end: 3 }])).toBe('要?!肮堋');
  });
});
