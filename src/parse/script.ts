import { Converter } from 'opencc-js';
import type { Script } from '../model';

/**
 * Script detection and length-preserving conversion between Traditional and
 * Simplified Chinese. Conversion keeps every string's UTF-16 length, so offsets
 * found in one script highlight the same characters in the other.
 */

type Convert = (text: string) => string;

// `tw` handles both Taiwan (裡, 着) and OpenCC-standard (裏, 爲) variants well enough.
const rawToSimplified: Convert = Converter({ from: 'tw', to: 'cn' });
const rawToTraditional: Convert = Converter({ from: 'cn', to: 'tw' });

function alignedConvert(text: string, convert: Convert): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  // Phrase tables occasionally change length; fall back line by line, then
  // character by character, keeping the original wherever lengths differ.
  return text
    .split('\n')
    .map((line) => {
      const converted = convert(line);
      if (converted.length === line.length) return converted;
      let out = '';
      for (const char of line) {
        const one = convert(char);
        out += one.length === char.length ? one : char;
      }
      return out;
    })
    .join('\n');
}

export function toSimplified(text: string): string {
  return alignedConvert(text, rawToSimplified);
}

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
