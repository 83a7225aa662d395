import { describe, expect, it } from 'vitest';
import { readJsonlRows } from './jsonl';

describe('readJsonlRows', () => {
  it('reads one object per line, skips blank lines and reports bad lines by number', () => {
    const content = ['{"title":"a","text":"x"}', '', '{not json', '[1,2]', '"text"', '{"title":"b"}\r', ''].join('\n');
    expect(readJsonlRows(content)).toEqual([
      { line: 1, values: { title: 'a', text: 'x' } },
      { line: 3, problem: 'This line is not valid JSON.' },
      { line: 4, problem: 'This line is not a JSON object.' },
      { line: 5, problem: 'This line is not a JSON object.' },
      { line: 6, values: { title: 'b' } },
    ]);
  });
});
