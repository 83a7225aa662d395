import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../../store';
import { validateArticleRecords } from '../validateCorpus';
import { enqueueImportWork } from './importQueue';
import { importedStore, StorageUnavailableError, type ImportedArticleStore } from './importedStore';
import { notRemovedMessage, unreadableStoredMessage } from './storageNotices';

/**
 * Brings back the articles imported on earlier visits. `restoringImported`
 * is set at once, so a linked article is not judged missing before they are in.
 * Storage that cannot be opened is noted, never fatal.
 */
export function restoreImportedArticles(store: StoreApi<ExplorerState>, storage: ImportedArticleStore = importedStore()): Promise<void> {
  store.getState().setRestoringImported(true);
  return enqueueImportWork(async () => {
    try {
      const { articles, errors } = validateArticleRecords(await storage.loadAll(), 'browser storage');
      store.getState().setImportStorage('available');
      if (articles.length > 0) store.getState().addArticles(articles, []);
      if (errors.length > 0) {
        store.getState().addNotice({ id: 'import-unreadable-stored', kind: 'warning', text: unreadableStoredMessage(errors.length) });
      }
    } catch (error) {
      // Nothing can have been kept where storage does not open; imports will say they are not kept.
      store.getState().setImportStorage(error instanceof StorageUnavailableError ? 'unavailable' : 'unknown');
    } finally {
      store.getState().setRestoringImported(false);
    }
  });
}

async function forget(store: StoreApi<ExplorerState>, storage: ImportedArticleStore, work: (storage: ImportedArticleStore) => Promise<void>) {
  if (store.getState().importStorage === 'unavailable') return;
  try {
    await work(storage);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    store.getState().addNotice({ id: 'import-not-removed', kind: 'warning', text: notRemovedMessage(reason) });
  }
}

/** Removes imported articles from every view and from this browser's storage. */
export async function removeImportedArticles(
  store: StoreApi<ExplorerState>,
  ids: readonly string[],
  storage: ImportedArticleStore = importedStore(),
): Promise<void> {
  const state = store.getState();
  if (state.selectedArticleId !== null && ids.includes(state.selectedArticleId)) state.selectArticle(null);
  state.removeAddedArticles(ids);
  await forget(store, storage, (kept) => kept.remove(ids));
}

/** Removes every imported article, here and in storage. */
export async function clearImportedArticles(store: StoreApi<ExplorerState>, storage: ImportedArticleStore = importedStore()): Promise<void> {
  const state = store.getState();
  const selected = state.selectedArticleId;
  if (selected !== null && state.addedArticles.some((article) => article.id === selected)) state.selectArticle(null);
  state.clearAddedArticles();
  await forget(store, storage, (kept) => kept.clear());
}
