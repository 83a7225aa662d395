import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model';
import { parseArticleBytes } from '../../src/parse/parseArticle';
import { provinceCodeOf } from '../../src/parse/regions/gazetteer';
import { generateArticle } from './generateArticle';
import type { ManifestEntry } from './manifest';

/**
 * Does the parser read back what the generator meant? 300 generated files go
 * through parseArticleBytes and are compared with their manifest entries.
 *
 * Measured on seeds 7, 8 and 21 (300 articles each):
 * - publication date, where the article writes it with a year: 99.4–100 %
 *   agree at the precision the parser claims (92–93 % to the exact day; the
 *   rest are year-dated leads, which the parser rightly reads to the month);
 * - province of the first primary region: 99.0–100 %;
 * - at least one measure found in articles given measure sentences: 98.9–99.6 %;
 * - script (simplified / traditional / mixed): 99.0–100 % (short mixed items
 *   can fall under the parser's 10 % threshold for mixed).
 * The thresholds sit a few points below, so that a real regression fails.
 */

const COUNT = 300;
const SEED = 7;

interface Pair {
  manifest: ManifestEntry;
  article: Article | null;
}

let pairs: Pair[] = [];

beforeAll(() => {
  pairs = Array.from({ length: COUNT }, (_, index) => {
    const { file, bytes, manifest } = generateArticle(SEED, index);
    const outcome = parseArticleBytes(file, bytes);
    return { manifest, article: outcome.ok ? outcome.article : null };
  });
}, 180_000);

const rate = (hits: number, total: number) => (total === 0 ? 0 : hits / total);

describe('the parser on generated articles', () => {
  it('parses every file', () => {
    expect(pairs.filter((pair) => pair.article === null).map((pair) => pair.manifest.file)).toEqual([]);
  });

  it('recovers the publication date of articles that write it with a year', () => {
    const dated = pairs.filter((pair) => pair.manifest.published.yearWritten);
    const agree = dated.filter(({ manifest, article }) => {
      const published = article?.published;
      return published !== null && published !== undefined && manifest.published.date.startsWith(published.date);
    });
    const exact = dated.filter(({ manifest, article }) => article?.published?.date === manifest.published.date);
    expect(dated.length).toBeGreaterThan(COUNT * 0.3);
    expect(rate(agree.length, dated.length)).toBeGreaterThanOrEqual(0.95);
    expect(rate(exact.length, dated.length)).toBeGreaterThanOrEqual(0.85);
  });

  it('never gives a wrong date for articles without a written year', () => {
    const undated = pairs.filter((pair) => !pair.manifest.published.yearWritten && pair.article?.published);
    const wrong = undated.filter(({ manifest, article }) => !manifest.published.date.startsWith(article!.published!.date));
    expect(rate(wrong.length, Math.max(1, undated.length))).toBeLessThanOrEqual(0.05);
  });

  it('finds the intended province (or the nation) as the primary region', () => {
    const agree = pairs.filter(({ manifest, article }) => {
      const first = article?.primaryRegions[0];
      if (!first) return false;
      if (manifest.scope === 'national') return first === '100000';
      return provinceCodeOf(first) === manifest.province;
    });
    expect(rate(agree.length, COUNT)).toBeGreaterThanOrEqual(0.93);
  });

  it('finds measures in articles that were given measure sentences', () => {
    const withMeasures = pairs.filter((pair) => pair.manifest.measures.length > 0);
    const found = withMeasures.filter((pair) => (pair.article?.measures.length ?? 0) > 0);
    expect(rate(found.length, withMeasures.length)).toBeGreaterThanOrEqual(0.95);
  });

  it('tells the scripts apart', () => {
    const agree = pairs.filter(({ manifest, article }) => article?.script === manifest.script);
    expect(rate(agree.length, COUNT)).toBeGreaterThanOrEqual(0.93);
  });
});
