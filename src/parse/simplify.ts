import { configs } from 'opencc-js/preset/t2cn';
import { alignedConvert } from './alignedConvert';
import { segmentedConverter, type SegmentedConfig } from './phraseConverter';

/**
 * Traditional → Simplified only. Kept apart from `script.ts` so the browser,
 * which loads it on demand for search and region lookup, fetches the small t2cn
 * tables and not the 1 MB Simplified → Traditional phrase tables.
 */
// `tw` handles both Taiwan (裡, 着) and OpenCC-standard (裏, 爲) variants well enough.
const rawToSimplified = segmentedConverter(configs.tw2s as SegmentedConfig);

export function toSimplified(text: string): string {
  return alignedConvert(text, rawToSimplified);
}
