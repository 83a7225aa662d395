import { beforeAll, describe, expect, it } from 'vitest';
import type { DamageKind } from './damage';
import { generateArticle } from './generateArticle';
import type { ManifestEntry } from './manifest';
import { PROVINCES } from './regions';

/** What a 2,000-article corpus covers: places, scripts, damage, encodings, formats, lengths, dates. */

const SAMPLE = 2000;
let manifests: ManifestEntry[] = [];

beforeAll(() => {
  manifests = Array.from({ length: SAMPLE }, (_, index) => generateArticle(1, index).manifest);
}, 120_000);

const share = (predicate: (entry: ManifestEntry) => boolean) => manifests.filter(predicate).length / manifests.length;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))]!;
}

describe('a 2,000-article sample', () => {
  it('covers all 31 provinces, at province, prefecture and county level, and national news', () => {
    const provinces = new Set(manifests.map((entry) => entry.province).filter(Boolean));
    expect(provinces.size).toBe(31);
    expect(PROVINCES.every((province) => provinces.has(province.code))).toBe(true);
    const levels = new Set(manifests.map((entry) => entry.focusLevel));
    expect([...levels].sort()).toEqual(['country', 'county', 'prefecture', 'province']);
    expect(share((entry) => entry.scope === 'national')).toBeGreaterThan(0.05);
    expect(new Set(manifests.map((entry) => entry.prefecture).filter(Boolean)).size).toBeGreaterThan(150);
  });

  it('has Simplified, Traditional and mixed articles, with all three Traditional variants', () => {
    expect(share((entry) => entry.script === 'simplified')).toBeGreaterThan(0.6);
    expect(share((entry) => entry.script === 'traditional')).toBeGreaterThan(0.12);
    expect(share((entry) => entry.script === 'mixed')).toBeGreaterThan(0.02);
    expect(new Set(manifests.map((entry) => entry.traditionalVariant).filter(Boolean)).size).toBe(3);
  });

  it('applies every kind of damage, most of it rarely', () => {
    const kinds: DamageKind[] = ['pinyin', 'mojibake', 'replacement-char', 'halfwidth-punctuation', 'blank-lines', 'run-together', 'crlf'];
    for (const kind of kinds) expect(share((entry) => entry.damage.includes(kind)), kind).toBeGreaterThan(0);
    expect(share((entry) => entry.damage.includes('pinyin'))).toBeLessThan(0.15);
    expect(share((entry) => entry.damage.includes('mojibake'))).toBeLessThan(0.1);
  });

  it('is mostly UTF-8 text, with some legacy encodings and saved web pages', () => {
    expect(share((entry) => entry.encoding === 'utf-8')).toBeGreaterThan(0.75);
    for (const encoding of ['gb18030', 'big5', 'utf-8-bom', 'utf-16le'] as const) {
      expect(share((entry) => entry.encoding === encoding), encoding).toBeGreaterThan(0);
    }
    expect(share((entry) => entry.format === 'html')).toBeGreaterThan(0.03);
    expect(share((entry) => entry.format === 'html')).toBeLessThan(0.2);
  });

  it('mixes short items and long reports like the real corpus', () => {
    const lengths = manifests.map((entry) => entry.length);
    expect(quantile(lengths, 0.5)).toBeGreaterThan(100);
    expect(quantile(lengths, 0.5)).toBeLessThan(300);
    expect(quantile(lengths, 0.9)).toBeGreaterThan(500);
    expect(share((entry) => entry.length >= 2000)).toBeGreaterThan(0.03);
    expect(Math.max(...lengths)).toBeLessThan(6000);
  });

  it('dates articles across 2020–2022, most in 2022, some without a written year', () => {
    const years = new Map<string, number>();
    for (const entry of manifests) years.set(entry.published.date.slice(0, 4), (years.get(entry.published.date.slice(0, 4)) ?? 0) + 1);
    expect([...years.keys()].sort()).toEqual(['2020', '2021', '2022']);
    expect(years.get('2022')!).toBeGreaterThan(years.get('2021')!);
    expect(years.get('2022')!).toBeGreaterThan(years.get('2020')!);
    expect(share((entry) => entry.published.yearWritten)).toBeGreaterThan(0.3);
    expect(share((entry) => !entry.published.yearWritten)).toBeGreaterThan(0.2);
    expect(share((entry) => entry.published.forms.includes('dateline-md'))).toBeGreaterThan(0.02);
    expect(share((entry) => entry.mentionedDates.length > 0)).toBeGreaterThan(0.3);
  });

  it('gives most articles measures, some none', () => {
    expect(share((entry) => entry.measures.length > 0)).toBeGreaterThan(0.8);
    expect(share((entry) => entry.measures.length === 0)).toBeGreaterThan(0.02);
    const categories = new Set(manifests.flatMap((entry) => entry.measures.map((measure) => measure.category)));
    expect(categories.size).toBe(17);
    const relaxing = share((entry) => entry.measures.some((measure) => measure.direction === 'relax'));
    const tightening = share((entry) => entry.measures.some((measure) => measure.direction === 'tighten'));
    expect(relaxing).toBeGreaterThan(0.2);
    expect(tightening).toBeGreaterThan(0.4);
  });
});
