import type { Article, FileError } from '../model';
import { uniqueIds } from '../parse/articleId';
import type { Slice } from './slice';

export type CorpusStatus = 'loading' | 'ready' | 'error';

export interface CorpusSlice {
  corpusStatus: CorpusStatus;
  /** The default collection followed by what the user added. */
  articles: Article[];
  /** What the user added, kept apart so a (re)load of the default collection never drops it. */
  addedArticles: Article[];
  /** Files that could not be parsed, kept so nothing a user gave is silently dropped. */
  fileErrors: FileError[];
  /** Why the corpus itself could not be loaded (network, malformed JSON). */
  loadError: string | null;
  /** Files currently being parsed in the browser. */
  parsing: number;
  beginCorpusLoad: () => void;
  setCorpus: (articles: Article[], errors: FileError[]) => void;
  failCorpusLoad: (message: string) => void;
  /**
   * Adds user-given articles. Re-adding the same file replaces its earlier
   * version; any other id clash gets a suffix, so no article hides another.
   */
  addArticles: (articles: Article[], errors: FileError[]) => void;
  setParsing: (count: number) => void;
  dismissFileErrors: () => void;
}

function mergeAdded(base: readonly Article[], existingAdded: readonly Article[], incoming: readonly Article[]): Article[] {
  const replaced = new Set(incoming.map((article) => `${article.id}\u0000${article.file}`));
  const kept = existingAdded.filter((article) => !replaced.has(`${article.id}\u0000${article.file}`));
  const taken = [...base, ...kept].map((article) => article.id);
  const ids = uniqueIds([...taken, ...incoming.map((article) => article.id)]).slice(taken.length);
  return [...kept, ...incoming.map((article, index) => (ids[index] === article.id ? article : { ...article, id: ids[index]! }))];
}

function combine(base: readonly Article[], added: readonly Article[]): Article[] {
  // Added articles whose ids now clash with the (re)loaded default collection are renamed.
  return [...base, ...mergeAdded(base, [], added)];
}

export const createCorpusSlice: Slice<CorpusSlice> = (set) => ({
  corpusStatus: 'loading',
  articles: [],
  addedArticles: [],
  fileErrors: [],
  loadError: null,
  parsing: 0,
  beginCorpusLoad: () => set({ corpusStatus: 'loading', loadError: null }),
  setCorpus: (base, errors) =>
    set((state) => {
      const articles = combine(base, state.addedArticles);
      return {
        corpusStatus: 'ready',
        articles,
        addedArticles: articles.slice(base.length),
        fileErrors: [...errors, ...state.fileErrors],
        loadError: null,
      };
    }),
  failCorpusLoad: (loadError) => set({ corpusStatus: 'error', loadError }),
  addArticles: (incoming, errors) =>
    set((state) => {
      const addedIds = new Set(state.addedArticles.map((article) => article.id));
      const base = state.articles.filter((article) => !addedIds.has(article.id));
      const addedArticles = mergeAdded(base, state.addedArticles, incoming);
      return {
        // While the default collection is still loading, stay "loading": a linked article may yet arrive.
        corpusStatus: state.corpusStatus === 'loading' ? 'loading' : 'ready',
        articles: [...base, ...addedArticles],
        addedArticles,
        fileErrors: [...state.fileErrors, ...errors],
      };
    }),
  setParsing: (parsing) => set({ parsing }),
  dismissFileErrors: () => set({ fileErrors: [] }),
});
