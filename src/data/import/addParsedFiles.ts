import type { StoreApi } from 'zustand';
import type { Article } from '../../model';
import type { ExplorerState } from '../../store';
import { loadFullArticles } from '../fullArticles';
import { findDuplicates, type Duplicate } from './findDuplicates';
import { StorageUnavailableError, type ImportedArticleStore } from './importedStore';
import { assignLocalIds } from './localIds';
import { rejection, type ArticleRef, type FileReport, type ParsedFile } from './outcome';
import { notKeptMessage } from './storageNotices';

interface Entry {
  fileIndex: number;
  article: Article;
}

/** Duplicates are judged against the whole collection, so wait for it if it is still loading. */
function corpusSettled(store: StoreApi<ExplorerState>): Promise<void> {
  if (store.getState().corpusStatus !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      if (state.corpusStatus === 'loading') return;
      unsubscribe();
      resolve();
    });
  });
}

async function keep(store: StoreApi<ExplorerState>, articles: readonly Article[], storage: ImportedArticleStore): Promise<void> {
  if (articles.length === 0) return;
  try {
    await storage.save(articles);
    store.getState().setImportStorage('available');
  } catch (error) {
    if (error instanceof StorageUnavailableError) store.getState().setImportStorage('unavailable');
    const reason = error instanceof Error ? error.message : String(error);
    store.getState().addNotice({ id: 'import-not-kept', kind: 'warning', text: notKeptMessage(reason) });
  }
}

/**
 * Adds what the parser made of each file to the corpus and to browser storage,
 * leaving out articles already here, and returns one report row per file
 * (a file never parsed — the import was cancelled — is reported as such).
 */
export async function addParsedFiles(
  store: StoreApi<ExplorerState>,
  names: readonly string[],
  results: ReadonlyArray<ParsedFile | undefined>,
  storage: ImportedArticleStore,
): Promise<FileReport[]> {
  const entries: Entry[] = results.flatMap((result, fileIndex) =>
    result?.status === 'parsed' ? result.articles.map((article) => ({ fileIndex, article })) : [],
  );
  await corpusSettled(store);
  const before = store.getState();
  const duplicates = await findDuplicates(
    entries.map((entry) => entry.article),
    {
      added: before.addedArticles,
      collection: before.articles.filter((article) => article.origin === 'collection'),
      loadCollectionArticles: (ids) => loadFullArticles(store, ids),
    },
  );

  const fresh = entries.flatMap((_, index) => (duplicates[index] === null ? [index] : []));
  const ids = assignLocalIds(
    fresh.map((index) => entries[index]!.article.id),
    store.getState().articles.map((article) => article.id),
  );
  const imported = new Map<number, Article>(fresh.map((index, position) => [index, { ...entries[index]!.article, id: ids[position]! }]));
  store.getState().addArticles([...imported.values()], []);
  await keep(store, [...imported.values()], storage);

  const refOf = (duplicate: Duplicate): ArticleRef => {
    if ('of' in duplicate) return duplicate.of;
    const article = imported.get(duplicate.ofIncoming)!;
    return { id: article.id, title: article.title };
  };
  const entriesOfFile = names.map((): number[] => []);
  entries.forEach((entry, index) => entriesOfFile[entry.fileIndex]!.push(index));
  return names.map((file, fileIndex): FileReport => {
    const result = results[fileIndex];
    if (result === undefined) return { file, ...rejection('cancelled') };
    if (result.status === 'rejected') return { file, ...result };
    const mine = entriesOfFile[fileIndex]!;
    const articles = mine.flatMap((index) => {
      const article = imported.get(index);
      return article ? [{ id: article.id, title: article.title }] : [];
    });
    const repeated = mine.flatMap((index) => duplicates[index] ?? []);
    if (articles.length > 0) return { file, status: 'imported', articles, duplicates: repeated.length, problems: result.problems };
    return { file, status: 'duplicate', of: refOf(repeated[0]!) };
  });
}
