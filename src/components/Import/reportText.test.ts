import { describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES } from '../../data/import/limits';
import { messages } from './messages';
import { reportCounts, reportDetail } from './reportText';

describe('import report text', () => {
  it('states the size limit in both languages', () => {
    const report = { file: 'big.txt', status: 'rejected', reason: 'too-large', size: 7.3 * 1024 * 1024, limit: MAX_TEXT_FILE_BYTES } as const;
    expect(reportDetail(report, messages.en)).toBe('too large (7.3 MB); the limit is 5 MB per file');
    expect(reportDetail(report, messages.zh)).toBe('文件过大（7.3 MB），每个文件上限为 5 MB');
  });

  it('names what a file became or repeats', () => {
    expect(reportDetail({ file: 'a.txt', status: 'imported', articles: [{ id: 'local-a', title: '通告' }], duplicates: 0, problems: [] }, messages.en)).toBe('“通告”');
    expect(
      reportDetail({ file: 'c.json', status: 'imported', articles: [{ id: 'x', title: 'x' }, { id: 'y', title: 'y' }], duplicates: 3, problems: [] }, messages.en),
    ).toBe('2 articles; 3 more were already here and were not added again');
    expect(reportDetail({ file: 'b.txt', status: 'duplicate', of: { id: 'seed', title: '库尔勒市道歉' } }, messages.zh)).toBe('与已有文章“库尔勒市道歉”内容相同');
  });

  it('counts each status', () => {
    expect(
      reportCounts([
        { file: 'a', status: 'duplicate', of: { id: 'x', title: 'x' } },
        { file: 'b', status: 'rejected', reason: 'empty' },
        { file: 'c', status: 'rejected', reason: 'binary' },
      ]),
    ).toEqual({ imported: 0, duplicate: 1, rejected: 2 });
  });
});
