import { useEffect, useId, useRef } from 'react';
import { useExplorer } from '../../store';
import { selectSelectedArticle, selectSelectedSummary } from '../../store/selectors';
import { requestFullArticles } from '../../data/fullArticles';
import { format, useMessages } from '../../i18n';
import { ArticleMeta } from './ArticleMeta';
import { ArticleText } from './ArticleText';
import { ArticleToolbar, HighlightLegend } from './ArticleToolbar';
import { titleInScript } from './highlights';
import { messages } from './messages';
import { closeArticle } from '../ArticleList/closeArticle';
import { ImportedArticleBar } from '../Import/ImportedArticle';
import './ArticlePanel.css';

/** The selected article: its metadata, then its text with every extracted fact highlighted. */
export function ArticlePanel() {
  const t = useMessages(messages);
  const headingId = useId();
  const article = useExplorer(selectSelectedArticle);
  const summary = useExplorer(selectSelectedSummary);
  const textError = useExplorer((state) => (summary ? state.fullArticleErrors.get(summary.id) : undefined));
  const status = useExplorer((state) => state.corpusStatus);
  const script = useExplorer((state) => state.display.script);
  const showRaw = useExplorer((state) => state.display.showRaw);
  const focusToken = useExplorer((state) => state.measureFocusToken);
  const setDisplay = useExplorer((state) => state.setDisplay);

  // Picking a measure asks to see its sentence, which the raw view cannot show.
  const lastToken = useRef(focusToken);
  useEffect(() => {
    if (focusToken === lastToken.current) return;
    lastToken.current = focusToken;
    if (showRaw) setDisplay({ showRaw: false });
  }, [focusToken, showRaw, setDisplay]);

  return (
    <section
      className="panel article-panel"
      data-testid="article-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !summary || event.defaultPrevented) return;
        event.preventDefault();
        closeArticle();
      }}
    >
      <h2 id={headingId}>{t.heading}</h2>
      {summary && (
        <button type="button" className="button article-panel__close" data-testid="article-close" aria-keyshortcuts="Escape" onClick={closeArticle}>
          {t.close}
        </button>
      )}
      {!article && summary ? (
        <div className="article-panel__body" aria-busy={textError === undefined}>
          <h3 className="article-meta__title" data-testid="article-title">
            {summary.title}
          </h3>
          {textError === undefined ? (
            <p className="empty-state" role="status">
              {t.loadingText}
            </p>
          ) : (
            <div className="empty-state" role="alert" data-testid="article-text-error">
              <p>{format(t.textFailed, { reason: textError })}</p>
              <button type="button" className="button" onClick={() => void requestFullArticles(useExplorer, [summary.id])}>
                {t.retry}
              </button>
            </div>
          )}
        </div>
      ) : !article ? (
        <p className="empty-state" data-testid="article-empty">
          {status === 'loading' ? t.loading : t.selectPrompt}
        </p>
      ) : (
        <div className="article-panel__body">
          <ArticleMeta article={article} title={titleInScript(article, showRaw ? 'original' : script)} />
          {summary?.origin === 'added' && <ImportedArticleBar articleId={article.id} />}
          <ArticleToolbar />
          {showRaw ? (
            <>
              <p className="article-raw__note">{format(t.rawNote, { encoding: article.encoding })}</p>
              <pre className="article-raw" data-testid="article-raw" tabIndex={0}>
                {article.raw}
              </pre>
            </>
          ) : (
            <>
              <HighlightLegend />
              <ArticleText article={article} script={script} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
