import { describe, expect, it } from 'vitest';
import { filesFromDrop } from './droppedFiles';

type FakeEntry = FileSystemEntry & { children?: FakeEntry[] };

function fileEntry(fullPath: string, fail = false): FakeEntry {
  return {
    isFile: true,
    isDirectory: false,
    name: fullPath.split('/').pop()!,
    fullPath,
    file: (resolve: (file: File) => void, reject: (error: Error) => void) =>
      fail ? reject(new Error('NotReadableError')) : resolve(new File(['中文'], fullPath.split('/').pop()!)),
  } as unknown as FakeEntry;
}

function folderEntry(fullPath: string, children: FakeEntry[]): FakeEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop()!,
    fullPath,
    createReader: () => {
      // Hands out two entries per batch, like browsers that cap a batch.
      let offset = 0;
      return {
        readEntries: (resolve: (entries: FakeEntry[]) => void) => {
          resolve(children.slice(offset, offset + 2));
          offset += 2;
        },
      };
    },
  } as unknown as FakeEntry;
}

const transferOf = (entries: FakeEntry[]) =>
  ({ items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })), files: [] }) as unknown as DataTransfer;

describe('filesFromDrop', () => {
  it('walks dropped folders, naming each file by its path, and lists what could not be opened', async () => {
    const drop = transferOf([
      fileEntry('/loose.txt'),
      folderEntry('/news', [fileEntry('/news/a.txt'), fileEntry('/news/b.html'), folderEntry('/news/old', [fileEntry('/news/old/c.txt')]), fileEntry('/news/locked.txt', true)]),
    ]);
    const { files, unopened } = await filesFromDrop(drop);
    expect(files.map((file) => file.name)).toEqual(['loose.txt', 'news/a.txt', 'news/b.html', 'news/old/c.txt']);
    expect(unopened).toEqual([{ name: 'news/locked.txt', message: 'NotReadableError' }]);
  });

  it('falls back to the plain file list where entries are not offered', async () => {
    const file = new File(['中文'], 'a.txt');
    const drop = { items: [{ kind: 'file' }], files: [file] } as unknown as DataTransfer;
    expect(await filesFromDrop(drop)).toEqual({ files: [{ name: 'a.txt', file }], unopened: [] });
  });
});
