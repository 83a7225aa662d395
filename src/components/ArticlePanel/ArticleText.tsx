import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Article, MeasureCategory } from '../../model';
import { useExplorer } from '../../store';
import { selectNormalisedQuery } from '../../store/selectors';
import type { ScriptChoice } from '../../store/displaySlice';
import { useMessages } from '../../i18n';
import { buildHighlights, textInScript, type Highlight } from './highlights';
import { HighlightedText, type IndexedParagraph } from './HighlightedText';
import { HighlightDetails } from './HighlightDetails';
import { segmentText, splitParagraphs, type Segment } from './segmentText';
import { messages } from './messages';

const FLASH_MS = 1600;

interface Tooltip {
  segment: Segment<Highlight>;
  left: number;
  top: number;
  /** Shown above the anchor when there is no room below it. */
  above: boolean;
}

export function ArticleText({ article, script }: { article: Article; script: ScriptChoice }) {
  const t = useMessages(messages);
  const query = useExplorer((state) => state.filters.query);
  const selectedMeasureIndex = useExplorer((state) => state.selectedMeasureIndex);
  const focusToken = useExplorer((state) => state.measureFocusToken);
  const setHover = useExplorer((state) => state.setHover);

  const normalisedQuery = useExplorer(selectNormalisedQuery);
  const highlights = useMemo(() => buildHighlights(article, normalisedQuery), [article, normalisedQuery]);
  const text = textInScript(article, script);
  const { paragraphs, segmentsById } = useMemo(() => indexParagraphs(text, highlights), [text, highlights]);

  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const [flash, setFlash] = useState<{ index: number; parity: 0 | 1 } | null>(null);
  const hovered = useRef<{ regionCode: string | null; category: MeasureCategory | null }>({ regionCode: null, category: null });

  const linkHover = useCallback(
    (segment: Segment<Highlight> | null) => {
      const region = segment?.annotations.find((h) => h.kind === 'region');
      const measure = segment?.annotations.find((h) => h.kind === 'measure');
      const next = {
        regionCode: region?.kind === 'region' ? region.region.code : null,
        category: measure?.kind === 'measure' ? measure.measure.category : null,
      };
      if (next.regionCode === hovered.current.regionCode && next.category === hovered.current.category) return;
      hovered.current = next;
      setHover(next);
    },
    [setHover],
  );

  const show = useCallback(
    (target: EventTarget | null) => {
      const element = target instanceof Element ? target.closest<HTMLElement>('[data-seg]') : null;
      const segment = element ? segmentsById[Number(element.dataset.seg)] : undefined;
      if (!element || !segment) {
        setTooltip(null);
        linkHover(null);
        return;
      }
      linkHover(segment);
      const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
      const viewportHeight = window.innerHeight || 800;
      const viewportWidth = window.innerWidth || 1280;
      const above = rect.bottom + 180 > viewportHeight && rect.top > 180;
      setTooltip({
        segment,
        left: Math.max(8, Math.min(rect.left, viewportWidth - 328)),
        top: above ? viewportHeight - rect.top + 6 : rect.bottom + 6,
        above,
      });
    },
    [segmentsById, linkHover],
  );

  const hide = useCallback(() => {
    setTooltip(null);
    linkHover(null);
  }, [linkHover]);

  // Leaving the article must not leave the map lit up by a highlight that is gone.
  useEffect(
    () => () => {
      if (hovered.current.regionCode === null && hovered.current.category === null) return;
      hovered.current = { regionCode: null, category: null };
      setHover(hovered.current);
    },
    [article.id, setHover],
  );

  useEffect(() => {
    if (!tooltip) return;
    const close = () => setTooltip(null);
    window.addEventListener('scroll', close, true);
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
    };
  }, [tooltip]);

  useEffect(() => {
    if (selectedMeasureIndex === null) return;
    const target = containerRef.current?.querySelector(`[data-measure-start="${selectedMeasureIndex}"]`);
    if (!target) return;
    target.scrollIntoView?.({ block: 'center' });
    setFlash({ index: selectedMeasureIndex, parity: (focusToken % 2) as 0 | 1 });
    const timer = window.setTimeout(() => setFlash(null), FLASH_MS);
    return () => window.clearTimeout(timer);
    // Re-run on a new focus request or a new article, not when the text merely re-renders.
  }, [focusToken, selectedMeasureIndex, article.id]);

  const onFocus = (event: SyntheticEvent) => {
    if (event.target === containerRef.current) return;
    (event.target as Element).setAttribute('aria-describedby', tooltipId);
    show(event.target);
  };
  const onBlur = (event: SyntheticEvent) => {
    if (event.target !== containerRef.current) (event.target as Element).removeAttribute('aria-describedby');
    hide();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      // The first Escape closes the explanation; with none open, it closes the article (see ArticlePanel).
      if (tooltip) {
        event.preventDefault();
        setTooltip(null);
      }
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity }[event.key];
    if (step === undefined || !containerRef.current) return;
    const starts = distinctStarts(containerRef.current);
    if (starts.length === 0) return;
    event.preventDefault();
    const current = starts.findIndex((element) => element.contains(document.activeElement));
    let next: number;
    if (step === -Infinity) next = 0;
    else if (step === Infinity) next = starts.length - 1;
    else if (current < 0) next = step > 0 ? 0 : starts.length - 1;
    else next = Math.min(starts.length - 1, Math.max(0, current + step));
    starts[next]?.focus();
    starts[next]?.scrollIntoView?.({ block: 'nearest' });
  };

  if (text.trim() === '') return <p className="empty-state">{t.emptyText}</p>;

  return (
    <>
      <div
        ref={containerRef}
        className="article-text"
        data-testid="article-text"
        lang={script === 'traditional' || (script === 'original' && article.script === 'traditional') ? 'zh-Hant' : 'zh-Hans'}
        tabIndex={0}
        role="region"
        aria-label={t.textLabel}
        onMouseOver={(event) => show(event.target)}
        onMouseLeave={hide}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      >
        <HighlightedText paragraphs={paragraphs} selectedMeasureIndex={selectedMeasureIndex} flash={flash} />
      </div>
      {tooltip && (
        <div
          id={tooltipId}
          role="tooltip"
          className={`hl-tooltip${tooltip.above ? ' hl-tooltip--above' : ''}`}
          data-testid="highlight-tooltip"
          style={tooltip.above ? { left: tooltip.left, bottom: tooltip.top } : { left: tooltip.left, top: tooltip.top }}
        >
          <HighlightDetails highlights={tooltip.segment.annotations} query={query} />
        </div>
      )}
    </>
  );
}

function indexParagraphs(text: string, highlights: readonly Highlight[]) {
  const segmentsById: Segment<Highlight>[] = [];
  const paragraphs: IndexedParagraph[] = splitParagraphs(segmentText(text, highlights)).map((paragraph) => {
    const firstId = segmentsById.length;
    segmentsById.push(...paragraph.segments);
    return { ...paragraph, firstId };
  });
  return { paragraphs, segmentsById };
}

/** Highlight starts in reading order, one per segment (nested highlights starting together count once). */
function distinctStarts(container: HTMLElement): HTMLElement[] {
  const seen = new Set<string>();
  const starts: HTMLElement[] = [];
  for (const element of container.querySelectorAll<HTMLElement>('[data-hl-start]')) {
    const id = element.dataset.seg ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    starts.push(element);
  }
  return starts;
}
