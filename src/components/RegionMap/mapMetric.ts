import type { MapMetric } from '../../store/displaySlice';
import type { RegionCount } from '../../store/selectors';

export function metricValue(count: RegionCount, metric: MapMetric): number {
  return metric === 'articles' ? count.articles : count.measures;
}
