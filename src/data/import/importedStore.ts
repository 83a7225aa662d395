import type { Article } from '../../model';

/** Full records of imported articles, kept in this browser across reloads. */
export interface ImportedArticleStore {
  /** Every stored record, oldest import first (records are checked by the caller). */
  loadAll: () => Promise<unknown[]>;
  save: (articles: readonly Article[]) => Promise<void>;
  remove: (ids: readonly string[]) => Promise<void>;
  clear: () => Promise<void>;
}

/** The browser keeps no data for this page (storage blocked, some private modes, sandboxed frames). */
export class StorageUnavailableError extends Error {
  constructor(reason: string) {
    super(`This browser does not let the page keep data (${reason}).`);
    this.name = 'StorageUnavailableError';
  }
}

const DB_NAME = 'covid-policy-timeline';
const DB_VERSION = 1;
const STORE = 'imported-articles';
/**
 * Some browsers have been known to leave an open request hanging; a linked
 * imported article is only judged missing once this settles, so it must not
 * wait forever. Generous, because a busy machine can take seconds to open.
 */
const OPEN_TIMEOUT_MS = 20_000;

interface StoredRecord {
  id: string;
  /** When and in which order it was imported, to restore the list in import order. */
  savedAt: number;
  seq: number;
  article: Article;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : error ? String(error) : 'unknown error');

function openDatabase(factory: IDBFactory | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new StorageUnavailableError('IndexedDB is not available'));
      return;
    }
    const timer = setTimeout(() => reject(new StorageUnavailableError('opening the storage timed out')), OPEN_TIMEOUT_MS);
    const fail = (reason: string) => {
      clearTimeout(timer);
      reject(new StorageUnavailableError(reason));
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      fail(reasonOf(error));
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const db = request.result;
      // Let a newer version of the app, open in another tab, upgrade the database.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => fail(reasonOf(request.error));
    request.onblocked = () => fail('the storage is held by another tab');
  });
}

function transact<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request ? request.result : undefined);
    transaction.onerror = () => reject(transaction.error ?? new Error('storage transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('storage transaction aborted (is the disk full?)'));
  });
}

/** IndexedDB-backed store; the database is opened on first use, and a failure to open is reported by every call. */
export function createImportedStore(factory: IDBFactory | undefined = globalThis.indexedDB): ImportedArticleStore {
  let opening: Promise<IDBDatabase> | null = null;
  const db = () => (opening ??= openDatabase(factory));
  let seq = 0;
  return {
    loadAll: async () => {
      const records = ((await transact(await db(), 'readonly', (store) => store.getAll())) ?? []) as StoredRecord[];
      return records
        .filter((record) => typeof record === 'object' && record !== null && 'article' in record)
        .sort((a, b) => a.savedAt - b.savedAt || a.seq - b.seq)
        .map((record) => record.article);
    },
    save: async (articles) => {
      if (articles.length === 0) return;
      const savedAt = Date.now();
      await transact(await db(), 'readwrite', (store) => {
        for (const article of articles) store.put({ id: article.id, savedAt, seq: seq++, article } satisfies StoredRecord);
      });
    },
    remove: async (ids) => {
      if (ids.length === 0) return;
      await transact(await db(), 'readwrite', (store) => {
        for (const id of ids) store.delete(id);
      });
    },
    clear: async () => {
      await transact(await db(), 'readwrite', (store) => store.clear());
    },
  };
}

let shared: ImportedArticleStore | null = null;

/** The store the app uses. */
export const importedStore = (): ImportedArticleStore => (shared ??= createImportedStore());
