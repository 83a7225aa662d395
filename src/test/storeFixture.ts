import type { Article, FileError } from '../model';
import { searchText } from '../data/collectionFormat';
import { useExplorer } from '../store';
import { selectNormalisedQuery } from '../store/selectors';
import { summariesOf } from './articleFixture';

/** Puts full records in the store as the built collection, with every text already fetched. */
export function setTestCorpus(articles: readonly Article[], errors: FileError[] = []): void {
  const state = useExplorer.getState();
  state.setCorpus(summariesOf(articles), errors, null);
  state.receiveFullArticles(articles);
}

/** Answers the current text query the way the search worker would, from the fetched texts. */
export function answerTestQuery(): void {
  const state = useExplorer.getState();
  const query = selectNormalisedQuery(state);
  const matches = Uint8Array.from(state.articles, (summary) => {
    const full = state.fullArticles.get(summary.id) ?? state.addedArticles.find((article) => article.id === summary.id);
    return full && searchText(full).includes(query) ? 1 : 0;
  });
  state.setSearchResult({ query, articles: state.articles, matches });
}
