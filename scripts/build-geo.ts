/**
 * Builds the map geometry in public/geo/ from the boundary files shipped with
 * echarts@4.9.0 (Apache-2.0):
 *
 * - public/geo/china-provinces.json — TopoJSON, objects `provinces` (34
 *   province-level units, id = GB/T 2260 code, properties name/nameEn) and
 *   `nanhai` (ECharts' South China Sea schematic, drawn as an inset).
 * - public/geo/prefectures/<provinceCode>.json — TopoJSON, object `regions`:
 *   the prefectures of a province (for municipalities: their districts),
 *   id = GB/T 2260 code, properties name.
 *
 * Decisions the data forces:
 * - ECharts stores coordinates "UTF8-encoded": each ring is a string of
 *   zigzag-encoded deltas from `encodeOffsets`, two characters per point,
 *   quantised at 1/1024 degree. xizang.json alone is plain GeoJSON.
 * - Feature ids are mostly GB/T 2260 codes, but a few predate boundary changes
 *   (哈密市 652200 → 650500, 那曲地区 542400 → 540600, 梁平县 → 梁平区…) or have no
 *   id (崇明区, 山南市). Those resolve by name inside their province via the
 *   gazetteer; 莱芜市 (merged into 济南市 in 2019) is dissolved into 济南.
 * - 台湾, 香港, 澳门 get no prefecture file: the gazetteer has no codes for their
 *   subdivisions, so nothing could be counted or filtered there.
 * - Rings are rewound to d3-geo's convention (clockwise exteriors), and small
 *   offshore islets are dropped before simplification to keep files small.
 *
 * Run: npm run geo
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, filter, filterAttachedWeight, planarRingArea } from 'topojson-simplify';
import { mergeArcs, quantize } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

// ---------------------------------------------------------------------------
// ECharts decoding

interface EchartsGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets?: unknown;
}

interface EchartsFeature {
  id?: string;
  properties: { id?: string; name: string; cp?: [number, number] };
  geometry: EchartsGeometry;
}

export interface EchartsMap {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsFeature[];
}

/**
 * One ring: two characters per point, each `charCode - 64` a zigzag-encoded
 * delta from the previous point (the first from `offset`), in 1/scale degrees.
 */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = 1024): Position[] {
  const ring: Position[] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return ring;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [...first]];
}

/** Every feature's geometry as a plain MultiPolygon in degrees. */
export function decodeEchartsMap(map: EchartsMap): Array<{ id: string | null; name: string; polygons: Position[][][] }> {
  const scale = map.UTF8Scale ?? 1024;
  return map.features
    .filter((feature) => feature.geometry && (feature.geometry.coordinates as unknown[]).length > 0)
    .map((feature) => {
      const { type, coordinates, encodeOffsets } = feature.geometry;
      const decodePolygon = (rings: unknown[], offsets: unknown[] | undefined): Position[][] =>
        rings.map((ring, i) =>
          closeRing(
            map.UTF8Encoding
              ? decodeRing(ring as string, offsets?.[i] as [number, number], scale)
              : (ring as Position[]).map(([x, y]) => [x as number, y as number]),
          ),
        );
      const polygons =
        type === 'Polygon'
          ? [decodePolygon(coordinates as unknown[], encodeOffsets as unknown[] | undefined)]
          : (coordinates as unknown[][]).map((polygon, i) =>
              decodePolygon(polygon, (encodeOffsets as unknown[][] | undefined)?.[i]),
            );
      return { id: feature.id ?? feature.properties.id ?? null, name: feature.properties.name, polygons };
    });
}

// ---------------------------------------------------------------------------
// Geometry clean-up

/** d3-geo wants exteriors clockwise (area < hemisphere) and holes the other way. */
export function rewindForD3(polygon: Position[][]): Position[][] {
  return polygon.map((ring, i) => {
    const area = geoArea({ type: 'Polygon', coordinates: [ring] });
    const tooLarge = area > 2 * Math.PI;
    const isHole = i > 0;
    return tooLarge !== isHole ? [...ring].reverse() : ring;
  });
}

function planarArea(polygon: Position[][]): number {
  const exterior = polygon[0];
  return exterior ? planarRingArea(exterior as Array<[number, number]>) : 0;
}

