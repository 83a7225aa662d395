import { memo, useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { format, useLang, useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import { selectFilteredSelection } from '../../store/selectors';
import { wantedPairs } from '../../data/measureColumns';
import { selectLanePlan, useTimeScale } from '../Timeline/hooks';
import { laneLabel } from '../Timeline/laneLabels';
import { elementWithAttribute, nextRovingId } from '../Timeline/roving';
import { formatDate } from '../Timeline/timeFormat';
import { useElementWidth } from '../hooks/useElementWidth';
import { DIRECTION_GLYPHS, RELAX_COLOR, TIGHTEN_COLOR } from '../theme';
import { BALANCE_GLYPHS, balanceOf, cellFill, layoutBand, type BandCell, type PeriodUnit } from './bandLayout';
import { BandSentences } from './BandSentences';
import { messages } from './messages';
import './PolicyBand.css';

const ROW_HEIGHT = 18;

function periodLabel(cell: BandCell, unit: PeriodUnit, lang: 'zh' | 'en'): string {
  if (unit === 'month') return formatDate(cell.start, 'month', lang);
  if (unit === 'quarter') {
    const quarter = Math.floor(new Date(cell.start).getUTCMonth() / 3) + 1;
    const year = new Date(cell.start).getUTCFullYear();
    return lang === 'zh' ? `${year}年第${quarter}季度` : `Q${quarter} ${year}`;
  }
  const last = cell.end - 86_400_000;
  return `${formatDate(cell.start, 'day', lang)} – ${formatDate(last, 'day', lang)}`;
}

/**
 * Per lane and period, whether the reported measures tightened or relaxed
 * control, on the timeline's x scale. Colour diverges orange/blue and a glyph
 * (▲ ▼) carries the same meaning for readers who cannot tell the colours apart.
 */
export function PolicyBand() {
  const t = useMessages(messages);
  const lang = useLang();
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const clipId = `${useId().replace(/:/g, '')}-band-clip`;
  const collection = useExplorer((state) => state.articles);
  const { mask } = useExplorer(selectFilteredSelection);
  const loading = useExplorer((state) => state.corpusStatus === 'loading' && state.articles.length === 0);
  const plan = useExplorer(selectLanePlan);
  const categories = useExplorer((state) => state.filters.categories);
  const directions = useExplorer((state) => state.filters.directions);
  const wanted = useMemo(() => wantedPairs({ categories, directions }), [categories, directions]);
  const mode = useExplorer((state) => state.display.lanes);
  const { scale, margins, innerWidth } = useTimeScale(width);
  const band = useMemo(() => layoutBand(collection, mask, scale, { plan, wanted }), [collection, mask, scale, plan, wanted]);

  const [activeId, setActiveId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [tip, setTip] = useState<{ cell: BandCell; x: number; y: number } | null>(null);
  const openCell = openId === null ? null : (band.cells.find((cell) => cell.id === openId) ?? null);
  const openRefs = useMemo(() => (openCell ? band.refsOf(openCell) : []), [band, openCell]);
  const tabStopId = activeId !== null && band.cells.some((cell) => cell.id === activeId) ? activeId : (band.cells[0]?.id ?? null);
  const height = plan.keys.length * ROW_HEIGHT;

  const describe = (cell: BandCell) =>
    format(t.cell, {
      lane: laneLabel(cell.lane, mode, lang),
      period: periodLabel(cell, band.unit, lang),
      tighten: cell.tighten,
      relax: cell.relax,
      support: cell.support,
    });

  const focusCell = (id: string) => elementWithAttribute(svgRef.current, 'data-cell-id', id)?.focus();

  const onCellKeyDown = (cell: BandCell, event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setOpenId(cell.id);
      return;
    }
    if (event.key === 'Escape') {
      setOpenId(null);
      return;
    }
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = nextRovingId(
      band.cells.map((entry) => ({ id: entry.id, row: entry.laneIndex, x: (entry.x0 + entry.x1) / 2 })),
      cell.id,
      event.key,
    );
    if (next) {
      setActiveId(next);
      focusCell(next);
    }
  };

  // Cells get stable handlers that reach the current state, so a cell whose numbers did not change skips its render.
  const latest = useRef({ cells: band.cells, openId, onCellKeyDown, margins });
  latest.current = { cells: band.cells, openId, onCellKeyDown, margins };
  const events = useMemo<CellEvents>(() => {
    const cellOf = (id: string) => latest.current.cells.find((cell) => cell.id === id);
    const showTip = (id: string, x0: number, w: number) => {
      const cell = cellOf(id);
      if (cell) setTip({ cell, x: latest.current.margins.left + (x0 + w / 2), y: cell.laneIndex * ROW_HEIGHT + ROW_HEIGHT });
    };
    return {
      onClick: (id) => {
        setActiveId(id);
        setOpenId(latest.current.openId === id ? null : id);
      },
      onKeyDown: (id, event) => {
        const cell = cellOf(id);
        if (cell) latest.current.onCellKeyDown(cell, event);
      },
      onTip: showTip,
      onTipEnd: () => setTip(null),
    };
  }, []);

  const close = (restoreFocus: boolean) => {
    const id = openId;
    setOpenId(null);
    if (id && restoreFocus) focusCell(id);
  };

  return (
    <section className="policy-band" data-testid="policy-band" aria-label={t.title}>
      <div className="policy-band-head">
        <h2>{t.title}</h2>
        <span className="policy-band-legend" aria-hidden="true">
          <span style={{ color: TIGHTEN_COLOR }}>{DIRECTION_GLYPHS.tighten}</span> {t.legendTighten}{' '}
          <span style={{ color: RELAX_COLOR }}>{DIRECTION_GLYPHS.relax}</span> {t.legendRelax}{' '}
          <span className="policy-band-support">{DIRECTION_GLYPHS.support}</span> {t.legendSupport}
        </span>
        <span className="policy-band-unit">{t[`period_${band.unit}`]}</span>
      </div>
      <div className="policy-band-plot" ref={containerRef}>
        {band.cells.length === 0 ? (
          <p className="empty-state" aria-busy={loading || undefined}>{loading ? t.loading : t.empty}</p>
        ) : (
          <svg
            ref={svgRef}
            className="policy-band-svg"
            width={width}
            height={height}
            role="group"
            aria-label={format(t.label, { lanes: mode === 'province' ? (lang === 'zh' ? '省份' : 'province') : lang === 'zh' ? '措施类别' : 'category', period: t[`period_${band.unit}`] })}
          >
            <defs>
              <clipPath id={clipId}>
                <rect width={innerWidth} height={height} />
              </clipPath>
            </defs>
            <g className="policy-band-labels" aria-hidden="true">
              {plan.keys.map((key, index) => (
                <text key={key} x={margins.left - 6} y={index * ROW_HEIGHT + ROW_HEIGHT / 2} dy="0.35em" textAnchor="end">
                  {laneLabel(key, mode, lang)}
                </text>
              ))}
            </g>
            <g transform={`translate(${margins.left},0)`}>
              {plan.keys.map((key, index) => (
                <rect key={key} className={`policy-band-row${index % 2 ? ' is-odd' : ''}`} y={index * ROW_HEIGHT} width={innerWidth} height={ROW_HEIGHT} />
              ))}
              <g clipPath={`url(#${clipId})`}>
                {band.cells.map((cell) => {
                  const x0 = Math.max(-2, cell.x0);
                  const w = Math.max(2, Math.min(innerWidth + 2, cell.x1) - x0 - 1);
                  return (
                    <BandCellMark
                      key={cell.id}
                      cell={cell}
                      x0={x0}
                      w={w}
                      fill={cellFill(cell, band.maxTotal)}
                      label={describe(cell)}
                      tabStop={cell.id === tabStopId}
                      open={openId === cell.id}
                      events={events}
                    />
                  );
                })}
              </g>
            </g>
          </svg>
        )}
        {tip && !openCell && (
          <div role="tooltip" className="policy-band-tooltip" style={{ left: Math.min(Math.max(4, tip.x - 110), Math.max(4, width - 224)), top: tip.y + 4 }}>
            {describe(tip.cell)}
          </div>
        )}
        {openCell && (
          <BandSentences
            cell={openCell}
            refs={openRefs}
            heading={format(t.sentences, { lane: laneLabel(openCell.lane, mode, lang), period: periodLabel(openCell, band.unit, lang) })}
            left={Math.min(Math.max(4, margins.left + openCell.x0 - 40), Math.max(4, width - 364))}
            onClose={close}
          />
        )}
      </div>
    </section>
  );
}

interface CellEvents {
  onClick: (id: string) => void;
  onKeyDown: (id: string, event: KeyboardEvent) => void;
  onTip: (id: string, x0: number, w: number) => void;
  onTipEnd: () => void;
}

interface CellMarkProps {
  cell: BandCell;
  x0: number;
  w: number;
  fill: string;
  label: string;
  tabStop: boolean;
  open: boolean;
  events: CellEvents;
}

const sameCellMark = (a: CellMarkProps, b: CellMarkProps) =>
  a.x0 === b.x0 &&
  a.w === b.w &&
  a.fill === b.fill &&
  a.label === b.label &&
  a.tabStop === b.tabStop &&
  a.open === b.open &&
  a.events === b.events &&
  a.cell.id === b.cell.id &&
  a.cell.laneIndex === b.cell.laneIndex &&
  a.cell.period === b.cell.period &&
  a.cell.tighten === b.cell.tighten &&
  a.cell.relax === b.cell.relax &&
  a.cell.support === b.cell.support;

/** One band cell: a filled rect with its balance glyph (and a dot when support measures come with tighten/relax ones). */
const BandCellMark = memo(function BandCellMark({ cell, x0, w, fill, label, tabStop, open, events }: CellMarkProps) {
  const y = cell.laneIndex * ROW_HEIGHT;
  const balance = balanceOf(cell);
  const total = cell.tighten + cell.relax;
  const glyphSize = 8 + Math.min(5, Math.sqrt(total || cell.support || 1) * 1.5);
  const showTip = useCallback(() => events.onTip(cell.id, x0, w), [events, cell.id, x0, w]);
  return (
    <g
      className={`band-cell is-${balance}`}
      data-testid="band-cell"
      data-cell-id={cell.id}
      data-lane={cell.lane}
      data-period={cell.period}
      data-tighten={cell.tighten}
      data-relax={cell.relax}
      data-support={cell.support}
      data-open={open || undefined}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={label}
      aria-expanded={open}
      onClick={() => events.onClick(cell.id)}
      onKeyDown={(event) => events.onKeyDown(cell.id, event)}
      onPointerEnter={showTip}
      onPointerLeave={events.onTipEnd}
      onFocus={showTip}
      onBlur={events.onTipEnd}
    >
      <rect x={x0} y={y + 1} width={w} height={ROW_HEIGHT - 2} rx={2} fill={fill} />
      {w >= 9 && (
        <text x={x0 + w / 2} y={y + ROW_HEIGHT / 2} dy="0.35em" textAnchor="middle" style={{ fontSize: balance === 'even' ? glyphSize * 0.7 : glyphSize }} aria-hidden="true">
          {BALANCE_GLYPHS[balance]}
        </text>
      )}
      {cell.support > 0 && total > 0 && w >= 14 && <circle className="band-cell-support" cx={x0 + w - 3} cy={y + ROW_HEIGHT - 4} r={1.8} />}
    </g>
  );
}, sameCellMark);
