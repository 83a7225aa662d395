import { configs } from 'opencc-js/preset/t2cn';
import { alignedConvert } from './alignedConvert';
import { segmentedConverter, type SegmentedConfig } from './phraseConverter';

/**
 * Traditional → Simplified only. Kept apart from `script.ts` so the browser,
 * which loads it on demand for search and region lookup, fetches the small t2cn
 * tables and not the 1 MB Simplified → Traditional phrase tables.
 */
// `tw` handles both Taiwan (裡, 着) and OpenCC-standard (裏, 爲) variants well enough.
// Built on first use: pages load this module with the gazetteer, long before anything is converted.
let rawToSimplified: ReturnType<typeof segmentedConverter> | null = null;

export function toSimplified(text: string): string {
  if (text === '') return text;
  rawToSimplified ??= segmentedConverter(configs.tw2s as SegmentedConfig);
  return alignedConvert(text, rawToSimplified);
}

/** Ideographic description characters ⿰…⿿, whose sequences the converter treats as one unit, across line breaks too. */
const DESCRIPTION = /[\u2ff0-\u2fff]/;

/**
 * `lines.map(toSimplified)`, in one conversion of the joined text where that
 * is the same: no dictionary key holds a line break, so the converter already
 * works line by line, and converting once saves its per-call cost on every
 * short line. Only a description sequence could run over a line break.
 */
export function linesToSimplified(lines: readonly string[]): string[] {
  const joined = lines.join('\n');
  if (DESCRIPTION.test(joined)) return lines.map(toSimplified);
  return toSimplified(joined).split('\n');
}