/** Drops islets below `minArea` (square degrees) but never a feature's largest part. */
export function dropSmallParts(polygons: Position[][][], minArea: number): Position[][][] {
  const areas = polygons.map(planarArea);
  const largest = areas.indexOf(Math.max(...areas));
  return polygons.filter((_, i) => i === largest || (areas[i] ?? 0) >= minArea);
}

// ---------------------------------------------------------------------------
// Topology

export interface RegionShape {
  code: string;
  properties: Record<string, string>;
  polygons: Position[][][];
}

interface LayerOptions {
  /** Share of vertices kept, the most significant by Visvalingam weight, 0–1. */
  keepShare: number;
  /** Grid size of the stored integer coordinates per axis. */
  quantization: number;
  /** Islets smaller than this share of the layer's bounding box are dropped. */
  minPartShare: number;
  /** Extra objects kept exactly (no simplification), e.g. the South China Sea schematic. */
  exact?: Record<string, FeatureCollection>;
}

function bboxArea(shapes: readonly RegionShape[]): number {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const shape of shapes)
    for (const polygon of shape.polygons)
      for (const [x, y] of polygon[0] ?? []) {
        x0 = Math.min(x0, x!);
        x1 = Math.max(x1, x!);
        y0 = Math.min(y0, y!);
        y1 = Math.max(y1, y!);
      }
  return (x1 - x0) * (y1 - y0);
}

function toFeature(shape: RegionShape): Feature<MultiPolygon> {
  return {
    type: 'Feature',
    id: shape.code,
    properties: shape.properties,
    geometry: { type: 'MultiPolygon', coordinates: shape.polygons.map(rewindForD3) },
  };
}

type TopoArea = TopoPolygon | TopoMultiPolygon;

function ringsOf(geometry: GeometryObject): number[][] {
  if (geometry.type === 'Polygon') return (geometry as TopoPolygon).arcs;
  if (geometry.type === 'MultiPolygon') return (geometry as TopoMultiPolygon).arcs.flat();
  return [];
}

/** Dissolves geometries sharing an id (莱芜 into 济南) into one. */
function dissolveDuplicates(topo: Topology, name: string): void {
  const collection = topo.objects[name] as GeometryCollection;
  const byId = new Map<string, GeometryObject[]>();
  for (const geometry of collection.geometries) {
    const id = String(geometry.id);
    byId.set(id, [...(byId.get(id) ?? []), geometry]);
  }
  collection.geometries = [...byId.values()].map((group) => {
    const [first] = group;
    if (group.length === 1 || !first) return first!;
    const merged = mergeArcs(topo, group as TopoArea[]) as GeometryObject;
    return { ...merged, id: first.id, properties: first.properties } as GeometryObject;
  });
}

/**
 * A closed ring made of one arc keeps only its endpoint after heavy
 * simplification; keeping its two heaviest inner points keeps it a triangle.
 */
function protectClosedArcs(arcs: number[][][]): void {
  for (const arc of arcs) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1] || arc.length < 4) continue;
    const inner = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of inner.slice(0, 2)) point[2] = Infinity;
  }
}

export function buildLayer(objectName: string, shapes: readonly RegionShape[], options: LayerOptions): Topology {
  const minArea = bboxArea(shapes) * options.minPartShare;
  const regions: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: shapes.map((shape) => toFeature({ ...shape, polygons: dropSmallParts(shape.polygons, minArea) })),
  };
  const raw = topology({ [objectName]: regions, ...options.exact }, options.quantization);
  dissolveDuplicates(raw, objectName);

  const weighted = presimplify(raw as Topology<Objects<{}>>);
  protectClosedArcs(weighted.arcs as number[][][]);
  // Tiny units (香港, 澳门, city districts) and the exact objects keep every vertex.
  const keepExact = new Set<number>();
  const smallArea = minArea * 20;
  for (const [name, object] of Object.entries(weighted.objects)) {
    for (const geometry of (object as GeometryCollection).geometries) {
      const regionArea = shapes.find((shape) => shape.code === String(geometry.id))?.polygons.reduce(
        (sum, polygon) => sum + planarArea(polygon),
        0,
      );
      if (name !== objectName || (regionArea !== undefined && regionArea < smallArea)) {
        for (const ring of ringsOf(geometry)) for (const arc of ring) keepExact.add(arc < 0 ? ~arc : arc);
      }
    }
  }
  for (const index of keepExact) for (const point of weighted.arcs[index] ?? []) point[2] = Infinity;

  const simplified = simplify(weighted, quantile(weighted, options.keepShare));
  const cleaned = filter(simplified, filterAttachedWeight(simplified, 1e-9, planarRingArea));
  return quantize(cleaned, options.quantization);
}

