import { useEffect, useRef, type RefObject } from 'react';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { useLazyModule } from '../hooks/useLoaded';
import { timelineGestures } from './timelineGestures';
import { createTimeScale, MIN_SPAN, type Domain } from './timeScale';

interface ZoomOptions {
  extent: Domain;
  domain: Domain;
  innerWidth: number;
  height: number;
  /** Called with the new visible domain after a wheel, drag or pinch gesture. */
  onDomain: (domain: Domain) => void;
}

/**
 * d3-zoom on an SVG group for wheel/drag/pinch. The store's domain is the truth:
 * gestures report a domain, and every domain change is written back into the
 * behaviour's transform so the next gesture starts from it. The behaviour is
 * attached once d3's gesture code has loaded, just after the first render.
 */
export function useTimelineZoom<E extends SVGGraphicsElement>(ref: RefObject<E | null>, options: ZoomOptions): void {
  const { extent, domain, innerWidth, height, onDomain } = options;
  const gestures = useLazyModule(timelineGestures);
  const behaviorRef = useRef<ZoomBehavior<E, unknown> | null>(null);
  const onDomainRef = useRef(onDomain);
  useEffect(() => {
    onDomainRef.current = onDomain;
  }, [onDomain]);

  const [e0, e1] = extent;
  useEffect(() => {
    const node = ref.current;
    if (!node || !gestures || innerWidth <= 0) return;
    const base = createTimeScale([e0, e1], innerWidth);
    const behavior = gestures
      .zoom<E, unknown>()
      .scaleExtent([1, Math.max(1, (e1 - e0) / MIN_SPAN)])
      .extent([
        [0, 0],
        [innerWidth, height],
      ])
      .translateExtent([
        [0, 0],
        [innerWidth, height],
      ])
      .on('zoom', (event: D3ZoomEvent<E, unknown>) => {
        if (!event.sourceEvent) return;
        const [start, end] = event.transform.rescaleX(base).domain();
        onDomainRef.current([+start!, +end!]);
      });
    const selection = gestures.select(node);
    selection.call(behavior).on('dblclick.zoom', null);
    behaviorRef.current = behavior;
    return () => {
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [ref, gestures, e0, e1, innerWidth, height]);

  const [d0, d1] = domain;
  useEffect(() => {
    const node = ref.current;
    const behavior = behaviorRef.current;
    if (!node || !gestures || !behavior || innerWidth <= 0) return;
    const base = createTimeScale([e0, e1], innerWidth);
    const k = innerWidth / Math.max(1e-9, base(d1) - base(d0));
    gestures.select(node).call(behavior.transform, gestures.zoomIdentity.scale(k).translate(-base(d0), 0));
  }, [ref, gestures, d0, d1, e0, e1, innerWidth, height]);
}
