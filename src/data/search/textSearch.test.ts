import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextSearchIndex, searchTexts } from './textSearch';

describe('text search over joined texts', () => {
  it('finds each text containing the needle once, never across two texts', () => {
    const index = buildTextSearchIndex(['乌鲁木齐封控', '封控封控', '', '木齐', '全员核酸']);
    expect([...searchTexts(index, '封控')]).toEqual([0, 1]);
    expect([...searchTexts(index, '齐封')]).toEqual([0]);
    // "齐" ends text 0 and "全" starts text 4 only with other texts between; "控木" spans texts 1→3 and must not match.
    expect([...searchTexts(index, '控木')]).toEqual([]);
    expect([...searchTexts(index, '')]).toEqual([0, 1, 2, 3, 4]);
  });

  it('agrees with a per-text includes for any texts and needle', () => {
    const alphabet = fc.constantFrom('封', '控', '核', '酸', 'a', 'b', ' ');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 12 }), { maxLength: 20 }), fc.string({ unit: alphabet, minLength: 1, maxLength: 3 }), (texts, needle) => {
        const expected = texts.flatMap((text, i) => (text.includes(needle) ? [i] : []));
        expect([...searchTexts(buildTextSearchIndex(texts), needle)]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
