import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODE } from '../../model';
import { toSimplified } from '../script';
import { extractRegions } from './extractRegions';
import { allRegions, provinceCodeOf, shortName } from './gazetteer';

/**
 * Measures the province of the first primary region against the labels of the
 * real-news corpus (labels are the datasets' word, not checked truth).
 */

const corpusPath = join(__dirname, '../../../../shared/corpus/real-news.jsonl');

interface LabelledItem {
  title: string | null;
  text: string;
  province: string | null;
}

function provinceByLabel(): Map<string, string> {
  const byLabel = new Map<string, string>([['全国', COUNTRY_CODE]]);
  for (const region of allRegions()) {
    if (region.level !== 'province') continue;
    byLabel.set(region.name, region.code);
    byLabel.set(shortName(region.code), region.code);
  }
  return byLabel;
}

describe.skipIf(!existsSync(corpusPath))('agreement with the corpus province labels', () => {
  it('agrees on at least 94 % of the labelled items it places, covering at least 85 %', () => {
    const labels = provinceByLabel();
    let labelled = 0;
    let placed = 0;
    let agreed = 0;
    for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
      if (!line) continue;
      const item = JSON.parse(line) as LabelledItem;
      const expected = item.province ? labels.get(toSimplified(item.province)) : undefined;
      if (!expected) continue;
      labelled++;
      const [first] = extractRegions(toSimplified(`${item.title ?? ''}\n${item.text}`)).primaryRegions;
      if (first === undefined) continue;
      placed++;
      if ((first === COUNTRY_CODE ? COUNTRY_CODE : provinceCodeOf(first)) === expected) agreed++;
    }
    expect(labelled).toBeGreaterThan(1000);
    expect(agreed / placed).toBeGreaterThanOrEqual(0.94);
    expect(placed / labelled).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});
