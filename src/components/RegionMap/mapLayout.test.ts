import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { ArticleSummary } from '../../model';
import { toGeoLayer } from './geoData';
import {
  articleHighlight,
  choropleth,
  fitProjection,
  layoutRegions,
  mapFrame,
  neighbourInDirection,
  ZERO_FILL,
} from './mapLayout';

const country = toGeoLayer(
  JSON.parse(readFileSync(join(__dirname, '../../../public/geo/china-provinces.json'), 'utf8')) as Topology,
  'provinces',
);

describe('fitProjection', () => {
  it('fits China inside the frame with the north up', () => {
    const frame = mapFrame(340, true);
    const projection = fitProjection(frame, country.regions);
    const [hx, hy] = projection([126.6, 45.7])!; // Harbin
    const [kx, ky] = projection([102.7, 25.0])!; // Kunming
    const [ux, uy] = projection([87.6, 43.8])!; // Urumqi
    for (const [x, y] of [[hx, hy], [kx, ky], [ux, uy]]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(frame.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(frame.height);
    }
    expect(hy).toBeLessThan(ky);
    expect(ux).toBeLessThan(hx);
  });
});

describe('mapFrame', () => {
  it('scales down to a phone and puts the inset at the bottom right', () => {
    const phone = mapFrame(374, true);
    expect(phone.height).toBeLessThan(374);
    expect(phone.inset!.x + phone.inset!.width).toBeLessThanOrEqual(374);
    expect(phone.inset!.y + phone.inset!.height).toBeLessThanOrEqual(phone.height);
    expect(mapFrame(374, false).inset).toBeNull();
  });
});

describe('choropleth', () => {
  it('keeps zero neutral and labels the maximum', () => {
    const scale = choropleth([0, 3, 40]);
    expect(scale.color(0)).toBe(ZERO_FILL);
    expect(scale.color(1)).not.toBe(scale.color(40));
    expect(scale.ticks.at(-1)).toBe(40);
    expect(scale.ticks.every((tick) => tick > 0)).toBe(true);
    expect(choropleth([0, 0]).ticks).toEqual([]);
  });
});

describe('layoutRegions', () => {
  const frame = mapFrame(340, true);
  const projection = fitProjection(frame, country.regions);
  const counts = new Map([['650000', { articles: 4, measures: 9 }]]);
  const scale = choropleth([4]);
  const marks = layoutRegions(country.regions, projection, counts, 'measures', scale.color);

  it('draws every province with its count', () => {
    expect(marks).toHaveLength(34);
    const xinjiang = marks.find((mark) => mark.code === '650000')!;
    expect(xinjiang.value).toBe(9);
    expect(xinjiang.d.length).toBeGreaterThan(20);
    expect(marks.find((mark) => mark.code === '620000')!.fill).toBe(ZERO_FILL);
  });

  it('gives Hong Kong and Macao separate markers', () => {
    const hk = marks.find((mark) => mark.code === '810000')!;
    const macao = marks.find((mark) => mark.code === '820000')!;
    expect(hk.marker).not.toBeNull();
    expect(macao.marker).not.toBeNull();
    const [dx, dy] = [hk.marker![0] - macao.marker![0], hk.marker![1] - macao.marker![1]];
    expect(Math.hypot(dx, dy)).toBeGreaterThan(10);
    expect(marks.find((mark) => mark.code === '650000')!.marker).toBeNull();
  });
});

describe('neighbourInDirection', () => {
  const marks = [
    { code: 'a', centroid: [0, 0] as [number, number] },
    { code: 'b', centroid: [10, 1] as [number, number] },
    { code: 'c', centroid: [0, 10] as [number, number] },
    { code: 'd', centroid: [30, -2] as [number, number] },
  ];
  it('moves to the nearest region on that side', () => {
    expect(neighbourInDirection(marks, 'a', 'right')).toBe('b');
    expect(neighbourInDirection(marks, 'a', 'down')).toBe('c');
    expect(neighbourInDirection(marks, 'b', 'right')).toBe('d');
    expect(neighbourInDirection(marks, 'a', 'left')).toBeNull();
  });
});

describe('articleHighlight', () => {
  const article = {
    primaryRegions: ['652801'],
    regionCodes: ['652801', '620100'],
    measures: [{ regionCodes: ['100000'] }],
  } as unknown as ArticleSummary;

  it('separates primary regions from mentioned ones', () => {
    const highlight = articleHighlight(article, ['650000', '620000', '140000']);
    expect([...highlight.primary]).toEqual(['650000']);
    expect([...highlight.mentioned].sort()).toEqual(['620000', '650000']);
    expect(highlight.national).toBe(true);
    expect(articleHighlight(null, ['650000']).mentioned.size).toBe(0);
  });
});
