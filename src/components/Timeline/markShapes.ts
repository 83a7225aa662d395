import type { LaneGeometry, MeasureMark, TimelineMark } from './layoutTimeline';

export type AnyMark = TimelineMark | MeasureMark;

export const isMeasureMark = (mark: AnyMark): mark is MeasureMark => !('kind' in mark);

export const POINT_RADIUS = 4.5;
const BIN_HEIGHT = 14;

/** How a mark is drawn, whichever renderer draws it (SVG for few or focused marks, canvas for many). */
export type MarkShape =
  | { shape: 'circle'; cx: number; cy: number; r: number }
  | { shape: 'rect'; x: number; y: number; width: number; height: number; rx: number; fillOpacity: number; hatched: boolean; label: string | null; labelX: number; labelY: number }
  | { shape: 'glyph'; x: number; y: number; more: string | null };

/** Year spans behind month spans behind points, so the wider marks never cover the narrower ones; measure glyphs on top. */
export function paintOrder(mark: AnyMark): number {
  if (isMeasureMark(mark)) return 5;
  if (mark.kind === 'bin') return mark.span ? 1 : 3;
  if (mark.kind === 'span') return mark.precision === 'year' ? 0 : 2;
  return 4;
}

export function markShape(mark: AnyMark, geometry: Pick<LaneGeometry, 'spanHeight'>, emphasised: boolean): MarkShape {
  if (isMeasureMark(mark)) return { shape: 'glyph', x: mark.x, y: mark.y, more: mark.more > 0 ? `+${mark.more}` : null };
  if (mark.kind === 'bin') {
    const width = Math.max(mark.x1 - mark.x0 - 1, mark.span ? 3 : 20);
    const height = mark.span ? geometry.spanHeight + 4 : BIN_HEIGHT;
    return {
      shape: 'rect',
      x: mark.cx - width / 2,
      y: mark.y - height / 2,
      width,
      height,
      rx: mark.span ? 1 : 4,
      fillOpacity: mark.span ? 1 : Math.min(1, 0.6 + Math.log10(mark.count) * 0.25),
      hatched: mark.span,
      label: String(mark.count),
      labelX: mark.cx,
      labelY: mark.y,
    };
  }
  if (mark.kind === 'point') return { shape: 'circle', cx: mark.cx, cy: mark.y, r: emphasised ? POINT_RADIUS + 1.5 : POINT_RADIUS };
  const height = geometry.spanHeight;
  return { shape: 'rect', x: mark.x0, y: mark.y - height / 2, width: Math.max(3, mark.x1 - mark.x0), height, rx: 0, fillOpacity: 1, hatched: true, label: null, labelX: 0, labelY: 0 };
}

/** Whether (x, y) falls on the mark, with a little slack around small marks. */
export function markContains(mark: AnyMark, geometry: Pick<LaneGeometry, 'spanHeight'>, x: number, y: number): boolean {
  const shape = markShape(mark, geometry, false);
  const slack = 2;
  if (shape.shape === 'circle') return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= (shape.r + slack) ** 2;
  if (shape.shape === 'glyph') return Math.abs(x - shape.x) <= 6 && Math.abs(y - shape.y) <= 6;
  return x >= shape.x - slack && x <= shape.x + shape.width + slack && y >= shape.y - slack && y <= shape.y + shape.height + slack;
}