// ---------------------------------------------------------------------------
// Codes and names

export interface GazetteerRow {
  code: string;
  name: string;
  level: string;
  parent: string | null;
}

/** Province names in English: echarts' file names are pinyin, with the conventional exceptions. */
const ENGLISH_OVERRIDES: Record<string, string> = {
  '150000': 'Inner Mongolia',
  '540000': 'Tibet (Xizang)',
  '610000': 'Shaanxi',
  '810000': 'Hong Kong',
  '820000': 'Macao',
  '710000': 'Taiwan',
};

/** Prefecture-level units renamed or merged since echarts' data was drawn. */
const MERGED_INTO: Record<string, string> = { 莱芜市: '370100' };

const SUFFIXES = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|盟|省|市|县|区)$/;
export const nameStem = (name: string): string => name.replace(SUFFIXES, '');

/**
 * The gazetteer code of a feature in a province file: its id when the
 * gazetteer knows it, else the region of that province with the same name stem.
 */
export function resolveCode(
  feature: { id: string | null; name: string },
  provinceCode: string,
  gazetteer: readonly GazetteerRow[],
): string | null {
  const known = new Set(gazetteer.map((row) => row.code));
  if (feature.id && known.has(feature.id)) return feature.id;
  const merged = MERGED_INTO[feature.name];
  if (merged) return merged;
  const prefix = provinceCode.slice(0, 2);
  const stem = nameStem(feature.name);
  const candidates = gazetteer.filter(
    (row) => row.code.startsWith(prefix) && row.level !== 'province' && nameStem(row.name) === stem,
  );
  return (candidates.find((row) => row.level === 'prefecture') ?? candidates[0])?.code ?? null;
}

// ---------------------------------------------------------------------------
// South China Sea schematic (echarts/lib/coord/geo/fix/nanhai.js)

const NANHAI_ORIGIN: [number, number] = [126, 25];
const NANHAI_POINTS: number[][][] = [
  [[0, 3.5], [7, 11.2], [15, 11.9], [30, 7], [42, 0.7], [52, 0.7], [56, 7.7], [59, 0.7], [64, 0.7], [64, 0], [5, 0], [0, 3.5]],
  [[13, 16.1], [19, 14.7], [16, 21.7], [11, 23.1], [13, 16.1]],
  [[12, 32.2], [14, 38.5], [15, 38.5], [13, 32.2], [12, 32.2]],
  [[16, 47.6], [12, 53.2], [13, 53.2], [18, 47.6], [16, 47.6]],
  [[6, 64.4], [8, 70], [9, 70], [8, 64.4], [6, 64.4]],
  [[23, 82.6], [29, 79.8], [30, 79.8], [25, 82.6], [23, 82.6]],
  [[37, 70.7], [43, 62.3], [44, 62.3], [39, 70.7], [37, 70.7]],
  [[48, 51.1], [51, 45.5], [53, 45.5], [50, 51.1], [48, 51.1]],
  [[51, 35], [51, 28.7], [53, 28.7], [53, 35], [51, 35]],
  [[52, 22.4], [55, 17.5], [56, 17.5], [53, 22.4], [52, 22.4]],
  [[58, 12.6], [62, 7], [63, 7], [60, 12.6], [58, 12.6]],
];

/**
 * The coast and the dashes, in degrees as ECharts places them (a box east of
 * Taiwan); the view draws them in their own inset, so only their shape matters.
 * ECharts' frame ring is left out: the view draws the inset's frame itself.
 */
export function nanhaiSchematic(): FeatureCollection<Polygon> {
  const toDegrees = ([x, y]: number[]): Position => [
    NANHAI_ORIGIN[0] + x! / 10.5,
    NANHAI_ORIGIN[1] - (y! * 0.75) / 10.5,
  ];
  return {
    type: 'FeatureCollection',
    features: NANHAI_POINTS.map((ring, i) => ({
      type: 'Feature',
      id: i === 0 ? 'coast' : `dash-${i}`,
      properties: { part: i === 0 ? 'coast' : 'dash' },
      geometry: { type: 'Polygon', coordinates: rewindForD3([ring.map(toDegrees)]) },
    })),
  };
}

