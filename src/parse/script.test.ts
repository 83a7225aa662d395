import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectScript, toSimplified, toTraditional } from './script';

describe('detectScript', () => {
  it('tells Traditional from Simplified', () => {
    expect(detectScript('烏魯木齊市疫情防控工作指揮部調整部分區(縣)無疫情小區的防控政策').script).toBe('traditional');
    expect(detectScript('库尔勒市道歉：防疫存在短板，全力做好生活保障').script).toBe('simplified');
  });

  it('calls a text mixed only when the minority script is substantial', () => {
    expect(detectScript('烏魯木齊調整防控政策，乌鲁木齐调整防控政策').script).toBe('mixed');
    // One stray Simplified character in a Traditional article is a slip, not a mixed text.
    expect(detectScript('烏魯木齊市疫情防控工作指揮部調整部分區無疫情小區的防控政策，发').script).toBe('traditional');
  });

  it('treats text without script-specific characters as Simplified', () => {
    expect(detectScript('中国人民 2022').script).toBe('simplified');
    expect(detectScript('').han).toBe(0);
  });
});

describe('length-preserving conversion', () => {
  it('converts both ways', () => {
    expect(toSimplified('甘肅蘭州 關於 嚴格')).toBe('甘肃兰州 关于 严格');
    expect(toTraditional('甘肃兰州 关于 严格')).toBe('甘肅蘭州 關於 嚴格');
  });

  it('never changes the length, so offsets stay valid in either script (property)', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
    const text = fc.array(fc.oneof(han, fc.constantFrom('，', '。', '\n', 'a', '1', ' ', '“', '”')), { maxLength: 80 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(toSimplified(sample)).toHaveLength(sample.length);
        expect(toTraditional(sample)).toHaveLength(sample.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps astral characters and their surrogate pairs intact', () => {
    const sample = '𠮷野家在兰州';
    expect(toTraditional(sample)).toHaveLength(sample.length);
    expect(toTraditional(sample).startsWith('𠮷')).toBe(true);
  });
});
