import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../model';
import { useExplorer } from '../../store';
import { setTestCorpus } from '../../test/storeFixture';
import { parseTextFile } from './parseImportFile';
import { cancelImport, importFiles } from './importFiles';
import { clearImportedArticles, removeImportedArticles, restoreImportedArticles } from './importedArticles';
import { StorageUnavailableError, type ImportedArticleStore } from './importedStore';

const SEED_NAME = '001_2430776c0247ecae.txt';
const SEED = new Uint8Array(readFileSync(join(__dirname, '../../../public/seeds', SEED_NAME)));
const seedArticle = (): Article => {
  const parsed = parseTextFile(SEED_NAME, SEED);
  if (parsed.status !== 'parsed') throw new Error('seed did not parse');
  return parsed.articles[0]!;
};
const file = (name: string, content: string | Uint8Array<ArrayBuffer>) => new File([content], name);

function memoryStorage(): ImportedArticleStore & { kept: Map<string, Article> } {
  const kept = new Map<string, Article>();
  return {
    kept,
    loadAll: async () => [...kept.values()],
    save: async (articles) => articles.forEach((article) => kept.set(article.id, article)),
    remove: async (ids) => ids.forEach((id) => kept.delete(id)),
    clear: async () => kept.clear(),
  };
}

const unavailable: ImportedArticleStore = {
  loadAll: () => Promise.reject(new StorageUnavailableError('blocked')),
  save: () => Promise.reject(new StorageUnavailableError('blocked')),
  remove: () => Promise.reject(new StorageUnavailableError('blocked')),
  clear: () => Promise.reject(new StorageUnavailableError('blocked')),
};

const reports = () => useExplorer.getState().importReports.map((report) => [report.file, report.status, 'reason' in report ? report.reason : undefined]);
const addedIds = () => useExplorer.getState().addedArticles.map((article) => article.id);

beforeEach(() => {
  useExplorer.setState({ articles: [], addedArticles: [], notices: [], importReports: [], importPanelOpen: false, importProgress: null, importStorage: 'unknown', selectedArticleId: null });
  setTestCorpus([{ ...seedArticle(), id: '001_2430776c0247ecae' }]);
});

describe('importFiles', () => {
  it('reports every file: imported, duplicates of the collection or of the batch, and each rejection', async () => {
    const storage = memoryStorage();
    const edited = `库尔勒市发布新通告\n\n${new TextDecoder().decode(SEED)}`;
    await importFiles(
      useExplorer,
      [
        file('edited.txt', edited),
        file(SEED_NAME, SEED),
        file('edited-again.txt', edited),
        file('scan.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
        file('empty.txt', ''),
        file('english.txt', 'Nothing Chinese here.'),
        file('logo.png', 'x'),
      ],
      [{ name: 'folder/locked.txt', message: 'NotReadableError' }],
      storage,
    );
    expect(reports()).toEqual([
      ['edited.txt', 'imported', undefined],
      [SEED_NAME, 'duplicate', undefined],
      ['edited-again.txt', 'duplicate', undefined],
      ['scan.txt', 'rejected', 'binary'],
      ['empty.txt', 'rejected', 'empty'],
      ['english.txt', 'rejected', 'no-chinese'],
      ['logo.png', 'rejected', 'unsupported-type'],
      ['folder/locked.txt', 'rejected', 'unreadable'],
    ]);
    const [imported, seedCopy, batchCopy] = useExplorer.getState().importReports;
    expect(seedCopy).toMatchObject({ of: { id: '001_2430776c0247ecae' } });
    expect(imported).toMatchObject({ articles: [{ id: 'local-edited', title: '库尔勒市发布新通告' }] });
    expect(batchCopy).toMatchObject({ of: { id: 'local-edited' } });
    expect(addedIds()).toEqual(['local-edited']);
    expect([...storage.kept.keys()]).toEqual(['local-edited']);
    expect(useExplorer.getState().importProgress).toBeNull();
    expect(useExplorer.getState().importPanelOpen).toBe(true);
  });

  it('finds a re-import of an article imported earlier', async () => {
    const storage = memoryStorage();
    await importFiles(useExplorer, [file('a.txt', '兰州市发布通告\n\n即日起全市开展全员核酸检测。')], [], storage);
    await importFiles(useExplorer, [file('copy-of-a.txt', '兰州市发布通告\n\n即日起全市开展全员核酸检测。')], [], storage);
    expect(reports()).toEqual([
      ['a.txt', 'imported', undefined],
      ['copy-of-a.txt', 'duplicate', undefined],
    ]);
  });

  it('reports files a cancelled import never reached', async () => {
    const run = importFiles(useExplorer, [file('a.txt', '兰州市发布通告'), file('b.txt', '运城市发布通告')], [], memoryStorage());
    await Promise.resolve();
    cancelImport();
    await run;
    expect(reports().map(([, status, reason]) => `${status}:${reason}`)).toContain('rejected:cancelled');
  });

  it('still shows imports where the browser keeps no data, and says they will not be kept', async () => {
    await importFiles(useExplorer, [file('a.txt', '兰州市发布通告\n\n全员核酸检测。')], [], unavailable);
    expect(addedIds()).toEqual(['local-a']);
    expect(useExplorer.getState().importStorage).toBe('unavailable');
    expect(useExplorer.getState().notices.map((notice) => notice.id)).toContain('import-not-kept');
  });
});

describe('imported articles across visits', () => {
  it('restores kept articles, holding the corpus verdict until they are in', async () => {
    const storage = memoryStorage();
    storage.kept.set('local-a', { ...seedArticle(), id: 'local-a', title: 'kept' });
    const restoring = restoreImportedArticles(useExplorer, storage);
    expect(useExplorer.getState().restoringImported).toBe(true);
    await restoring;
    expect(useExplorer.getState().restoringImported).toBe(false);
    expect(addedIds()).toEqual(['local-a']);
    expect(useExplorer.getState().articles.find((article) => article.id === 'local-a')?.origin).toBe('added');
  });

  it('starts normally when storage is blocked', async () => {
    await restoreImportedArticles(useExplorer, unavailable);
    expect(useExplorer.getState().importStorage).toBe('unavailable');
    expect(useExplorer.getState().restoringImported).toBe(false);
    expect(useExplorer.getState().notices).toEqual([]);
  });

  it('removes one article or all, from the views, the selection and storage', async () => {
    const storage = memoryStorage();
    await importFiles(useExplorer, [file('a.txt', '兰州市发布通告\n\n全员核酸。'), file('b.txt', '运城市发布通告\n\n封控管理。')], [], storage);
    useExplorer.getState().selectArticle('local-a');
    await removeImportedArticles(useExplorer, ['local-a'], storage);
    expect(useExplorer.getState().selectedArticleId).toBeNull();
    expect(addedIds()).toEqual(['local-b']);
    expect([...storage.kept.keys()]).toEqual(['local-b']);
    await clearImportedArticles(useExplorer, storage);
    expect(addedIds()).toEqual([]);
    expect(storage.kept.size).toBe(0);
    expect(useExplorer.getState().articles.map((article) => article.id)).toEqual(['001_2430776c0247ecae']);
  });
});
