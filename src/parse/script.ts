import { Converter } from 'opencc-js/cn2t';
import type { Script } from '../model';
import { alignedConvert } from './alignedConvert';
import { toSimplified } from './simplify';

/**
 * Script detection and length-preserving conversion between Traditional and
 * Simplified Chinese. Conversion keeps every string's UTF-16 length, so offsets
 * found in one script highlight the same characters in the other.
 */

// Simplified → Traditional uses Taiwan forms (裡, 臺) for display.
const rawToTraditional = Converter({ from: 'cn', to: 'tw' });

export { toSimplified };

export function toTraditional(text: string): string {
  return alignedConvert(text, rawToTraditional);
}

const HAN = /\p{Script=Han}/u;

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
export function detectScript(text: string): ScriptProfile {
  const simplified = toSimplified(text);
  const traditional = toTraditional(text);
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (!HAN.test(char)) continue;
    han++;
    if (simplified[i] !== char) traditionalOnly++;
    else if (traditional[i] !== char) simplifiedOnly++;
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
