import { describe, expect, it } from 'vitest';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../../src/parse/measures/taxonomy';
import { fileName, generateArticle } from './generateArticle';
import { PROVINCES, countiesOf } from './regions';

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('generateArticle determinism', () => {
  it('gives byte-identical files and manifests for the same seed and index', () => {
    for (let index = 0; index < 60; index++) {
      const a = generateArticle(123, index);
      const b = generateArticle(123, index);
      expect(a.file).toBe(b.file);
      expect(sameBytes(a.bytes, b.bytes)).toBe(true);
      expect(JSON.stringify(a.manifest)).toBe(JSON.stringify(b.manifest));
    }
  });

  it('does not depend on what was generated before', () => {
    const alone = generateArticle(5, 40);
    for (let index = 0; index < 40; index++) generateArticle(9, index);
    expect(sameBytes(generateArticle(5, 40).bytes, alone.bytes)).toBe(true);
  });

  it('gives different articles for different seeds', () => {
    let differing = 0;
    for (let index = 0; index < 30; index++) {
      if (!sameBytes(generateArticle(1, index).bytes, generateArticle(2, index).bytes)) differing++;
    }
    expect(differing).toBe(30);
  });
});

describe('generateArticle manifest', () => {
  const categories = new Set<string>(MEASURE_CATEGORIES.map((info) => info.id));
  const directions = new Set<string>(MEASURE_DIRECTIONS.map((info) => info.id));
  const codes = new Set<string>(['100000']);
  for (const province of PROVINCES) {
    codes.add(province.code);
    for (const prefecture of province.prefectures) codes.add(prefecture.code);
    for (const county of countiesOf(province)) codes.add(county.code);
  }

  it('names files by index with the declared format', () => {
    expect(fileName(0, 5, 'txt')).toBe('00001.txt');
    expect(fileName(123455, 6, 'html')).toBe('123456.html');
    for (let index = 0; index < 50; index++) {
      const { file, manifest } = generateArticle(77, index);
      expect(file).toBe(manifest.file);
      expect(file.endsWith(`.${manifest.format}`)).toBe(true);
    }
  });

  it('describes each article with real codes, known categories and dates in 2020–2022', () => {
    for (let index = 0; index < 200; index++) {
      const { manifest } = generateArticle(31, index);
      expect(manifest.published.date >= '2020-01-01' && manifest.published.date <= '2022-12-31').toBe(true);
      expect(manifest.primaryRegions.length).toBeGreaterThan(0);
      for (const code of manifest.primaryRegions) expect(codes.has(code), code).toBe(true);
      if (manifest.scope === 'national') expect(manifest.primaryRegions).toEqual(['100000']);
      else expect(manifest.primaryRegions[manifest.primaryRegions.length - 1]).toBe(manifest.province);
      for (const measure of manifest.measures) {
        expect(categories.has(measure.category), measure.category).toBe(true);
        expect(directions.has(measure.direction), measure.direction).toBe(true);
        expect(measure.count).toBeGreaterThan(0);
      }
      for (const date of manifest.mentionedDates) expect(date).toMatch(/^20(19|2[0-3])-\d\d-\d\d$/);
      const yearForms = manifest.published.forms.filter((form) => /timestamp|ymd|signature/.test(form));
      expect(manifest.published.yearWritten).toBe(yearForms.length > 0);
    }
  });

  it('writes bytes that decode in the declared encoding', () => {
    const decoders: Record<string, TextDecoder> = {
      'utf-8': new TextDecoder('utf-8', { fatal: true }),
      'utf-8-bom': new TextDecoder('utf-8', { fatal: true }),
      'utf-16le': new TextDecoder('utf-16le', { fatal: true }),
      gb18030: new TextDecoder('gb18030', { fatal: true }),
      big5: new TextDecoder('big5', { fatal: true }),
    };
    for (let index = 0; index < 400; index++) {
      const { bytes, manifest } = generateArticle(13, index);
      const text = decoders[manifest.encoding]!.decode(bytes);
      expect(text.length).toBeGreaterThan(0);
      if (manifest.encoding === 'utf-8-bom') expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      if (manifest.encoding === 'utf-16le') expect([...bytes.slice(0, 2)]).toEqual([0xff, 0xfe]);
      if (manifest.format === 'html') expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
    }
  });
});
