import { describe, expect, it } from 'vitest';
import { formatBytes, importFileKind, MAX_TEXT_FILE_BYTES } from './limits';

describe('import limits', () => {
  it('tells file kinds by extension, trying extensionless names as text', () => {
    expect(importFileKind('news/000_abc.TXT')).toBe('text');
    expect(importFileKind('saved/page.htm')).toBe('page');
    expect(importFileKind('collection.json')).toBe('collection');
    expect(importFileKind('README')).toBe('text');
    expect(importFileKind('page_files/logo.png')).toBe('unsupported');
    expect(importFileKind('.DS_Store')).toBe('text');
  });

  it('formats sizes the way the report states the limit', () => {
    expect(formatBytes(MAX_TEXT_FILE_BYTES)).toBe('5 MB');
    expect(formatBytes(7.34 * 1024 * 1024)).toBe('7.3 MB');
    expect(formatBytes(300)).toBe('1 KB');
  });
});
