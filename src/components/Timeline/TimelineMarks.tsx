import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react';
import { CATEGORY_COLORS, DIRECTION_GLYPHS } from '../theme';
import type { MeasureMark, TimelineLayout, TimelineMark } from './layoutTimeline';
import { markId, measureMarkId } from './markIds';

export interface MarkHandlers {
  onEnter: (mark: TimelineMark | MeasureMark, event: PointerEvent | FocusEvent) => void;
  onLeave: () => void;
  onActivate: (mark: TimelineMark | MeasureMark) => void;
  onKeyDown: (id: string, event: KeyboardEvent) => void;
}

interface Props {
  layout: TimelineLayout;
  geometry: { spanHeight: number };
  selectedId: string | null;
  hoveredId: string | null;
  /** The one mark in the tab order (roving focus). */
  tabStopId: string | null;
  hatchId: string;
  labelOf: (mark: TimelineMark | MeasureMark) => string;
  handlers: MarkHandlers;
}

const POINT_RADIUS = 4.5;
const BIN_HEIGHT = 14;

/** Year spans behind month spans behind points, so the wider marks never cover the narrower ones. */
function paintOrder(mark: TimelineMark): number {
  if (mark.kind === 'bin') return mark.span ? 1 : 3;
  if (mark.kind === 'span') return mark.precision === 'year' ? 0 : 2;
  return 4;
}

export function TimelineMarks({ layout, geometry, selectedId, hoveredId, tabStopId, hatchId, labelOf, handlers }: Props) {
  const firstLaneOf = new Map<string, number>();
  for (const mark of layout.marks) {
    if (mark.kind === 'bin') continue;
    const seen = firstLaneOf.get(mark.articleId);
    if (seen === undefined || mark.laneIndex < seen) firstLaneOf.set(mark.articleId, mark.laneIndex);
  }
  const sorted = [...layout.marks].sort((a, b) => paintOrder(a) - paintOrder(b));

  const common = (id: string, mark: TimelineMark | MeasureMark) => ({
    tabIndex: id === tabStopId ? 0 : -1,
    'data-focus-id': id,
    'aria-label': labelOf(mark),
    onPointerEnter: (event: PointerEvent) => handlers.onEnter(mark, event),
    onPointerLeave: handlers.onLeave,
    onFocus: (event: FocusEvent) => handlers.onEnter(mark, event),
    onBlur: handlers.onLeave,
    onClick: () => handlers.onActivate(mark),
    onKeyDown: (event: KeyboardEvent) => handlers.onKeyDown(id, event),
  });

  return (
    <g className="timeline-marks">
      {sorted.map((mark) => {
        const id = markId(mark);
        if (mark.kind === 'bin') {
          const hovered = hoveredId !== null && mark.articleIds.includes(hoveredId);
          const selected = selectedId !== null && mark.articleIds.includes(selectedId);
          const width = Math.max(mark.x1 - mark.x0 - 1, mark.span ? 3 : 20);
          const height = mark.span ? geometry.spanHeight + 4 : BIN_HEIGHT;
          return (
            <g
              key={id}
              role="button"
              className={`timeline-bin${mark.span ? ' is-span' : ''}`}
              data-testid="timeline-bin"
              data-count={mark.count}
              data-hovered={hovered || undefined}
              data-contains-selected={selected || undefined}
              {...common(id, mark)}
            >
              <rect
                x={mark.cx - width / 2}
                y={mark.y - height / 2}
                width={width}
                height={height}
                rx={mark.span ? 1 : 4}
                fill={mark.span ? `url(#${hatchId})` : undefined}
                style={mark.span ? undefined : { fillOpacity: Math.min(1, 0.6 + Math.log10(mark.count) * 0.25) }}
              />
              <text x={mark.cx} y={mark.y} dy="0.35em" textAnchor="middle" aria-hidden="true">
                {mark.count}
              </text>
            </g>
          );
        }
        const selected = mark.articleId === selectedId;
        const hovered = mark.articleId === hoveredId;
        const testId = firstLaneOf.get(mark.articleId) === mark.laneIndex ? `timeline-mark-${mark.articleId}` : undefined;
        const state = {
          'data-testid': testId,
          'data-article-id': mark.articleId,
          'data-precision': mark.precision,
          'data-inferred': mark.inferred,
          'data-selected': selected,
          'aria-current': selected ? ('true' as const) : undefined,
          'data-hovered': hovered || undefined,
        };
        if (mark.kind === 'span') {
          return (
            <g key={id} role="button" className={`timeline-mark is-span is-${mark.precision}${mark.inferred ? ' is-inferred' : ''}`} {...state} {...common(id, mark)}>
              <rect
                x={mark.x0}
                y={mark.y - geometry.spanHeight / 2}
                width={Math.max(3, mark.x1 - mark.x0)}
                height={geometry.spanHeight}
                fill={`url(#${hatchId})`}
              />
            </g>
          );
        }
        return (
          <g key={id} role="button" className={`timeline-mark is-point${mark.inferred ? ' is-inferred' : ''}`} {...state} {...common(id, mark)}>
            <circle cx={mark.cx} cy={mark.y} r={selected || hovered ? POINT_RADIUS + 1.5 : POINT_RADIUS} />
          </g>
        );
      })}
      {layout.measures.map((mark) => {
        const id = measureMarkId(mark);
        const hovered = hoveredId !== null && mark.refs.some((ref) => ref.articleId === hoveredId);
        return (
          <g
            key={id}
            role="button"
            className="timeline-measure"
            data-category={mark.category}
            data-direction={mark.direction}
            data-count={mark.count}
            data-hovered={hovered || undefined}
            {...common(id, mark)}
          >
            <text x={mark.x} y={mark.y} dy="0.35em" textAnchor="middle" style={{ fill: CATEGORY_COLORS[mark.category] }} aria-hidden="true">
              {DIRECTION_GLYPHS[mark.direction]}
            </text>
            {mark.more > 0 && (
              <text className="timeline-measure-more" x={mark.x + 5} y={mark.y + 1} dy="0.35em" aria-hidden="true">
                +{mark.more}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
