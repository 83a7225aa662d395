import type { Article, FileError } from '../model';
import type { Slice } from './slice';

export type CorpusStatus = 'loading' | 'ready' | 'error';

export interface CorpusSlice {
  corpusStatus: CorpusStatus;
  articles: Article[];
  /** Files that could not be parsed, kept so nothing a user gave is silently dropped. */
  fileErrors: FileError[];
  /** Why the corpus itself could not be loaded (network, malformed JSON). */
  loadError: string | null;
  /** Files currently being parsed in the browser. */
  parsing: number;
  beginCorpusLoad: () => void;
  setCorpus: (articles: Article[], errors: FileError[]) => void;
  failCorpusLoad: (message: string) => void;
  /** Adds user-dropped articles; an article with an existing id replaces the old one. */
  addArticles: (articles: Article[], errors: FileError[]) => void;
  setParsing: (count: number) => void;
  dismissFileErrors: () => void;
}

export const createCorpusSlice: Slice<CorpusSlice> = (set) => ({
  corpusStatus: 'loading',
  articles: [],
  fileErrors: [],
  loadError: null,
  parsing: 0,
  beginCorpusLoad: () => set({ corpusStatus: 'loading', loadError: null }),
  setCorpus: (articles, fileErrors) => set({ corpusStatus: 'ready', articles, fileErrors, loadError: null }),
  failCorpusLoad: (loadError) => set({ corpusStatus: 'error', loadError }),
  addArticles: (added, errors) =>
    set((state) => {
      const ids = new Set(added.map((article) => article.id));
      return {
        corpusStatus: 'ready',
        articles: [...state.articles.filter((article) => !ids.has(article.id)), ...added],
        fileErrors: [...state.fileErrors, ...errors],
      };
    }),
  setParsing: (parsing) => set({ parsing }),
  dismissFileErrors: () => set({ fileErrors: [] }),
});
