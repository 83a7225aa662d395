import { configs } from 'opencc-js/preset/cn2t';
import type { Script } from '../model';
import { alignedConvert } from './alignedConvert';
import { segmentedConverter, type SegmentedConfig } from './phraseConverter';
import { toSimplified } from './simplify';

/**
 * Script detection and length-preserving conversion between Traditional and
 * Simplified Chinese. Conversion keeps every string's UTF-16 length, so offsets
 * found in one script highlight the same characters in the other.
 */

// Simplified → Traditional uses Taiwan forms (裡, 臺) for display.
const rawToTraditional = segmentedConverter(configs.s2tw as SegmentedConfig);

export { toSimplified };

export function toTraditional(text: string): string {
  return alignedConvert(text, rawToTraditional);
}

const HAN = /\p{Script=Han}/u;
let hanUnits: Uint8Array | null = null;

/** Whether a single UTF-16 code unit is Han, by a table built once: the test runs on every character. */
function isHanUnit(unit: number): boolean {
  if (!hanUnits) {
    hanUnits = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) if (HAN.test(String.fromCharCode(code))) hanUnits[code] = 1;
  }
  return hanUnits[unit] === 1;
}

export interface ScriptProfile {
  script: Script;
  /** Han characters that exist only in Traditional script. */
  traditionalOnly: number;
  /** Han characters that exist only in Simplified script. */
  simplifiedOnly: number;
  han: number;
}

/**
 * Classifies text by counting characters that conversion changes. A handful of
 * stray characters (quoted names, one-off OCR slips) do not make a text mixed:
 * the minority script must reach 10 % of the script-specific characters.
 */
export function detectScript(
  text: string,
  simplified = toSimplified(text),
  traditional = toTraditional(text),
): ScriptProfile {
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!isHanUnit(unit)) continue;
    han++;
    if (simplified.charCodeAt(i) !== unit) traditionalOnly++;
    else if (traditional.charCodeAt(i) !== unit) simplifiedOnly++;
  }
  const specific = traditionalOnly + simplifiedOnly;
  let script: Script = 'simplified';
  if (specific > 0) {
    const minority = Math.min(traditionalOnly, simplifiedOnly);
    if (minority >= 3 && minority / specific >= 0.1) script = 'mixed';
    else script = traditionalOnly > simplifiedOnly ? 'traditional' : 'simplified';
  }
  return { script, traditionalOnly, simplifiedOnly, han };
}
