import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react';
import { CATEGORY_COLORS, DIRECTION_GLYPHS } from '../theme';
import type { LaneGeometry } from './layoutTimeline';
import { anyMarkId } from './markIds';
import { isMeasureMark, markShape, paintOrder, type AnyMark } from './markShapes';

export interface MarkHandlers {
  onEnter: (mark: AnyMark, event: PointerEvent | FocusEvent) => void;
  onLeave: () => void;
  onActivate: (mark: AnyMark) => void;
  onKeyDown: (id: string, event: KeyboardEvent) => void;
}

interface Props {
  marks: readonly AnyMark[];
  geometry: LaneGeometry;
  selectedPosition: number | null;
  hoveredPosition: number | null;
  /** The one mark in the tab order (roving focus). */
  tabStop: AnyMark | null;
  hatchId: string;
  labelOf: (mark: AnyMark) => string;
  handlers: MarkHandlers;
  /** Drawn over a canvas that takes the pointer: these marks answer focus and keys only. */
  overlay?: boolean;
}

/** Marks as SVG elements: every mark of a small layout, or the focused, hovered and selected ones over the canvas. */
export function TimelineMarks({ marks, geometry, selectedPosition, hoveredPosition, tabStop, hatchId, labelOf, handlers, overlay = false }: Props) {
  const firstLaneOf = new Map<number, number>();
  for (const mark of marks) {
    if (isMeasureMark(mark) || mark.kind === 'bin') continue;
    const seen = firstLaneOf.get(mark.position);
    if (seen === undefined || mark.laneIndex < seen) firstLaneOf.set(mark.position, mark.laneIndex);
  }
  const sorted = [...marks].sort((a, b) => paintOrder(a) - paintOrder(b));

  const common = (id: string, mark: AnyMark) => ({
    key: id,
    role: 'button',
    tabIndex: mark === tabStop ? 0 : -1,
    'data-focus-id': id,
    'aria-label': labelOf(mark),
    onFocus: (event: FocusEvent) => handlers.onEnter(mark, event),
    onBlur: handlers.onLeave,
    onKeyDown: (event: KeyboardEvent) => handlers.onKeyDown(id, event),
    ...(overlay
      ? {}
      : {
          onPointerEnter: (event: PointerEvent) => handlers.onEnter(mark, event),
          onPointerLeave: handlers.onLeave,
          onClick: () => handlers.onActivate(mark),
        }),
  });
  const holds = (mark: AnyMark, position: number | null) => position !== null && ('holds' in mark ? mark.holds(position) : mark.position === position);

  return (
    <g className={`timeline-marks${overlay ? ' is-overlay' : ''}`}>
      {sorted.map((mark) => {
        const id = anyMarkId(mark);
        const hovered = holds(mark, hoveredPosition);
        const selected = holds(mark, selectedPosition);
        const shape = markShape(mark, geometry, hovered || selected);
        if (isMeasureMark(mark)) {
          if (shape.shape !== 'glyph') return null;
          const { key, ...rest } = common(id, mark);
          return (
            <g key={key} {...rest} className="timeline-measure" data-category={mark.category} data-direction={mark.direction} data-count={mark.count} data-hovered={hovered || undefined}>
              <text x={shape.x} y={shape.y} dy="0.35em" textAnchor="middle" style={{ fill: CATEGORY_COLORS[mark.category] }} aria-hidden="true">
                {DIRECTION_GLYPHS[mark.direction]}
              </text>
              {shape.more && (
                <text className="timeline-measure-more" x={shape.x + 5} y={shape.y + 1} dy="0.35em" aria-hidden="true">
                  {shape.more}
                </text>
              )}
            </g>
          );
        }
        const { key, ...rest } = common(id, mark);
        if (mark.kind === 'bin') {
          if (shape.shape !== 'rect') return null;
          return (
            <g
              key={key}
              {...rest}
              className={`timeline-bin${mark.span ? ' is-span' : ''}`}
              data-testid="timeline-bin"
              data-count={mark.count}
              data-hovered={hovered || undefined}
              data-contains-selected={selected || undefined}
            >
              <rect
                x={shape.x}
                y={shape.y}
                width={shape.width}
                height={shape.height}
                rx={shape.rx}
                fill={shape.hatched ? `url(#${hatchId})` : undefined}
                style={shape.hatched ? undefined : { fillOpacity: shape.fillOpacity }}
              />
              <text x={shape.labelX} y={shape.labelY} dy="0.35em" textAnchor="middle" aria-hidden="true">
                {shape.label}
              </text>
            </g>
          );
        }
        const state = {
          'data-testid': firstLaneOf.get(mark.position) === mark.laneIndex ? `timeline-mark-${mark.articleId}` : undefined,
          'data-article-id': mark.articleId,
          'data-precision': mark.precision,
          'data-inferred': mark.inferred,
          'data-selected': selected,
          'aria-current': selected ? ('true' as const) : undefined,
          'data-hovered': hovered || undefined,
        };
        if (shape.shape === 'rect') {
          return (
            <g key={key} {...rest} className={`timeline-mark is-span is-${mark.precision}${mark.inferred ? ' is-inferred' : ''}`} {...state}>
              <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={`url(#${hatchId})`} />
            </g>
          );
        }
        if (shape.shape !== 'circle') return null;
        return (
          <g key={key} {...rest} className={`timeline-mark is-point${mark.inferred ? ' is-inferred' : ''}`} {...state}>
            <circle cx={shape.cx} cy={shape.cy} r={shape.r} />
          </g>
        );
      })}
    </g>
  );
}
