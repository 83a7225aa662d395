import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeRing, nameStem, resolveCode, rewindForD3, type GazetteerRow } from './build-geo';

const root = join(__dirname, '..');

/** Encodes like ECharts does, to check the decoder round-trips. */
function encodeRing(points: Array<[number, number]>, scale = 1024): { encoded: string; offset: [number, number] } {
  const quantised = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: [number, number] = [quantised[0]![0], quantised[0]![1]];
  let [px, py] = offset;
  let encoded = '';
  const zigzag = (v: number) => (v << 1) ^ (v >> 31);
  for (const [x, y] of quantised) {
    encoded += String.fromCharCode(zigzag(x - px) + 64, zigzag(y - py) + 64);
    [px, py] = [x, y];
  }
  return { encoded, offset };
}

describe('decodeRing', () => {
  it('round-trips zigzag deltas at 1/1024 degree', () => {
    const points: Array<[number, number]> = [[87.5, 43.75], [87.6, 43.7], [87.55, 43.9]];
    const { encoded, offset } = encodeRing(points);
    const decoded = decodeRing(encoded, offset);
    decoded.forEach((point, i) => {
      expect(point[0]).toBeCloseTo(points[i]![0], 2);
      expect(point[1]).toBeCloseTo(points[i]![1], 2);
    });
  });
});

describe('rewindForD3', () => {
  it('makes any exterior ring smaller than a hemisphere', () => {
    const square = [[100, 30], [101, 30], [101, 31], [100, 31], [100, 30]];
    for (const ring of [square, [...square].reverse()]) {
      const area = geoArea({ type: 'Polygon', coordinates: rewindForD3([ring]) });
      expect(area).toBeLessThan(0.01);
    }
  });
});

describe('resolveCode', () => {
  const gazetteer: GazetteerRow[] = [
    { code: '650000', name: '新疆维吾尔自治区', level: 'province', parent: null },
    { code: '650500', name: '哈密市', level: 'prefecture', parent: '650000' },
    { code: '540600', name: '那曲市', level: 'prefecture', parent: '540000' },
    { code: '370100', name: '济南市', level: 'prefecture', parent: '370000' },
  ];
  it('keeps ids the gazetteer knows and renames outdated ones by name', () => {
    expect(resolveCode({ id: '650500', name: '哈密市' }, '650000', gazetteer)).toBe('650500');
    expect(resolveCode({ id: '652200', name: '哈密市' }, '650000', gazetteer)).toBe('650500');
    expect(resolveCode({ id: '542400', name: '那曲地区' }, '540000', gazetteer)).toBe('540600');
    expect(resolveCode({ id: '371200', name: '莱芜市' }, '370000', gazetteer)).toBe('370100');
    expect(resolveCode({ id: null, name: '不存在市' }, '650000', gazetteer)).toBeNull();
  });
  it('strips administrative suffixes', () => {
    expect(nameStem('巴音郭楞蒙古自治州')).toBe('巴音郭楞蒙古');
    expect(nameStem('那曲地区')).toBe('那曲');
  });
});

describe('generated files (npm run geo)', () => {
  const geo = join(root, 'public/geo');
  const read = (path: string) => JSON.parse(readFileSync(join(geo, path), 'utf8')) as Topology;

  it('holds all 34 province-level units with d3-friendly winding and the South China Sea inset', () => {
    const topo = read('china-provinces.json');
    const provinces = feature(topo, topo.objects.provinces!) as GeoJSON.FeatureCollection;
    expect(provinces.features).toHaveLength(34);
    for (const code of ['650000', '620000', '140000', '710000', '810000', '820000', '460000']) {
      const region = provinces.features.find((f) => f.id === code);
      expect(region, code).toBeDefined();
      expect(geoArea(region!)).toBeLessThan(0.1);
      expect(geoArea(region!)).toBeGreaterThan(0);
    }
    const nanhai = feature(topo, topo.objects.nanhai!) as GeoJSON.FeatureCollection;
    expect(nanhai.features.length).toBeGreaterThanOrEqual(10);
  });

  it('has prefecture files whose ids are the gazetteer codes', () => {
    const gazetteer = JSON.parse(readFileSync(join(root, 'src/parse/regions/gazetteer.json'), 'utf8')) as GazetteerRow[];
    const known = new Set(gazetteer.map((row) => row.code));
    for (const [province, sample] of [['650000', '652800'], ['620000', '620100'], ['140000', '140800'], ['110000', '110105']] as const) {
      const topo = read(`prefectures/${province}.json`);
      const regions = feature(topo, topo.objects.regions!) as GeoJSON.FeatureCollection;
      const ids = regions.features.map((f) => String(f.id));
      expect(ids).toContain(sample);
      for (const id of ids) expect(known.has(id), id).toBe(true);
      for (const region of regions.features) expect(geoArea(region)).toBeLessThan(0.1);
    }
  });

  it('stays small', () => {
    expect(readFileSync(join(geo, 'china-provinces.json')).length).toBeLessThan(200_000);
    expect(existsSync(join(geo, 'prefectures/710000.json'))).toBe(false);
  });
});
