import { useCallback, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { format, useLang, useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import {
  selectArticleById,
  selectArticlesIgnoringDate,
  selectFilteredArticles,
  selectSelectedArticle,
  selectSelectedSummary,
} from '../../store/selectors';
import { isoDay } from '../../data/publishedInterval';
import { selectLanePlan, selectMeasurePredicate, useTimeScale } from './hooks';
import { laneLabel } from './laneLabels';
import { densityBins, laneGeometry, layoutTimeline, type MeasureMark, type TimelineMark } from './layoutTimeline';
import { markId, measureMarkId } from './markIds';
import { messages } from './messages';
import { elementWithAttribute, nextRovingId, type RovingItem } from './roving';
import { formatDate, formatPublished, formatRange } from './timeFormat';
import { isFullExtent, panDomain, zoomDomain, DAY, type Domain } from './timeScale';
import { TimelineAxis } from './TimelineAxis';
import { TimelineMarks } from './TimelineMarks';
import { TimelineToolbar } from './TimelineToolbar';
import { useDateBrush } from './useDateBrush';
import { useElementWidth } from '../hooks/useElementWidth';
import { useSettledValue } from '../hooks/useSettledValue';
import { useTimelineZoom } from './useTimelineZoom';
import './Timeline.css';
import { categoryLabel, directionLabel } from '../../i18n/measureLabels';

const BRUSH_HEIGHT = 22;
const AXIS_Y = BRUSH_HEIGHT + 26;
const LANES_TOP = AXIS_Y + 6;
const MARK_SIZE = 10;
const ZOOM_STEP = 1.6;
const ANNOUNCE_SETTLE_MS = 700;

interface Tooltip {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

/**
 * The articles over time, one lane per province or measure category, with a
 * date brush, zoom and pan kept in the store, and the selected article's
 * mentioned dates as secondary ticks.
 */
export function Timeline() {
  const t = useMessages(messages);
  const lang = useLang();
  const tooltipId = useId();
  const hatchId = `${useId().replace(/:/g, '')}-hatch`;
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const zoomRef = useRef<SVGGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  const status = useExplorer((state) => state.corpusStatus);
  const articles = useExplorer(selectFilteredArticles);
  const contextArticles = useExplorer(selectArticlesIgnoringDate);
  const articleById = useExplorer(selectArticleById);
  const plan = useExplorer(selectLanePlan);
  const measureMatches = useExplorer(selectMeasurePredicate);
  const mode = useExplorer((state) => state.display.lanes);
  const showMeasures = useExplorer((state) => state.display.showMeasures);
  const from = useExplorer((state) => state.filters.from);
  const to = useExplorer((state) => state.filters.to);
  const selectedId = useExplorer((state) => (selectSelectedSummary(state) ? state.selectedArticleId : null));
  const selected = useExplorer(selectSelectedArticle);
  const hoveredId = useExplorer((state) => state.hover.articleId);
  const setTimeDomain = useExplorer((state) => state.setTimeDomain);
  const setDateRange = useExplorer((state) => state.setDateRange);
  const setHover = useExplorer((state) => state.setHover);
  const selectArticle = useExplorer((state) => state.selectArticle);
  const resetFilters = useExplorer((state) => state.resetFilters);

  const { scale, domain, extent, margins, innerWidth } = useTimeScale(width);
  const laneCount = plan.keys.length;
  const geometry = useMemo(() => laneGeometry(showMeasures, laneCount), [showMeasures, laneCount]);
  const pinned = useMemo(() => new Set(selectedId ? [selectedId] : []), [selectedId]);
  const layout = useMemo(
    () => layoutTimeline(articles, scale, { plan, geometry, markSize: MARK_SIZE, showMeasures, measureMatches, pinned }),
    [articles, scale, plan, geometry, showMeasures, measureMatches, pinned],
  );
  const density = useMemo(() => densityBins(contextArticles, scale, layout.unit), [contextArticles, scale, layout.unit]);
  const densityMax = Math.max(1, ...density.map((bin) => bin.count));
  const plotHeight = Math.max(layout.height, geometry.height);
  const svgHeight = LANES_TOP + plotHeight + 6;

  const applyDomain = useCallback(
    (next: Domain) => setTimeDomain(isFullExtent(next, extent) ? null : [next[0], next[1]]),
    [extent, setTimeDomain],
  );
  useTimelineZoom(zoomRef, { extent, domain, innerWidth, height: svgHeight, onDomain: applyDomain });
  useDateBrush(brushRef, { scale, innerWidth, height: BRUSH_HEIGHT, from, to, onRange: setDateRange });

  const zoomBy = (factor: number) => applyDomain(zoomDomain(domain, factor, extent));

  // Roving focus: one mark is in the tab order; arrows move between marks.
  const rovingItems = useMemo<RovingItem[]>(
    () => [
      ...layout.marks.map((mark) => ({ id: markId(mark), row: mark.laneIndex, x: mark.cx })),
      ...layout.measures.map((mark) => ({ id: measureMarkId(mark), row: plan.keys.indexOf(mark.lane), x: mark.x })),
    ],
    [layout, plan],
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const tabStopId =
    activeId !== null && rovingItems.some((item) => item.id === activeId)
      ? activeId
      : ([...rovingItems].sort((a, b) => a.row - b.row || a.x - b.x)[0]?.id ?? null);

  const [tooltip, setTooltip] = useState<Tooltip | null>(null);


  const describe = (mark: TimelineMark | MeasureMark): { title: string; lines: string[] } => {
    if ('refs' in mark) {
      const first = mark.refs[0] ? articleById.get(mark.refs[0].articleId) : undefined;
      return {
        title: format(t.measureMark, { category: categoryLabel(mark.category, lang), direction: directionLabel(mark.direction, lang), count: mark.count }),
        lines: [...(first ? [first.title] : []), ...(mark.more > 0 ? [format(t.moreMeasures, { count: mark.more })] : [])],
      };
    }
    if (mark.kind === 'bin') {
      const canZoom = !mark.span && mark.unit !== 'day';
      return {
        title: format(t.binArticles, { count: mark.count }),
        lines: [formatRange(mark.start, mark.end, lang), canZoom ? t.binZoom : t.binFilter],
      };
    }
    const article = articleById.get(mark.articleId);
    if (!article?.published) return { title: mark.articleId, lines: [] };
    const notes = [
      mark.precision === 'month' ? t.precisionMonth : mark.precision === 'year' ? t.precisionYear : null,
      article.published.inferred ? t.inferred : null,
    ].filter((note): note is string => note !== null);
    return {
      title: article.title,
      lines: [
        notes.length > 0 ? `${formatPublished(article.published, lang)} (${notes.join(', ')})` : formatPublished(article.published, lang),
        article.source ?? t.noSource,
        format(t.measureCount, { count: article.measures.length }),
      ],
    };
  };
  const labelOf = (mark: TimelineMark | MeasureMark) => {
    const { title, lines } = describe(mark);
    return [title, ...lines].join('. ');
  };

  const markX = (mark: TimelineMark | MeasureMark) => ('refs' in mark ? mark.x : mark.cx);
  const handlers = {
    onEnter: (mark: TimelineMark | MeasureMark, _event: PointerEvent | FocusEvent) => {
      setTooltip({ x: margins.left + markX(mark), y: LANES_TOP + mark.y, ...describe(mark) });
      if ('refs' in mark) setHover({ articleId: mark.refs[0]?.articleId ?? null, category: mark.category });
      else if (mark.kind !== 'bin') setHover({ articleId: mark.articleId });
    },
    onLeave: () => {
      setTooltip(null);
      setHover({ articleId: null, category: null });
    },
    onActivate: (mark: TimelineMark | MeasureMark) => {
      setActiveId('refs' in mark ? measureMarkId(mark) : markId(mark));
      if ('refs' in mark) {
        const ref = mark.refs[0];
        if (ref) selectArticle(ref.articleId, ref.measureIndex);
        return;
      }
      if (mark.kind !== 'bin') {
        selectArticle(mark.articleId);
        return;
      }
      if (mark.span || mark.unit === 'day') {
        setDateRange(isoDay(mark.start), isoDay(mark.end - DAY));
        return;
      }
      const pad = (mark.end - mark.start) * 0.25;
      applyDomain(zoomDomain([mark.start - pad, mark.end + pad], 1, extent));
    },
    onKeyDown: (id: string, event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        const mark = [...layout.marks, ...layout.measures].find((entry) => ('refs' in entry ? measureMarkId(entry) : markId(entry)) === id);
        if (mark) handlers.onActivate(mark);
        return;
      }
      if (event.key === 'Escape') {
        event.stopPropagation();
        svgRef.current?.focus();
        return;
      }
      const next = nextRovingId(rovingItems, id, event.key);
      if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
      event.preventDefault();
      event.stopPropagation();
      if (!next) return;
      setActiveId(next);
      elementWithAttribute(svgRef.current, 'data-focus-id', next)?.focus();
    },
  };

  const onSvgKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const key = event.key;
    if (key === '+' || key === '=') zoomBy(ZOOM_STEP);
    else if (key === '-' || key === '_') zoomBy(1 / ZOOM_STEP);
    else if (key === '0') setTimeDomain(null);
    else if (event.target === event.currentTarget && (key === 'ArrowLeft' || key === 'ArrowRight'))
      applyDomain(panDomain(domain, key === 'ArrowLeft' ? -0.1 : 0.1, extent));
    else return;
    event.preventDefault();
  };

  const onBrushKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter') setDateRange(isoDay(domain[0]), isoDay(domain[1] - DAY));
    else if (event.key === 'Delete' || event.key === 'Backspace') setDateRange(null, null);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const brushState = from !== null || to !== null ? format(t.brushRange, { from: from ?? '…', to: to ?? '…' }) : t.brushNone;
  const mentioned = selected?.dates ?? [];
  // The result count is announced with the filters; this says only what the timeline itself shows, once it stops moving.
  const settledAnnouncement = useSettledValue(
    `${brushState}. ${format(t.visibleRange, { from: formatDate(domain[0], 'day', lang), to: formatDate(domain[1] - DAY, 'day', lang) })}`,
    ANNOUNCE_SETTLE_MS,
  );

  return (
    <section className="timeline" data-testid="timeline" aria-label={t.title}>
      <TimelineToolbar undated={layout.undated} domain={domain} extent={extent} onZoom={zoomBy} onPan={(fraction) => applyDomain(panDomain(domain, fraction, extent))} />
      <div className="timeline-plot" ref={containerRef}>
        <svg
          ref={svgRef}
          data-testid="timeline-svg"
          className="timeline-svg"
          width={width}
          height={svgHeight}
          role="group"
          aria-label={t.svgLabel}
          tabIndex={0}
          onKeyDown={onSvgKeyDown}
        >
          <defs>
            <pattern id={hatchId} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width={5} height={5} className="timeline-hatch-bg" />
              <line x1={0} y1={0} x2={0} y2={5} className="timeline-hatch-line" />
            </pattern>
            <clipPath id={`${hatchId}-clip`}>
              <rect x={-2} y={-LANES_TOP} width={innerWidth + 4} height={svgHeight + LANES_TOP} />
            </clipPath>
          </defs>
          <g transform={`translate(${margins.left},0)`}>
            <g
              className="timeline-brush"
              data-testid="timeline-brush"
              tabIndex={0}
              role="group"
              aria-label={`${t.brushLabel}. ${brushState}`}
              data-from={from ?? undefined}
              data-to={to ?? undefined}
              onKeyDown={onBrushKeyDown}
            >
              <rect className="timeline-brush-bg" width={innerWidth} height={BRUSH_HEIGHT} />
              <g aria-hidden="true">
                {density.map((bin) => {
                  const h = Math.max(1, (bin.count / densityMax) * (BRUSH_HEIGHT - 4));
                  return <rect key={bin.start} className="timeline-density" x={bin.x0} width={Math.max(1, bin.x1 - bin.x0 - 0.5)} y={BRUSH_HEIGHT - h} height={h} />;
                })}
              </g>
              <g ref={brushRef} />
            </g>
            <g ref={zoomRef} className="timeline-zoom-area">
              <rect className="timeline-zoom-bg" y={BRUSH_HEIGHT + 2} width={innerWidth} height={svgHeight - BRUSH_HEIGHT - 2} />
              <g clipPath={`url(#${hatchId}-clip)`}>
                <TimelineAxis
                  scale={scale}
                  y={AXIS_Y}
                  guideHeight={svgHeight - AXIS_Y}
                  mentioned={mentioned}
                  mentionedLabel={t.mentionedDate}
                  onTickHover={(text, x) => setTooltip(text ? { x: margins.left + x, y: AXIS_Y, title: text, lines: [] } : null)}
                />
                <g transform={`translate(0,${LANES_TOP})`}>
                  {layout.lanes.map((lane) => (
                    <rect key={lane.key} className={`timeline-lane${lane.index % 2 ? ' is-odd' : ''}`} y={lane.y} width={innerWidth} height={lane.height} />
                  ))}
                  <TimelineMarks
                    layout={layout}
                    geometry={geometry}
                    selectedId={selectedId}
                    hoveredId={hoveredId}
                    tabStopId={tabStopId}
                    hatchId={hatchId}
                    labelOf={labelOf}
                    handlers={handlers}
                  />
                </g>
              </g>
            </g>
          </g>
          <g className="timeline-lane-labels" transform={`translate(0,${LANES_TOP})`} aria-hidden="true">
            {layout.lanes.map((lane) => {
              const label = laneLabel(lane.key, mode, lang);
              return (
                <text key={lane.key} x={margins.left - 6} y={lane.y + geometry.pointY} dy="0.35em" textAnchor="end">
                  <title>{`${label} (${lane.count})`}</title>
                  {label}
                </text>
              );
            })}
          </g>
        </svg>
        {status === 'loading' && articles.length === 0 && <div className="timeline-overlay empty-state">{t.loading}</div>}
        {status === 'error' && articles.length === 0 && <div className="timeline-overlay empty-state">{t.loadError}</div>}
        {status === 'ready' && articles.length === 0 && (
          <div className="timeline-overlay empty-state">
            {t.empty} —{' '}
            <button type="button" className="button" onClick={resetFilters}>
              {t.reset}
            </button>
          </div>
        )}
        {tooltip && (
          <div
            id={tooltipId}
            role="tooltip"
            className="timeline-tooltip"
            style={{ left: Math.min(Math.max(4, tooltip.x - 120), Math.max(4, width - 244)), top: tooltip.y + 14 }}
          >
            <strong>{tooltip.title}</strong>
            {tooltip.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {settledAnnouncement}
      </p>
    </section>
  );
}
