import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { regionByCode } from '../../data/lazy/lazyGazetteer';

/** One province, prefecture or (for municipalities) district, keyed by its GB/T 2260 code. */
export type RegionFeature = Feature<Polygon | MultiPolygon, { name: string; short?: string; nameEn?: string }> & {
  id: string;
};

export interface GeoLayer {
  regions: RegionFeature[];
  /** The South China Sea schematic (country layer only). */
  nanhai: Feature<Polygon>[];
  nanhaiFrame: Feature<Polygon> | null;
}

function collection(topology: Topology, name: string): FeatureCollection | null {
  const object = topology.objects[name];
  return object ? (feature(topology, object) as FeatureCollection) : null;
}

/** Turns a TopoJSON file from `npm run geo` into GeoJSON features for drawing. */
export function toGeoLayer(topology: Topology, objectName: 'provinces' | 'regions'): GeoLayer {
  if (topology?.type !== 'Topology' || !Array.isArray(topology.arcs) || typeof topology.objects !== 'object' || topology.objects === null) {
    throw new Error('The map file is not a TopoJSON topology');
  }
  const object = topology.objects[objectName] as GeometryCollection | undefined;
  if (object?.type !== 'GeometryCollection') throw new Error(`Map file has no "${objectName}" layer`);
  const regions = (collection(topology, objectName)?.features ?? []).map(
    (region) => ({ ...region, id: String(region.id) }) as RegionFeature,
  );
  const nanhai = (collection(topology, 'nanhai')?.features ?? []) as Feature<Polygon>[];
  const frame = (collection(topology, 'nanhaiFrame')?.features[0] ?? null) as Feature<Polygon> | null;
  return {
    regions,
    nanhai,
    nanhaiFrame: frame,
  };
}

/** Province-level units without a prefecture map: the gazetteer has no codes for their subdivisions. */
const NO_PREFECTURE_MAP = new Set(['710000', '810000', '820000']);

export function hasPrefectureMap(code: string): boolean {
  return regionByCode(code)?.level === 'province' && code.endsWith('0000') && !NO_PREFECTURE_MAP.has(code);
}

export const COUNTRY_GEO_PATH = 'geo/china-provinces.json';

export function prefectureGeoPath(provinceCode: string): string {
  return `geo/prefectures/${provinceCode}.json`;
}
