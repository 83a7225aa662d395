import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../model';
import { toSimplified } from '../script';
import { extractMeasures } from './extractMeasures';

const corpusPath = fileURLToPath(new URL('../../../../shared/corpus/real-news.jsonl', import.meta.url));

describe.skipIf(!existsSync(corpusPath))('extractMeasures on the real-news corpus', () => {
  it('reads the whole corpus quickly and finds measures in a fair share of items', { timeout: 180_000 }, () => {
    const texts = readFileSync(corpusPath, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { title: string | null; text: string | null })
      .map((item) => toSimplified(`${item.title ?? ''}\n${item.text ?? ''}`));

    const started = performance.now();
    const measuresPerItem: Measure[][] = texts.map((text) =>
      extractMeasures(text, { regions: [], primaryRegions: [], dates: [] }),
    );
    const seconds = (performance.now() - started) / 1000;

    const withMeasures = measuresPerItem.filter((measures) => measures.length > 0).length;
    expect(seconds).toBeLessThan(30);
    expect(withMeasures / texts.length).toBeGreaterThan(0.15);
    const categories = new Set(measuresPerItem.flat().map((measure) => measure.category));
    expect(categories.size).toBeGreaterThanOrEqual(15);
    measuresPerItem.forEach((measures, index) => {
      for (const measure of measures) {
        expect(texts[index]!.slice(measure.trigger.start, measure.trigger.end)).toBe(measure.trigger.text);
      }
    });
  });
});
