import { lazyModule } from '../../data/lazy/lazyModule';

/** Zoom and brush behaviours for the timeline, attached once they have loaded. */
export const timelineGestures = lazyModule(() => import('./timelineGestureModules'));
