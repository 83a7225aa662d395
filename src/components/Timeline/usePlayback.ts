import { useEffect, type RefObject } from 'react';
import { useExplorer } from '../../store';
import { advanceWindow, initialWindow, windowRange } from './playWindow';
import { dataExtent, panDomain, type Domain } from './timeScale';
import { prefersReducedMotion } from '../hooks/prefersReducedMotion';

const MIN_STEP_MS = 80;
/** With reduced motion the window jumps once a second instead of gliding. */
const REDUCED_MOTION_STEP_MS = 1000;

/**
 * While `playing`, moves the date filter as a window across the corpus (speed
 * in days per second), keeping it in view when the timeline is zoomed in. Stops
 * at the end and on any pointer, key or wheel input outside `controlsRef`.
 */
export function usePlayback(controlsRef: RefObject<HTMLElement | null>): void {
  const playing = useExplorer((state) => state.playing);

  useEffect(() => {
    if (!playing) return;
    const store = useExplorer.getState;
    const span = dataExtent(store().articles);
    if (!span) {
      store().setPlaying(false);
      return;
    }
    const { filters } = store();
    const start = initialWindow(filters.from, filters.to, span);
    let elapsedDays = 0;
    let last = performance.now();
    let shown = '';
    let frame = 0;
    let lastShownAt = last;
    const stepMs = prefersReducedMotion() ? REDUCED_MOTION_STEP_MS : MIN_STEP_MS;

    const show = (range: [string, string], windowDomain: Domain) => {
      const key = range.join();
      if (key === shown) return;
      shown = key;
      store().setDateRange(range[0], range[1]);
      const view = store().timeDomain;
      if (view && (windowDomain[1] > view[1] || windowDomain[0] < view[0])) {
        const shift = (windowDomain[0] - view[0]) / (view[1] - view[0]) - 0.1;
        store().setTimeDomain([...panDomain(view, shift, [span[0], Math.max(span[1], view[1])])]);
      }
    };

    const tick = (now: number) => {
      elapsedDays += ((now - last) / 1000) * store().playSpeed;
      last = now;
      const { window, done } = advanceWindow(start, elapsedDays, span);
      // Every view refilters on each step; a dozen steps a second reads as motion without flooding them.
      if (done || now - lastShownAt >= stepMs) {
        lastShownAt = now;
        show(windowRange(window), [window.start, window.start + window.length]);
      }
      if (done) {
        store().setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    show(windowRange(start), [start.start, start.start + start.length]);
    frame = requestAnimationFrame(tick);

    const stop = (event: Event) => {
      if (event.target instanceof Node && controlsRef.current?.contains(event.target)) return;
      store().setPlaying(false);
    };
    const options = { capture: true, passive: true };
    window.addEventListener('pointerdown', stop, options);
    window.addEventListener('keydown', stop, options);
    window.addEventListener('wheel', stop, options);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('pointerdown', stop, options);
      window.removeEventListener('keydown', stop, options);
      window.removeEventListener('wheel', stop, options);
    };
  }, [playing, controlsRef]);

  // Playing must not outlive the controls that can stop it.
  useEffect(() => () => useExplorer.getState().setPlaying(false), []);
}
