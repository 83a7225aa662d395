import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { format, useLang, useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import { selectArticleById, selectFilteredSelection, selectSelectedArticle, selectSelectedSummary } from '../../store/selectors';
import type { LaneMode } from '../../store/displaySlice';
import { isoDay } from '../../data/publishedInterval';
import { densityFromHistogram } from './densityBins';
import { selectArticlePositions, selectDensityHistogram, selectPlacedSelection, useTimeScale } from './hooks';
import { laneLabel } from './laneLabels';
import { laneGeometry, laneRows, layoutFrame, type LaneGeometry, type LaneRow, type TimelineLayout } from './layoutTimeline';
import { markAt, marksByLane } from './markHitTest';
import { anyMarkId } from './markIds';
import { isMeasureMark, type AnyMark } from './markShapes';
import { messages } from './messages';
import { elementWithAttribute, nextRovingId, type RovingItem } from './roving';
import { formatDate, formatPublished, formatRange } from './timeFormat';
import { isFullExtent, panDomain, zoomDomain, DAY, type Domain } from './timeScale';
import { TimelineAxis } from './TimelineAxis';
import { TimelineCanvas } from './TimelineCanvas';
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
/** Above this many marks they are drawn into a canvas, with only the focused, hovered and selected ones as SVG elements. */
const CANVAS_THRESHOLD = 300;

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
  const isEmpty = useExplorer((state) => selectFilteredSelection(state).positions.length === 0);
  const placed = useExplorer(selectPlacedSelection);
  const histogram = useExplorer(selectDensityHistogram);
  const articleById = useExplorer(selectArticleById);
  const positions = useExplorer(selectArticlePositions);
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
  const plan = placed.plan;
  const laneCount = plan.keys.length;
  const geometry = useMemo(() => laneGeometry(showMeasures, laneCount), [showMeasures, laneCount]);
  const lanes = useMemo(() => laneRows(plan, geometry), [plan, geometry]);
  const selectedPosition = selectedId === null ? null : (positions.get(selectedId) ?? null);
  const hoveredPosition = hoveredId === null ? null : (positions.get(hoveredId) ?? null);
  const pinned = useMemo(() => (selectedPosition === null ? [] : [selectedPosition]), [selectedPosition]);
  const layout = useMemo(
    () => layoutFrame(placed, scale, { geometry, markSize: MARK_SIZE, showMeasures, pinned }, lanes),
    [placed, scale, geometry, showMeasures, pinned, lanes],
  );
  const density = useMemo(() => densityFromHistogram(histogram, scale, layout.unit), [histogram, scale, layout.unit]);
  let densityMax = 1;
  for (const bin of density) densityMax = Math.max(densityMax, bin.count);
  const plotHeight = Math.max(layout.height, geometry.height);
  const svgHeight = LANES_TOP + plotHeight + 6;
  const canvasMode = layout.marks.length + layout.measures.length > CANVAS_THRESHOLD;

  const applyDomain = useCallback(
    (next: Domain) => setTimeDomain(isFullExtent(next, extent) ? null : [next[0], next[1]]),
    [extent, setTimeDomain],
  );
  useTimelineZoom(zoomRef, { extent, domain, innerWidth, height: svgHeight, onDomain: applyDomain });
  useDateBrush(brushRef, { scale, innerWidth, height: BRUSH_HEIGHT, from, to, onRange: setDateRange });

  const zoomBy = (factor: number) => applyDomain(zoomDomain(domain, factor, extent));

  // Roving focus: one mark is in the tab order; arrows move between marks.
  const [activeId, setActiveId] = useState<string | null>(null);
  const tabStop = useMemo(() => (activeId !== null ? findMark(layout, activeId) : null) ?? firstMark(layout), [layout, activeId]);
  const focusRequest = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusRequest.current;
    if (id === null) return;
    focusRequest.current = null;
    elementWithAttribute(svgRef.current, 'data-focus-id', id)?.focus();
  });

  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const [pointerMark, setPointerMark] = useState<AnyMark | null>(null);

  const describe = (mark: AnyMark): { title: string; lines: string[] } => {
    if (isMeasureMark(mark)) {
      const firstRef = mark.refs[0];
      const first = firstRef ? articleById.get(firstRef.articleId) : undefined;
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
  // Only marks drawn as SVG elements get a label, so a crowded timeline formats a handful per render.
  const labelOf = (mark: AnyMark) => {
    const { title, lines } = describe(mark);
    return [title, ...lines].join('. ');
  };

  const markX = (mark: AnyMark) => (isMeasureMark(mark) ? mark.x : mark.cx);
  const handlers = {
    onEnter: (mark: AnyMark) => {
      setTooltip({ x: margins.left + markX(mark), y: LANES_TOP + mark.y, ...describe(mark) });
      if (isMeasureMark(mark)) setHover({ articleId: mark.refs[0]?.articleId ?? null, category: mark.category });
      else if (mark.kind !== 'bin') setHover({ articleId: mark.articleId });
    },
    onLeave: () => {
      setTooltip(null);
      setHover({ articleId: null, category: null });
    },
    onActivate: (mark: AnyMark) => {
      setActiveId(anyMarkId(mark));
      if (isMeasureMark(mark)) {
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
        const mark = findMark(layout, id);
        if (mark) handlers.onActivate(mark);
        return;
      }
      if (event.key === 'Escape') {
        event.stopPropagation();
        svgRef.current?.focus();
        return;
      }
      if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
      event.preventDefault();
      event.stopPropagation();
      const next = nextRovingId(rovingItems(layout), id, event.key);
      if (!next) return;
      setActiveId(next);
      focusRequest.current = next;
      // Without a canvas every mark is already an element: focus it now, as the key is handled.
      elementWithAttribute(svgRef.current, 'data-focus-id', next)?.focus();
    },
  };

  // Canvas mode: the pointer is over the canvas, so the mark under it comes from the layout.
  const hitLanes = useMemo(() => (canvasMode ? marksByLane(layout) : null), [canvasMode, layout]);
  const markUnderPointer = (event: PointerEvent | MouseEvent) => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || !hitLanes) return null;
    return markAt(layout, hitLanes, geometry, event.clientX - box.left - margins.left, event.clientY - box.top - LANES_TOP);
  };
  const plotPointer = canvasMode
    ? {
        onPointerMove: (event: PointerEvent) => {
          const mark = markUnderPointer(event);
          if (mark === pointerMark) return;
          setPointerMark(mark);
          if (mark) handlers.onEnter(mark);
          else handlers.onLeave();
        },
        onPointerLeave: () => {
          if (pointerMark === null) return;
          setPointerMark(null);
          handlers.onLeave();
        },
        onClick: (event: MouseEvent) => {
          const mark = markUnderPointer(event);
          if (mark) handlers.onActivate(mark);
        },
      }
    : {};

  // Drawn as SVG over the canvas: the selected and hovered articles' marks, the mark under the pointer, and the tab stop.
  const { overlayMarks, canvasMarks } = useMemo(() => {
    if (!canvasMode) return { overlayMarks: [] as AnyMark[], canvasMarks: [] as AnyMark[] };
    const holds = (mark: AnyMark, position: number | null) => position !== null && ('holds' in mark ? mark.holds(position) : mark.position === position);
    const overlay: AnyMark[] = [];
    const rest: AnyMark[] = [];
    for (const mark of [...layout.marks, ...layout.measures]) {
      const raised = mark === tabStop || mark === pointerMark || holds(mark, selectedPosition) || holds(mark, hoveredPosition);
      (raised ? overlay : rest).push(mark);
    }
    return { overlayMarks: overlay, canvasMarks: rest };
  }, [canvasMode, layout, tabStop, pointerMark, selectedPosition, hoveredPosition]);

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
            <g ref={zoomRef} className={`timeline-zoom-area${canvasMode && pointerMark ? ' is-over-mark' : ''}`} {...plotPointer}>
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
                  <LaneBackgrounds lanes={layout.lanes} width={innerWidth} />
                  {canvasMode && <TimelineCanvas marks={canvasMarks} geometry={geometry} width={innerWidth} height={plotHeight} />}
                  <TimelineMarks
                    marks={canvasMode ? overlayMarks : allMarks(layout)}
                    geometry={geometry}
                    selectedPosition={selectedPosition}
                    hoveredPosition={hoveredPosition}
                    tabStop={tabStop}
                    hatchId={hatchId}
                    labelOf={labelOf}
                    handlers={handlers}
                    overlay={canvasMode}
                  />
                </g>
              </g>
            </g>
          </g>
          <LaneLabels lanes={layout.lanes} mode={mode} lang={lang} x={margins.left - 6} geometry={geometry} />
        </svg>
        {status === 'loading' && isEmpty && <div className="timeline-overlay empty-state">{t.loading}</div>}
        {status === 'error' && isEmpty && <div className="timeline-overlay empty-state">{t.loadError}</div>}
        {status === 'ready' && isEmpty && (
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

function allMarks(layout: TimelineLayout): AnyMark[] {
  return [...layout.marks, ...layout.measures];
}

function rovingItems(layout: TimelineLayout): RovingItem[] {
  return allMarks(layout).map((mark) => ({ id: anyMarkId(mark), row: mark.laneIndex, x: isMeasureMark(mark) ? mark.x : mark.cx }));
}

function findMark(layout: TimelineLayout, id: string): AnyMark | null {
  return allMarks(layout).find((mark) => anyMarkId(mark) === id) ?? null;
}

/** The first mark in reading order (top lane, then left to right), preferring article marks over measure glyphs. */
function firstMark(layout: TimelineLayout): AnyMark | null {
  let best: AnyMark | null = null;
  const before = (mark: AnyMark, other: AnyMark) => {
    const x = isMeasureMark(mark) ? mark.x : mark.cx;
    const otherX = isMeasureMark(other) ? other.x : other.cx;
    return mark.laneIndex < other.laneIndex || (mark.laneIndex === other.laneIndex && x < otherX);
  };
  for (const mark of layout.marks) if (!best || before(mark, best)) best = mark;
  if (best) return best;
  for (const mark of layout.measures) if (!best || before(mark, best)) best = mark;
  return best;
}

/** Lane stripes: unchanged while zooming, so they skip the per-frame render. */
const LaneBackgrounds = memo(function LaneBackgrounds({ lanes, width }: { lanes: readonly LaneRow[]; width: number }) {
  return (
    <>
      {lanes.map((lane) => (
        <rect key={lane.key} className={`timeline-lane${lane.index % 2 ? ' is-odd' : ''}`} y={lane.y} width={width} height={lane.height} />
      ))}
    </>
  );
});

interface LaneLabelProps {
  lanes: readonly LaneRow[];
  mode: LaneMode;
  lang: ReturnType<typeof useLang>;
  x: number;
  geometry: LaneGeometry;
}

const LaneLabels = memo(function LaneLabels({ lanes, mode, lang, x, geometry }: LaneLabelProps) {
  return (
    <g className="timeline-lane-labels" transform={`translate(0,${LANES_TOP})`} aria-hidden="true">
      {lanes.map((lane) => {
        const label = laneLabel(lane.key, mode, lang);
        return (
          <text key={lane.key} x={x} y={lane.y + geometry.pointY} dy="0.35em" textAnchor="end">
            <title>{`${label} (${lane.count})`}</title>
            {label}
          </text>
        );
      })}
    </g>
  );
});
