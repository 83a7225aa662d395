import { Converter } from 'opencc-js/t2cn';
import { alignedConvert } from './alignedConvert';

/**
 * Traditional → Simplified only. Kept apart from `script.ts` so the browser's
 * first load (search, region lookup) carries the small t2cn tables and not the
 * 1 MB Simplified → Traditional phrase tables.
 */
// `tw` handles both Taiwan (裡, 着) and OpenCC-standard (裏, 爲) variants well enough.
const rawToSimplified = Converter({ from: 'tw', to: 'cn' });

export function toSimplified(text: string): string {
  return alignedConvert(text, rawToSimplified);
}