/** The extent of the inset (ECharts' frame), so the view can fit its projection to it. */
export function nanhaiFrame(): Feature<Polygon> {
  const corners = [[0, 0], [64, 0], [64, 93.1], [0, 93.1], [0, 0]].map(([x, y]): Position => [
    NANHAI_ORIGIN[0] + x! / 10.5,
    NANHAI_ORIGIN[1] - (y! * 0.75) / 10.5,
  ]);
  return {
    type: 'Feature',
    id: 'frame',
    properties: { part: 'frame' },
    geometry: { type: 'Polygon', coordinates: rewindForD3([corners]) },
  };
}

// ---------------------------------------------------------------------------
// Main

function provinceShapes(china: EchartsMap, gazetteer: readonly GazetteerRow[], englishByCode: Map<string, string>): RegionShape[] {
  const gazetteerNames = new Map(gazetteer.map((row) => [row.code, row.name]));
  return decodeEchartsMap(china).map((feature) => {
    const code = feature.id!;
    return {
      code,
      properties: {
        name: gazetteerNames.get(code) ?? feature.name,
        short: feature.name,
        nameEn: englishByCode.get(code) ?? code,
      },
      polygons: feature.polygons,
    };
  });
}

function titleCase(pinyin: string): string {
  return pinyin.charAt(0).toUpperCase() + pinyin.slice(1);
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const echartsJson = join(root, 'node_modules/echarts/map/json');
  const outDir = join(root, 'public/geo');
  const gazetteer = JSON.parse(readFileSync(join(root, 'src/parse/regions/gazetteer.json'), 'utf8')) as GazetteerRow[];
  const readMap = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as EchartsMap;

  const provinceFiles = readdirSync(join(echartsJson, 'province')).filter((file) => file.endsWith('.json'));
  const englishByCode = new Map<string, string>();
  const prefectureMaps = new Map<string, EchartsMap>();
  for (const file of provinceFiles) {
    const map = readMap(join(echartsJson, 'province', file));
    const someId = map.features.map((feature) => feature.id).find((id) => id && /^\d{6}$/.test(id));
    const provinceCode = someId ? `${someId.slice(0, 2)}0000` : file === 'taiwan.json' ? '710000' : null;
    if (!provinceCode) continue;
    englishByCode.set(provinceCode, ENGLISH_OVERRIDES[provinceCode] ?? titleCase(file.replace(/\d*\.json$/, '')));
    prefectureMaps.set(provinceCode, map);
  }

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'prefectures'), { recursive: true });

  const country = buildLayer('provinces', provinceShapes(readMap(join(echartsJson, 'china.json')), gazetteer, englishByCode), {
    keepShare: 0.2,
    quantization: 1e4,
    minPartShare: 2e-6,
    exact: {
      nanhai: nanhaiSchematic(),
      nanhaiFrame: { type: 'FeatureCollection', features: [nanhaiFrame()] },
    },
  });
  const sizes: Array<[string, number]> = [];
  const write = (path: string, data: unknown) => {
    const text = JSON.stringify(data);
    writeFileSync(join(outDir, path), text);
    sizes.push([path, text.length]);
  };
  write('china-provinces.json', country);

  const known = new Set(gazetteer.map((row) => row.code));
  for (const [provinceCode, map] of [...prefectureMaps].sort(([a], [b]) => a.localeCompare(b))) {
    if (!known.has(provinceCode) || !gazetteer.some((row) => row.parent === provinceCode)) continue;
    const shapes: RegionShape[] = [];
    for (const feature of decodeEchartsMap(map)) {
      const code = resolveCode(feature, provinceCode, gazetteer);
      if (!code) {
        console.warn(`geo: ${provinceCode} ${feature.name} (${feature.id}) has no gazetteer code; skipped`);
        continue;
      }
      const name = gazetteer.find((row) => row.code === code)?.name ?? feature.name;
      shapes.push({ code, properties: { name }, polygons: feature.polygons });
    }
    write(`prefectures/${provinceCode}.json`, buildLayer('regions', shapes, { keepShare: 0.09, quantization: 1000, minPartShare: 2e-5 }));
  }

  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  for (const [path, size] of sizes) console.log(`${(size / 1024).toFixed(1).padStart(7)} kB  public/geo/${path}`);
  console.log(`${(total / 1024).toFixed(1).padStart(7)} kB  total`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
