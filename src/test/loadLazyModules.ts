import { timelineGestures } from '../components/Timeline/timelineGestures';
import { lazyGazetteer } from '../data/lazy/lazyGazetteer';
import { lazySimplifier } from '../data/lazy/lazySimplifier';

// Tests see the app as it is once its on-demand modules have arrived; the
// waiting itself is tested where it happens (lazyModule, startSearchAfterSimplifier).
await Promise.all([lazyGazetteer.load(), lazySimplifier.load(), timelineGestures.load()]);
