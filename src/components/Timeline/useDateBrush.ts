import { useEffect, useRef, type RefObject } from 'react';
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import { useLazyModule } from '../hooks/useLoaded';
import { timelineGestures } from './timelineGestures';
import { isoDay, parseIsoDay } from '../../data/publishedInterval';
import { DAY } from './timeScale';

interface BrushOptions {
  scale: ScaleTime<number, number>;
  innerWidth: number;
  height: number;
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
}

/** Brush pixels for an inclusive day range; open ends reach the edges. Null when nothing of it is visible. */
export function rangeToPixels(scale: ScaleTime<number, number>, from: string | null, to: string | null): [number, number] | null {
  if (from === null && to === null) return null;
  const [r0, r1] = scale.range() as [number, number];
  const start = from === null ? null : parseIsoDay(from);
  const end = to === null ? null : parseIsoDay(to);
  const x0 = Math.max(r0, start === null ? r0 : scale(start));
  const x1 = Math.min(r1, end === null ? r1 : scale(end + DAY));
  return x1 - x0 >= 1 ? [x0, x1] : null;
}

/** An inclusive day range for brushed pixels, snapped to whole days. */
export function pixelsToRange(scale: ScaleTime<number, number>, [x0, x1]: [number, number]): [string, string] {
  const start = utcDay.round(scale.invert(x0)).getTime();
  let end = utcDay.round(scale.invert(x1)).getTime();
  if (end <= start) end = start + DAY;
  return [isoDay(start), isoDay(end - DAY)];
}

/**
 * When zoomed in, a stored bound outside the view is drawn clamped to the plot
 * edge; moving only the other handle must not overwrite it with the edge date.
 */
export function keepOffscreenBounds(
  scale: ScaleTime<number, number>,
  [x0, x1]: [number, number],
  brushed: [string, string],
  stored: { from: string | null; to: string | null },
): [string, string] {
  const [r0, r1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain().map((date) => date.getTime()) as [number, number];
  const storedFrom = stored.from === null ? null : parseIsoDay(stored.from);
  const storedTo = stored.to === null ? null : parseIsoDay(stored.to);
  const from = x0 <= r0 + 0.5 && storedFrom !== null && storedFrom < d0 ? stored.from! : brushed[0];
  const to = x1 >= r1 - 0.5 && storedTo !== null && storedTo + DAY > d1 ? stored.to! : brushed[1];
  return [from, to];
}

/**
 * d3-brush (x only) for the date filter. The brush is drawn from the store's
 * from/to on every change (date inputs, URL, Play); only gestures write back.
 * It is attached once d3's gesture code has loaded, just after the first render.
 */
export function useDateBrush(ref: RefObject<SVGGElement | null>, options: BrushOptions): void {
  const { scale, innerWidth, height, from, to, onRange } = options;
  const gestures = useLazyModule(timelineGestures);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const latest = useRef({ scale, onRange, from, to });
  useEffect(() => {
    latest.current = { scale, onRange, from, to };
  }, [scale, onRange, from, to]);

  useEffect(() => {
    const node = ref.current;
    if (!node || !gestures || innerWidth <= 0) return;
    const brush = gestures
      .brushX<unknown>()
      .extent([
        [0, 0],
        [innerWidth, height],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        if (!selection) {
          latest.current.onRange(null, null);
          return;
        }
        const { scale: current, from: storedFrom, to: storedTo } = latest.current;
        const [start, end] = keepOffscreenBounds(current, selection, pixelsToRange(current, selection), {
          from: storedFrom,
          to: storedTo,
        });
        latest.current.onRange(start, end);
      });
    const selection = gestures.select(node);
    selection.call(brush);
    brushRef.current = brush;
    return () => {
      selection.on('.brush', null);
      brushRef.current = null;
    };
  }, [ref, gestures, innerWidth, height]);

  useEffect(() => {
    const node = ref.current;
    const brush = brushRef.current;
    if (!node || !gestures || !brush) return;
    gestures.select(node).call(brush.move, rangeToPixels(scale, from, to));
  }, [ref, gestures, scale, from, to, innerWidth, height]);
}
