import { useExplorer } from '../../store';
import { removeImportedArticles } from '../../data/import/importedArticles';
import { useMessages } from '../../i18n';
import { messages } from './messages';
import './Import.css';

/** Marks an article the user imported. */
export function ImportedBadge() {
  const t = useMessages(messages);
  return (
    <span className="badge badge--imported" title={t.badgeHint} data-testid="imported-badge">
      {t.badge}
      <span className="visually-hidden">: {t.badgeHint}</span>
    </span>
  );
}

/** Under an imported article's facts: what it is, and how to remove it. */
export function ImportedArticleBar({ articleId }: { articleId: string }) {
  const t = useMessages(messages);
  return (
    <div className="imported-article-bar">
      <ImportedBadge />
      <button
        type="button"
        className="button"
        title={t.removeOneHint}
        data-testid="remove-imported"
        onClick={() => void removeImportedArticles(useExplorer, [articleId])}
      >
        {t.removeOne}
      </button>
      <button type="button" className="button" onClick={() => useExplorer.getState().setImportPanelOpen(true)}>
        {t.manageAll}
      </button>
    </div>
  );
}
