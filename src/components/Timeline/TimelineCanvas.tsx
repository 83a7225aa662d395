import { memo, useLayoutEffect, useRef } from 'react';
import { drawMarks, readPalette, type MarkPalette } from './canvasMarks';
import type { LaneGeometry } from './layoutTimeline';
import type { AnyMark } from './markShapes';

/** Room around the plot so marks at its edges are drawn whole (the plot's clip path trims them as it trims SVG marks). */
const PAD = 14;

interface Props {
  marks: readonly AnyMark[];
  geometry: LaneGeometry;
  width: number;
  height: number;
}

/**
 * Many marks drawn into one canvas, inside the plot's SVG (so lanes lie under it
 * and focused marks over it). It takes no pointer events: the timeline finds the
 * mark under the pointer from the layout.
 */
export const TimelineCanvas = memo(function TimelineCanvas({ marks, geometry, width, height }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  // Read once: computed styles force a style recalculation, which a zoom frame cannot afford.
  const palette = useRef<MarkPalette | null>(null);
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const outerWidth = width + 2 * PAD;
  const outerHeight = height + 2 * PAD;
  useLayoutEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const pixelWidth = Math.round(outerWidth * ratio);
    const pixelHeight = Math.round(outerHeight * ratio);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, pixelWidth, pixelHeight);
    context.setTransform(ratio, 0, 0, ratio, PAD * ratio, PAD * ratio);
    palette.current ??= readPalette(canvas);
    drawMarks(context, marks, geometry, palette.current, ratio);
  }, [marks, geometry, outerWidth, outerHeight, ratio]);
  let articles = 0;
  for (const mark of marks) if ('kind' in mark) articles += mark.kind === 'bin' ? mark.count : 1;
  return (
    <foreignObject x={-PAD} y={-PAD} width={outerWidth} height={outerHeight} pointerEvents="none" aria-hidden="true">
      <canvas
        ref={ref}
        className="timeline-canvas"
        data-testid="timeline-canvas"
        data-marks={marks.length}
        data-articles={articles}
        style={{ width: outerWidth, height: outerHeight }}
      />
    </foreignObject>
  );
});
