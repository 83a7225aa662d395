import { useEffect, useMemo, useRef } from 'react';
import { format, useLang, useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import { textInScript } from '../ArticlePanel/highlights';
import { fullArticleOf, selectArticleById } from '../../store/selectors';
import { requestFullArticles } from '../../data/fullArticles';
import { formatPublished } from '../Timeline/timeFormat';
import { CATEGORY_COLORS, DIRECTION_COLORS, DIRECTION_GLYPHS } from '../theme';
import type { BandCell, BandRef } from './bandLayout';
import { messages } from './messages';
import { categoryLabel, directionLabel } from '../../i18n/measureLabels';

const MAX_LISTED = 100;


interface Props {
  cell: BandCell;
  /** The measures behind the cell. */
  refs: readonly BandRef[];
  heading: string;
  left: number;
  /** `restoreFocus` is false when the list closes because the user clicked elsewhere. */
  onClose: (restoreFocus: boolean) => void;
}

/** The sentences behind one band cell; each opens its article at that sentence. */
export function BandSentences({ cell, refs, heading, left, onClose }: Props) {
  const t = useMessages(messages);
  const lang = useLang();
  const articleById = useExplorer(selectArticleById);
  const script = useExplorer((state) => state.display.script);
  const selectArticle = useExplorer((state) => state.selectArticle);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    listRef.current?.querySelector<HTMLButtonElement>('[data-testid="band-sentence"]')?.focus();
  }, [cell.id]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || listRef.current?.contains(target) || target.closest('[data-testid="band-cell"]')) return;
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  const listed = refs.slice(0, MAX_LISTED);
  const listedIds = useMemo(() => [...new Set(refs.slice(0, MAX_LISTED).map((ref) => ref.articleId))], [refs]);
  // The sentences live in the full records, fetched (a shard at a time) when the cell opens.
  useEffect(() => {
    void requestFullArticles(useExplorer, listedIds);
  }, [listedIds]);
  const fullTexts = useExplorer((state) => state.fullArticles);
  const added = useExplorer((state) => state.addedArticles);
  const fullArticle = (id: string) => fullArticleOf({ fullArticles: fullTexts, addedArticles: added }, id);
  return (
    <div
      ref={listRef}
      className="band-sentences"
      data-testid="band-sentences"
      role="dialog"
      aria-label={heading}
      style={{ left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose(true);
        }
      }}
    >
      <div className="band-sentences-head">
        <strong>{heading}</strong>
        <button type="button" className="button" aria-label={t.close} onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <ul>
        {listed.map((ref) => {
          const article = articleById.get(ref.articleId);
          const measure = article?.measures[ref.measureIndex];
          if (!article || !measure) return null;
          const category = categoryLabel(ref.category, lang);
          return (
            <li key={`${ref.articleId}:${ref.measureIndex}`}>
              <button
                type="button"
                className="band-sentence"
                data-testid="band-sentence"
                data-article-id={ref.articleId}
                data-measure-index={ref.measureIndex}
                title={t.openArticle}
                onClick={() => selectArticle(ref.articleId, ref.measureIndex)}
              >
                <span className="band-sentence-meta">
                  <span style={{ color: DIRECTION_COLORS[ref.direction] }} aria-hidden="true">
                    {DIRECTION_GLYPHS[ref.direction]}
                  </span>
                  <span className="visually-hidden">{directionLabel(ref.direction, lang)}</span>{' '}
                  <span className="chip" style={{ borderColor: CATEGORY_COLORS[ref.category] }}>
                    {category}
                  </span>{' '}
                  {article.published ? formatPublished(article.published, lang) : ''} · {article.title}
                </span>
                <span className="band-sentence-text">
                  {(() => {
                    const full = fullArticle(ref.articleId);
                    const sentence = full?.measures[ref.measureIndex];
                    return full && sentence ? textInScript(full, script).slice(sentence.start, sentence.end) : t.loadingSentence;
                  })()}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {refs.length > listed.length && <p className="band-sentences-more">{format(t.more, { count: refs.length - listed.length })}</p>}
    </div>
  );
}
