import { useId } from 'react';
import { useExplorer } from '../../store';
import { selectSelectedArticle, selectSelectedSummary } from '../../store/selectors';
import { useMessages } from '../../i18n';
import { MeasureList } from './MeasureList';
import { MeasureSummary } from './MeasureSummary';
import { messages } from './messages';
import { closeArticle } from '../ArticleList/closeArticle';
import './MeasuresPanel.css';

/** The selected article's measures, or a summary of the filtered set when no article is selected. */
export function MeasuresPanel() {
  const t = useMessages(messages);
  const headingId = useId();
  const article = useExplorer(selectSelectedArticle);
  const awaitingText = useExplorer((state) => selectSelectedSummary(state) !== null && selectSelectedArticle(state) === null);
  const status = useExplorer((state) => state.corpusStatus);
  return (
    <section
      className="panel measures-panel"
      data-testid="measures-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !article || event.defaultPrevented) return;
        event.preventDefault();
        closeArticle();
      }}
    >
      <h2 id={headingId}>{t.heading}</h2>
      <div className="measures-panel__body">
        {article ? (
          <MeasureList article={article} />
        ) : status === 'loading' || awaitingText ? (
          <p className="empty-state">{t.loading}</p>
        ) : (
          <MeasureSummary />
        )}
      </div>
    </section>
  );
}
