import { describe, expect, it } from 'vitest';
import { assignLocalIds, isLocalArticleId } from './localIds';

describe('local article ids', () => {
  it('prefixes ids once and recognises them', () => {
    expect(assignLocalIds(['news', 'local-old'], [])).toEqual(['local-news', 'local-old']);
    expect(isLocalArticleId('local-news')).toBe(true);
    expect(isLocalArticleId('000_9c3f2b878a83d6ff')).toBe(false);
  });

  it('never reuses an id already taken, even a suffixed one', () => {
    expect(assignLocalIds(['a', 'a', 'a'], ['local-a', 'local-a-2'])).toEqual(['local-a-3', 'local-a-4', 'local-a-5']);
  });
});
