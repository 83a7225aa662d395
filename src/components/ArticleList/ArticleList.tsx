import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useExplorer } from '../../store';
import { selectFilteredArticles } from '../../store/selectors';
import { format, useLang, useMessages } from '../../i18n';
import { shortName } from '../../data/lazy/lazyGazetteer';
import { categoryLabel } from '../../i18n/measureLabels';
import type { ArticleSummary, MeasureCategory } from '../../model';
import { CATEGORY_COLORS } from '../theme';
import { formatResolvedDate } from '../../i18n/formatDate';
import { messages } from './messages';
import { ARTICLE_LISTBOX_ID } from './closeArticle';
import { ImportedBadge } from '../Import/ImportedArticle';
import './ArticleList.css';

const ROW_HEIGHT = 76;
const OVERSCAN = 6;

function categoriesOf(article: ArticleSummary): MeasureCategory[] {
  return [...new Set(article.measures.map((measure) => measure.category))];
}

/** The filtered articles by date; windowed so thousands of rows stay fast. */
export function ArticleList() {
  const t = useMessages(messages);
  const lang = useLang();
  const articles = useExplorer(selectFilteredArticles);
  const status = useExplorer((state) => state.corpusStatus);
  const selectedId = useExplorer((state) => state.selectedArticleId);
  const hoverId = useExplorer((state) => state.hover.articleId);
  const { selectArticle, setHover, resetFilters } = useExplorer.getState();
  const scroller = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(480);

  const hasRows = articles.length > 0;
  const selectedIndex = useMemo(() => articles.findIndex((article) => article.id === selectedId), [articles, selectedId]);

  // The scroller comes and goes with the loading and empty states: measure each new one from the top.
  const attachScroller = useCallback((element: HTMLDivElement | null) => {
    scroller.current = element;
    setScrollTop(element?.scrollTop ?? 0);
    if (element) setViewHeight(element.clientHeight || 480);
  }, []);

  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight || 480));
    observer.observe(element);
    return () => observer.disconnect();
  }, [status, hasRows]);

  // Keep the selected article in view, whichever view selected it.
  useEffect(() => {
    const element = scroller.current;
    if (!element || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
  }, [selectedIndex]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && selectedId !== null) {
      event.preventDefault();
      selectArticle(null);
      return;
    }
    const step =
      event.key === 'ArrowDown' || event.key === 'j' ? 1
      : event.key === 'ArrowUp' || event.key === 'k' ? -1
      : event.key === 'Home' ? -Infinity
      : event.key === 'End' ? Infinity
      : 0;
    if (step === 0 || articles.length === 0) return;
    event.preventDefault();
    const from = selectedIndex < 0 ? (step > 0 ? -1 : articles.length) : selectedIndex;
    const next = Math.min(articles.length - 1, Math.max(0, from + step));
    selectArticle(articles[next]!.id);
  };

  if (status === 'loading') {
    return (
      <section className="article-list panel" aria-busy="true">
        <h2>{t.articles}</h2>
        <p className="empty-state">{t.loading}</p>
      </section>
    );
  }

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(articles.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);

  return (
    <section className="article-list panel" data-testid="article-list">
      <h2>
        {t.articles} <span className="article-list__count">{articles.length}</span>
        <span className="article-list__hint">{t.keyboardHint}</span>
      </h2>
      {articles.length === 0 && status === 'error' ? (
        <p className="empty-state">{t.loadFailed}</p>
      ) : articles.length === 0 ? (
        <div className="empty-state" data-testid="empty-results">
          <p>{t.empty}</p>
          <button type="button" className="button" onClick={resetFilters}>
            {t.reset}
          </button>
        </div>
      ) : (
        <div
          ref={attachScroller}
          id={ARTICLE_LISTBOX_ID}
          className="article-list__scroller"
          role="listbox"
          tabIndex={0}
          aria-label={t.listLabel}
          aria-activedescendant={selectedIndex >= 0 ? `article-option-${selectedId}` : undefined}
          onKeyDown={onKeyDown}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <div style={{ height: articles.length * ROW_HEIGHT, position: 'relative' }}>
            {articles.slice(first, last).map((article, offset) => {
              const index = first + offset;
              return (
                <div
                  key={article.id}
                  id={`article-option-${article.id}`}
                  role="option"
                  aria-selected={article.id === selectedId}
                  aria-setsize={articles.length}
                  aria-posinset={index + 1}
                  data-testid={`article-item-${article.id}`}
                  data-hovered={article.id === hoverId || undefined}
                  className="article-list__item"
                  style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
                  onClick={() => selectArticle(article.id)}
                  onMouseEnter={() => setHover({ articleId: article.id })}
                  onMouseLeave={() => setHover({ articleId: null })}
                >
                  <div className="article-list__title" title={article.title}>
                    {article.title}
                  </div>
                  <div className="article-list__meta">
                    <span>
                      {article.published ? formatResolvedDate(article.published.date, article.published.precision, lang) : t.undated}
                      {article.published?.inferred && (
                        <span className="badge badge--inferred" title={t.inferredHint}>
                          {t.inferred}
                        </span>
                      )}
                      {article.origin === 'added' && <ImportedBadge />}
                    </span>
                    <span>{article.source ?? t.noSource}</span>
                    <span>{article.primaryRegions.slice(0, 2).map(shortName).join(' · ')}</span>
                  </div>
                  <div className="article-list__chips" aria-label={format(t.measures, { count: article.measures.length })}>
                    {categoriesOf(article).map((category) => (
                      <span key={category} className="chip chip--small">
                        <span className="chip__swatch" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" />
                        {categoryLabel(category, lang)}
                      </span>
                    ))}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
