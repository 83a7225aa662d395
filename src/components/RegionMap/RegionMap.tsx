import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { COUNTRY_CODE } from '../../model';
import { format, localeOf, useLang, useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import { selectSelectedSummary } from '../../store/selectors';
import { regionContains } from '../../data/regionScope';
import { useElementWidth } from '../hooks/useElementWidth';
import { COUNTRY_GEO_PATH, hasPrefectureMap, prefectureGeoPath, type GeoLayer } from './geoData';
import {
  articleHighlight,
  choropleth,
  fitProjection,
  mapFrame,
  metricValue,
  neighbourInDirection,
  projectRegions,
  shadeRegions,
  type Direction,
  type RegionMark,
} from './mapLayout';
import { MapLegend } from './MapLegend';
import { MapTooltip } from './MapTooltip';
import { messages } from './messages';
import { NanhaiInset } from './NanhaiInset';
import { NO_COUNT } from '../../data/regionCounts';
import { chineseName, englishName } from './regionNames';
import { countText, formatCount, useRegionCounts } from './useRegionData';
import { useGeoLayer } from './useGeo';
import './RegionMap.css';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

interface TooltipState {
  code: string;
  x: number;
  y: number;
}

/**
 * Choropleth of China by province (or one province by prefecture) for the
 * current filters, ignoring the region filter so every region stays clickable.
 */
export function RegionMap() {
  const t = useMessages(messages);
  const focus = useExplorer((state) => state.display.mapFocus);
  const setDisplay = useExplorer((state) => state.setDisplay);
  const focusCode = focus !== null && hasPrefectureMap(focus) ? focus : null;

  const country = useGeoLayer(COUNTRY_GEO_PATH, 'provinces');
  const prefectures = useGeoLayer(focusCode ? prefectureGeoPath(focusCode) : null, 'regions');
  const state = focusCode ? prefectures : country;

  const [containerRef, width] = useElementWidth<HTMLDivElement>(340);
  // Opening or leaving a province from the keyboard swaps the layer; focus follows into the new one.
  const pendingFocus = useRef<{ code: string | null } | null>(null);

  return (
    <div className="region-map" ref={containerRef}>
      <MapToolbar focusCode={focusCode} onBack={() => setDisplay({ mapFocus: null })} />
      {state.status === 'ready' ? (
        <MapCanvas layer={state.layer} focusCode={focusCode} width={width} containerRef={containerRef} pendingFocus={pendingFocus} />
      ) : state.status === 'error' ? (
        <div className="region-map__placeholder" role="alert" data-testid="map-load-error" style={{ height: mapFrame(width, false).height }}>
          <p>{format(t.loadFailed, { message: state.message })}</p>
          <button type="button" className="button" onClick={state.retry}>
            {t.retry}
          </button>
        </div>
      ) : (
        <div className="region-map__placeholder" role="status" aria-busy="true" data-testid="map-loading" style={{ height: mapFrame(width, false).height }}>
          {t.loading}
        </div>
      )}
      <span className="visually-hidden" aria-live="polite">
        {state.status === 'ready' && focusCode ? format(t.prefectureMapLabel, { province: chineseName(focusCode) }) : ''}
      </span>
    </div>
  );
}

function MapToolbar({ focusCode, onBack }: { focusCode: string | null; onBack: () => void }) {
  const t = useMessages(messages);
  const locale = localeOf(useLang());
  const metric = useExplorer((state) => state.display.mapMetric);
  const setDisplay = useExplorer((state) => state.setDisplay);
  const region = useExplorer((state) => state.filters.region);
  const setRegion = useExplorer((state) => state.setRegion);
  const setHover = useExplorer((state) => state.setHover);
  const selectedIsNational = useExplorer((state) => {
    const article = selectSelectedSummary(state);
    return article ? articleHighlight(article, []).national : false;
  });
  const nationalCounts = useRegionCounts().get(COUNTRY_CODE) ?? NO_COUNT;
  const zoomTarget = focusCode === null && region !== null && region !== COUNTRY_CODE ? `${region.slice(0, 2)}0000` : null;

  return (
    <div className="region-map__toolbar">
      {focusCode ? (
        <button type="button" className="button" data-testid="map-back" onClick={onBack}>
          {t.back}
        </button>
      ) : (
        zoomTarget &&
        hasPrefectureMap(zoomTarget) && (
          <button
            type="button"
            className="button"
            data-testid="map-zoom"
            onClick={() => setDisplay({ mapFocus: zoomTarget })}
          >
            {format(t.zoomInto, { province: chineseName(zoomTarget) })}
          </button>
        )
      )}
      <button
        type="button"
        className={`button region-map__national${selectedIsNational ? ' region-map__national--article' : ''}`}
        data-testid="map-national"
        aria-pressed={region === COUNTRY_CODE}
        onClick={() => setRegion(region === COUNTRY_CODE ? null : COUNTRY_CODE)}
        onMouseEnter={() => setHover({ regionCode: COUNTRY_CODE })}
        onMouseLeave={() => setHover({ regionCode: null })}
        onFocus={() => setHover({ regionCode: COUNTRY_CODE })}
        onBlur={() => setHover({ regionCode: null })}
        title={`${countText(t, 'articles', nationalCounts.articles, locale)} · ${countText(t, 'measures', nationalCounts.measures, locale)}`}
      >
        {t.national}: {formatCount(metricValue(nationalCounts, metric), locale)}
      </button>
      <div className="region-map__metric" role="group" aria-label={t.metric}>
        {(['articles', 'measures'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="button"
            aria-pressed={metric === option}
            onClick={() => setDisplay({ mapMetric: option })}
          >
            {t[option]}
          </button>
        ))}
      </div>
    </div>
  );
}

interface CanvasProps {
  layer: GeoLayer;
  focusCode: string | null;
  width: number;
  containerRef: React.RefObject<HTMLDivElement | null>;
  pendingFocus: React.RefObject<{ code: string | null } | null>;
}

function MapCanvas({ layer, focusCode, width, containerRef, pendingFocus }: CanvasProps) {
  const t = useMessages(messages);
  const uiLang = useLang();
  const locale = localeOf(uiLang);
  const ids = useId();
  const hatchId = `${ids}-hatch`;
  const tooltipId = `${ids}-tooltip`;

  const metric = useExplorer((state) => state.display.mapMetric);
  const region = useExplorer((state) => state.filters.region);
  const setRegion = useExplorer((state) => state.setRegion);
  const setDisplay = useExplorer((state) => state.setDisplay);
  const hoverCode = useExplorer((state) => state.hover.regionCode);
  const setHover = useExplorer((state) => state.setHover);
  const corpusReady = useExplorer((state) => state.corpusStatus === 'ready');
  const corpusLoading = useExplorer((state) => state.corpusStatus === 'loading' && state.articles.length === 0);
  const resetFilters = useExplorer((state) => state.resetFilters);
  const selectedArticle = useExplorer(selectSelectedSummary);

  const codes = useMemo(() => layer.regions.map((entry) => entry.id), [layer]);
  const counts = useRegionCounts();
  const frame = useMemo(() => mapFrame(width, focusCode === null && layer.nanhaiFrame !== null), [width, focusCode, layer]);
  const projection = useMemo(() => fitProjection(frame, layer.regions), [layer, frame]);
  const scale = useMemo(
    () => choropleth(codes.map((code) => metricValue(counts.get(code) ?? NO_COUNT, metric))),
    [codes, counts, metric],
  );
  const shapes = useMemo(() => projectRegions(layer.regions, projection), [layer, projection]);
  const marks = useMemo(() => shadeRegions(shapes, counts, metric, scale.color), [shapes, counts, metric, scale]);
  const highlight = useMemo(() => articleHighlight(selectedArticle, codes), [selectedArticle, codes]);

  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  const [keyboardCode, setKeyboardCode] = useState<string | null>(null);
  const pathRefs = useRef(new Map<string, SVGPathElement>());

  const rovingCode =
    keyboardCode && codes.includes(keyboardCode)
      ? keyboardCode
      : (codes.find((code) => region !== null && regionContains(code, region)) ??
        [...marks].sort((a, b) => b.value - a.value || a.code.localeCompare(b.code))[0]?.code ??
        null);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const code = pending.code !== null && codes.includes(pending.code) ? pending.code : rovingCode;
    if (code !== null) pathRefs.current.get(code)?.focus();
    // Runs when a new layer arrives; rovingCode is read at that moment on purpose.
  }, [layer]);

  const nameOf = (code: string) => chineseName(code);
  const subtitleOf = (mark: RegionMark) => (uiLang === 'en' ? (englishName(mark.code) ?? mark.nameEn) : null);

  const activate = (code: string) => setRegion(region === code ? null : code);
  const zoomInto = (code: string) => {
    if (focusCode !== null || !hasPrefectureMap(code)) return;
    if (region === null || !regionContains(code, region)) setRegion(code);
    setHover({ regionCode: null });
    setTooltip(null);
    setDisplay({ mapFocus: code });
  };

  const showTooltipAt = (code: string, event: MouseEvent) => {
    const box = containerRef.current?.getBoundingClientRect();
    setTooltip({ code, x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) });
  };
  const svgTop = () => {
    const svg = containerRef.current?.querySelector('svg');
    const box = containerRef.current?.getBoundingClientRect();
    return svg && box ? svg.getBoundingClientRect().top - box.top : 0;
  };

  const handlers = (mark: RegionMark) => ({
    onMouseEnter: (event: MouseEvent) => {
      setHover({ regionCode: mark.code });
      showTooltipAt(mark.code, event);
    },
    onMouseMove: (event: MouseEvent) => showTooltipAt(mark.code, event),
    onMouseLeave: () => {
      setHover({ regionCode: null });
      setTooltip(null);
    },
    onClick: (event: MouseEvent) => {
      if (event.detail <= 1) activate(mark.code);
    },
    onDoubleClick: () => zoomInto(mark.code),
  });

  const onKeyDown = (mark: RegionMark) => (event: KeyboardEvent<SVGPathElement>) => {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const next = neighbourInDirection(marks, mark.code, direction);
      if (next) {
        setKeyboardCode(next);
        pathRefs.current.get(next)?.focus();
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(mark.code);
    } else if (event.key === '+' || event.key === '=') {
      if (focusCode === null && hasPrefectureMap(mark.code)) pendingFocus.current = { code: null };
      zoomInto(mark.code);
    } else if (event.key === 'Escape' || event.key === '-') {
      if (focusCode !== null) {
        pendingFocus.current = { code: focusCode };
        setDisplay({ mapFocus: null });
      }
    }
  };

  // Paths get stable handlers that reach the current state, so a filter change re-renders only the paths whose fill or counts changed.
  const latest = useRef({ marks, handlers, onKeyDown, svgTop });
  latest.current = { marks, handlers, onKeyDown, svgTop };
  const pathEvents = useMemo<PathEvents>(() => {
    const markOf = (code: string) => latest.current.marks.find((mark) => mark.code === code);
    const withMark = <E,>(handle: (mark: RegionMark, event: E) => void) => (code: string, event: E) => {
      const mark = markOf(code);
      if (mark) handle(mark, event);
    };
    return {
      ref: (code, element) => {
        if (element) pathRefs.current.set(code, element);
        else pathRefs.current.delete(code);
      },
      onKeyDown: withMark((mark, event: KeyboardEvent<SVGPathElement>) => latest.current.onKeyDown(mark)(event)),
      onFocus: withMark((mark) => {
        setKeyboardCode(mark.code);
        setHover({ regionCode: mark.code });
        setTooltip({ code: mark.code, x: mark.centroid[0], y: mark.centroid[1] + latest.current.svgTop() });
      }),
      onBlur: () => {
        setHover({ regionCode: null });
        setTooltip(null);
      },
      onMouseEnter: withMark((mark, event: MouseEvent) => latest.current.handlers(mark).onMouseEnter(event)),
      onMouseMove: withMark((mark, event: MouseEvent) => latest.current.handlers(mark).onMouseMove(event)),
      onMouseLeave: withMark((mark) => latest.current.handlers(mark).onMouseLeave()),
      onClick: withMark((mark, event: MouseEvent) => latest.current.handlers(mark).onClick(event)),
      onDoubleClick: withMark((mark) => latest.current.handlers(mark).onDoubleClick()),
    };
  }, [setHover]);

  const tooltipMark = tooltip ? marks.find((mark) => mark.code === tooltip.code) : undefined;
  const emphasised = marks.filter(
    (mark) =>
      mark.code === region ||
      (region !== null && region !== mark.code && regionContains(mark.code, region)) ||
      (hoverCode !== null && regionContains(mark.code, hoverCode)) ||
      highlight.mentioned.has(mark.code),
  );
  const label = focusCode ? format(t.prefectureMapLabel, { province: nameOf(focusCode) }) : t.mapLabel;

  return (
    <>
      <svg
        className="region-map__svg"
        data-testid="region-map"
        width={frame.width}
        height={frame.height}
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="group"
        aria-label={label}
      >
        <defs>
          <pattern id={hatchId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="5" className="region-map__hatch-line" />
          </pattern>
        </defs>
        <g>
          {marks.map((mark) => (
            <RegionPath
              key={mark.code}
              mark={mark}
              highlight={highlight.primary.has(mark.code) ? 'primary' : highlight.mentioned.has(mark.code) ? 'mentioned' : undefined}
              tabStop={mark.code === rovingCode}
              pressed={region === mark.code}
              label={format(t.regionAria, {
                name: [subtitleOf(mark), nameOf(mark.code)].filter(Boolean).join(' '),
                articles: countText(t, 'articles', mark.count.articles, locale),
                measures: countText(t, 'measures', mark.count.measures, locale),
              })}
              describedBy={tooltip?.code === mark.code ? tooltipId : undefined}
              events={pathEvents}
            />
          ))}
        </g>
        <g aria-hidden="true" className="region-map__overlays">
          {emphasised.map((mark) => {
            const classes = ['region-map__overlay'];
            if (highlight.mentioned.has(mark.code)) classes.push('region-map__overlay--article');
            if (highlight.primary.has(mark.code)) classes.push('region-map__overlay--primary');
            if (hoverCode !== null && regionContains(mark.code, hoverCode)) classes.push('region-map__overlay--hover');
            if (mark.code === region) classes.push('region-map__overlay--filter');
            else if (region !== null && regionContains(mark.code, region)) classes.push('region-map__overlay--filter-within');
            return (
              <path
                key={mark.code}
                d={mark.d}
                className={classes.join(' ')}
                fill={
                  highlight.mentioned.has(mark.code)
                    ? `url(#${hatchId})`
                    : hoverCode !== null && regionContains(mark.code, hoverCode)
                      ? 'rgb(255 255 255 / 0.35)'
                      : 'none'
                }
              />
            );
          })}
        </g>
        {marks
          .filter((mark) => mark.code === region)
          .map((mark) => (
            // A light line inside the dark outline keeps the filtered region visible on the darkest fills.
            <path key={mark.code} d={mark.d} className="region-map__overlay-casing" aria-hidden="true" />
          ))}
        <g className="region-map__markers">
          {marks
            .filter((mark) => mark.marker)
            .map((mark) => (
              <g key={mark.code} aria-hidden="true">
                <line
                  x1={mark.centroid[0]}
                  y1={mark.centroid[1]}
                  x2={mark.marker![0]}
                  y2={mark.marker![1]}
                  className="region-map__marker-leader"
                />
                <circle
                  cx={mark.marker![0]}
                  cy={mark.marker![1]}
                  r={5}
                  fill={mark.fill}
                  className={`region-map__marker${region === mark.code ? ' region-map__marker--filter' : ''}${
                    highlight.mentioned.has(mark.code) ? ' region-map__marker--article' : ''
                  }`}
                  {...handlers(mark)}
                />
              </g>
            ))}
        </g>
        {frame.inset && layer.nanhaiFrame && (
          <NanhaiInset box={frame.inset} parts={layer.nanhai} frame={layer.nanhaiFrame} label={t.southChinaSea} />
        )}
      </svg>
      {tooltip && tooltipMark && (
        <MapTooltip
          id={tooltipId}
          x={tooltip.x}
          y={tooltip.y}
          containerWidth={frame.width}
          title={nameOf(tooltipMark.code)}
          subtitle={subtitleOf(tooltipMark)}
          lines={[
            countText(t, 'articles', tooltipMark.count.articles, locale),
            countText(t, 'measures', tooltipMark.count.measures, locale),
          ]}
          hint={
            focusCode === null && hasPrefectureMap(tooltipMark.code) ? `${t.clickHint} · ${t.zoomHint}` : t.clickHint
          }
        />
      )}
      <MapLegend
        choropleth={scale}
        title={metric === 'articles' ? t.articles : t.measures}
        zeroLabel={t.legendZero}
        filterKey={t.keyFilter}
        articleKey={t.keyArticle}
        showArticleKey={selectedArticle !== null}
        locale={locale}
      />
      {corpusLoading && (
        <p className="region-map__empty" role="status" data-testid="map-articles-loading">
          {t.loadingArticles}
        </p>
      )}
      {corpusReady && focusCode === null && scale.max === 0 && (
        <p className="region-map__empty">
          {t.noneOnMap}{' '}
          <button type="button" className="button" onClick={resetFilters}>
            {t.resetFilters}
          </button>
        </p>
      )}
    </>
  );
}

