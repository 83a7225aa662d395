import { useExplorer } from '../../store';

export const ARTICLE_LISTBOX_ID = 'article-listbox';

/** Closes the open article and puts focus back on the article list, where a keyboard reader picks the next one. */
export function closeArticle(): void {
  document.getElementById(ARTICLE_LISTBOX_ID)?.focus();
  useExplorer.getState().selectArticle(null);
}
