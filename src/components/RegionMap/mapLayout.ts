import { geoConicEqualArea, geoPath, geoTransform, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';
import { scaleLinear, scaleSequentialSqrt } from 'd3-scale';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { ArticleSummary } from '../../model';
import { regionContains } from '../../data/regionScope';
import type { MapMetric } from '../../store/displaySlice';
import type { RegionCount } from '../../store/selectors';
import type { RegionFeature } from './geoData';
import { NO_COUNT } from '../../data/regionCounts';
import { metricValue } from './mapMetric';
import { interpolateYlGnBu } from './ylGnBu';

/** Neutral fill for regions with nothing in the current selection. */
export const ZERO_FILL = '#e6e4df';

/** An Albers-style conic with standard parallels spanning China, centred on 105°E. */
export function chinaProjection(): GeoProjection {
  return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapFrame {
  width: number;
  height: number;
  /** Where the South China Sea inset goes (bottom right), or null when not shown. */
  inset: Box | null;
}

/** The map's height follows its width (China is a little wider than tall) within sane bounds. */
export function mapFrame(width: number, withInset: boolean): MapFrame {
  const w = Math.max(200, Math.round(width));
  const height = Math.round(Math.min(560, Math.max(180, w * 0.78)));
  if (!withInset) return { width: w, height, inset: null };
  const insetHeight = Math.round(height * 0.3);
  const insetWidth = Math.round(insetHeight * 0.69);
  return { width: w, height, inset: { x: w - insetWidth - 4, y: height - insetHeight - 4, width: insetWidth, height: insetHeight } };
}

/**
 * Fits a China projection to `features` inside the frame (padding in px),
 * keeping clear of the inset: the map gives up part of the inset's width so
 * Taiwan and the coast stay to its left.
 */
export function fitProjection(frame: MapFrame, features: readonly Feature[], padding = 6): GeoProjection {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  const right = frame.width - padding - (frame.inset ? frame.inset.width * 0.55 : 0);
  return chinaProjection().fitExtent(
    [
      [padding, padding],
      [Math.max(padding + 1, right), Math.max(padding + 1, frame.height - padding)],
    ],
    collection,
  );
}

/**
 * The inset draws ECharts' South China Sea schematic linearly, undoing the
 * 0.75 latitude squeeze it was stored with, so its frame keeps its upright
 * 64 × 93 shape; it is a diagram, not a projection of the real islands.
 */
export function fitInsetProjection(frame: Feature<Polygon>, box: Box): GeoStreamWrapper {
  const ring = frame.geometry.coordinates[0] ?? [];
  const xs = ring.map((point) => point[0]!);
  const ys = ring.map((point) => point[1]!);
  const [x0, x1, y1] = [Math.min(...xs), Math.max(...xs), Math.max(...ys)];
  const y0 = Math.min(...ys);
  const width = x1 - x0;
  const height = (y1 - y0) / INSET_SQUEEZE;
  const k = Math.min(box.width / width, box.height / height);
  const left = box.x + (box.width - width * k) / 2;
  const top = box.y + (box.height - height * k) / 2;
  return geoTransform({
    point(x, y) {
      this.stream.point(left + (x - x0) * k, top + ((y1 - y) / INSET_SQUEEZE) * k);
    },
  });
}

const INSET_SQUEEZE = 0.75;

export interface Choropleth {
  max: number;
  color: (value: number) => string;
  /** Values to label on the legend, all > 0. */
  ticks: number[];
}

/**
 * Sequential YlGnBu (colour-blind-safe) on a square-root scale, so a province
 * with 3 articles is visible next to one with 300; zero stays neutral grey.
 */
export function choropleth(values: Iterable<number>): Choropleth {
  let max = 0;
  for (const value of values) max = Math.max(max, value);
  const scale = scaleSequentialSqrt((t: number) => interpolateYlGnBu(0.15 + 0.85 * t)).domain([0, Math.max(1, max)]);
  const ticks =
    max <= 0
      ? []
      : [...new Set([...scaleLinear().domain([0, max]).ticks(3).filter((tick) => tick >= 1 && Number.isInteger(tick)), max])];
  return { max, color: (value) => (value > 0 ? scale(value) : ZERO_FILL), ticks };
}

// Kept apart so the region list can use it without the map's drawing code.
export { metricValue };

/** Where a region is drawn: worked out once per layer and projection, not on every filter change. */
export interface RegionShape {
  code: string;
  name: string;
  nameEn: string | null;
  d: string;
  centroid: [number, number];
  /** Too small to click reliably (香港, 澳门): also drawn as a marker at `marker`. */
  marker: [number, number] | null;
}

export interface RegionMark extends RegionShape {
  count: RegionCount;
  value: number;
  fill: string;
}

const TINY_AREA_PX = 40;

export function projectRegions(regions: readonly RegionFeature[], projection: GeoProjection): RegionShape[] {
  const path = geoPath(projection);
  const shapes = regions.map((region): RegionShape => {
    const [x, y] = path.centroid(region);
    return {
      code: region.id,
      name: region.properties.name,
      nameEn: region.properties.nameEn ?? null,
      d: path(region) ?? '',
      centroid: [Number.isFinite(x) ? x : 0, Number.isFinite(y) ? y : 0],
      marker: path.area(region) < TINY_AREA_PX ? [0, 0] : null,
    };
  });
  placeMarkers(shapes.filter((shape) => shape.marker));
  return shapes;
}

/** The shapes with their counts and fills under the current filters. */
export function shadeRegions(
  shapes: readonly RegionShape[],
  counts: ReadonlyMap<string, RegionCount>,
  metric: MapMetric,
  color: (value: number) => string,
): RegionMark[] {
  return shapes.map((shape) => {
    const count = counts.get(shape.code) ?? NO_COUNT;
    const value = metricValue(count, metric);
    return { ...shape, count, value, fill: color(value) };
  });
}

export function layoutRegions(
  regions: readonly RegionFeature[],
  projection: GeoProjection,
  counts: ReadonlyMap<string, RegionCount>,
  metric: MapMetric,
  color: (value: number) => string,
): RegionMark[] {
  return shadeRegions(projectRegions(regions, projection), counts, metric, color);
}

const MARKER_GAP = 11;

/**
 * Markers sit just below-right of their region; one that would overlap a
 * marker already placed (香港 next to 澳门) moves down until it is clear.
 */
function placeMarkers(tiny: RegionShape[]): void {
  const placed: Array<[number, number]> = [];
  for (const mark of [...tiny].sort((a, b) => a.centroid[0] - b.centroid[0])) {
    const spot: [number, number] = [mark.centroid[0] + 8, mark.centroid[1] + 8];
    while (placed.some(([x, y]) => Math.hypot(x - spot[0], y - spot[1]) < MARKER_GAP)) spot[1] += MARKER_GAP;
    placed.push(spot);
    mark.marker = spot;
  }
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const DIRECTION_VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The region an arrow key moves to: the nearest centroid lying within 60° of
 * the key's direction, distance weighted against drifting sideways.
 */
export function neighbourInDirection(
  marks: readonly Pick<RegionMark, 'code' | 'centroid'>[],
  fromCode: string,
  direction: Direction,
): string | null {
  const from = marks.find((mark) => mark.code === fromCode);
  if (!from) return marks[0]?.code ?? null;
  const [ux, uy] = DIRECTION_VECTORS[direction];
  let best: { code: string; score: number } | null = null;
  for (const mark of marks) {
    if (mark.code === fromCode) continue;
    const dx = mark.centroid[0] - from.centroid[0];
    const dy = mark.centroid[1] - from.centroid[1];
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { code: mark.code, score };
  }
  return best?.code ?? null;
}

export interface ArticleHighlight {
  /** Layer regions containing one of the article's primary regions. */
  primary: Set<string>;
  /** Layer regions containing any region the article names or has measures in. */
  mentioned: Set<string>;
  national: boolean;
}

export function articleHighlight(article: ArticleSummary | null, layerCodes: readonly string[]): ArticleHighlight {
  const highlight: ArticleHighlight = { primary: new Set(), mentioned: new Set(), national: false };
  if (!article) return highlight;
  const codes = new Set([
    ...article.primaryRegions,
    ...article.regionCodes,
    ...article.measures.flatMap((measure) => measure.regionCodes),
  ]);
  highlight.national = codes.has('100000');
  for (const layerCode of layerCodes) {
    if (article.primaryRegions.some((code) => regionContains(layerCode, code))) highlight.primary.add(layerCode);
    for (const code of codes) if (regionContains(layerCode, code)) highlight.mentioned.add(layerCode);
  }
  return highlight;
}