interface PathEvents {
  ref: (code: string, element: SVGPathElement | null) => void;
  onKeyDown: (code: string, event: KeyboardEvent<SVGPathElement>) => void;
  onFocus: (code: string, event: unknown) => void;
  onBlur: () => void;
  onMouseEnter: (code: string, event: MouseEvent) => void;
  onMouseMove: (code: string, event: MouseEvent) => void;
  onMouseLeave: (code: string, event: unknown) => void;
  onClick: (code: string, event: MouseEvent) => void;
  onDoubleClick: (code: string, event: unknown) => void;
}

interface RegionPathProps {
  mark: RegionMark;
  highlight: 'primary' | 'mentioned' | undefined;
  tabStop: boolean;
  pressed: boolean;
  label: string;
  describedBy: string | undefined;
  events: PathEvents;
}

const sameRegionPath = (a: RegionPathProps, b: RegionPathProps) =>
  a.mark.code === b.mark.code &&
  a.mark.d === b.mark.d &&
  a.mark.fill === b.mark.fill &&
  a.mark.value === b.mark.value &&
  a.highlight === b.highlight &&
  a.tabStop === b.tabStop &&
  a.pressed === b.pressed &&
  a.label === b.label &&
  a.describedBy === b.describedBy &&
  a.events === b.events;

/** One clickable region of the map. */
const RegionPath = memo(function RegionPath({ mark, highlight, tabStop, pressed, label, describedBy, events }: RegionPathProps) {
  const { code } = mark;
  return (
    <path
      ref={(element) => events.ref(code, element)}
      d={mark.d}
      fill={mark.fill}
      className="region-map__region"
      data-testid={`map-region-${code}`}
      data-count={mark.value}
      data-article={highlight}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-pressed={pressed}
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={(event) => events.onKeyDown(code, event)}
      onFocus={(event) => events.onFocus(code, event)}
      onBlur={events.onBlur}
      onMouseEnter={(event) => events.onMouseEnter(code, event)}
      onMouseMove={(event) => events.onMouseMove(code, event)}
      onMouseLeave={(event) => events.onMouseLeave(code, event)}
      onClick={(event) => events.onClick(code, event)}
      onDoubleClick={(event) => events.onDoubleClick(code, event)}
    />
  );
}, sameRegionPath);
