import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import type { ArticleSummary } from '../../model';
import { publishedInterval } from '../../data/publishedInterval';

export const DAY = 86_400_000;

/** The narrowest window zoom allows: a few days still show individual marks side by side. */
export const MIN_SPAN = 4 * DAY;

export type Domain = readonly [number, number];

/** Shown when nothing is dated yet, so the axis is never empty: the span the corpus is about. */
const FALLBACK_EXTENT: Domain = [Date.UTC(2020, 0, 1), Date.UTC(2023, 0, 1)];

/** Earliest start and latest end of the articles' publication intervals, or null when none is dated. */
export function dataExtent(articles: readonly ArticleSummary[]): Domain | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const article of articles) {
    const interval = publishedInterval(article.published);
    if (!interval) continue;
    if (interval.start < start) start = interval.start;
    if (interval.end > end) end = interval.end;
  }
  return start < end ? [start, end] : null;
}

/** The whole zoomable range: the data extent padded by 3% (at least two weeks) on each side, on day boundaries. */
export function corpusExtent(articles: readonly ArticleSummary[]): Domain {
  const extent = dataExtent(articles);
  if (!extent) return FALLBACK_EXTENT;
  const pad = Math.max(14 * DAY, (extent[1] - extent[0]) * 0.03);
  return [utcDay.floor(new Date(extent[0] - pad)).getTime(), utcDay.ceil(new Date(extent[1] + pad)).getTime()];
}

/** Keeps a window inside the extent and at least MIN_SPAN wide, preserving its width when it is shifted back in. */
export function clampDomain(domain: Domain, extent: Domain, minSpan = MIN_SPAN): Domain {
  const full = extent[1] - extent[0];
  const span = Math.min(full, Math.max(minSpan, domain[1] - domain[0]));
  const centre = (domain[0] + domain[1]) / 2;
  let start = centre - span / 2;
  start = Math.max(extent[0], Math.min(start, extent[1] - span));
  return [start, start + span];
}

export function visibleDomain(timeDomain: Domain | null, extent: Domain): Domain {
  return timeDomain ? clampDomain(timeDomain, extent) : extent;
}

/** Zooms by `factor` (>1 in, <1 out) around `centre` (the middle by default). */
export function zoomDomain(domain: Domain, factor: number, extent: Domain, centre = (domain[0] + domain[1]) / 2): Domain {
  const start = centre - (centre - domain[0]) / factor;
  const end = centre + (domain[1] - centre) / factor;
  return clampDomain([start, end], extent);
}

/** Shifts by a fraction of the visible width (negative = earlier). */
export function panDomain(domain: Domain, fraction: number, extent: Domain): Domain {
  const shift = (domain[1] - domain[0]) * fraction;
  return clampDomain([domain[0] + shift, domain[1] + shift], extent);
}

/** Whether a domain covers (practically) the whole extent, so the store can go back to "fit" (null). */
export function isFullExtent(domain: Domain, extent: Domain): boolean {
  return domain[0] <= extent[0] + DAY / 2 && domain[1] >= extent[1] - DAY / 2;
}

export interface PlotMargins {
  left: number;
  right: number;
}

/** The lane-label gutter both the timeline and the policy band leave on the left, so their x scales line up. */
export function plotMargins(width: number): PlotMargins {
  return width < 560 ? { left: 64, right: 8 } : { left: 112, right: 16 };
}

export function innerWidthOf(width: number): number {
  const margins = plotMargins(width);
  return Math.max(0, width - margins.left - margins.right);
}

export function createTimeScale(domain: Domain, innerWidth: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([0, innerWidth]);
}
