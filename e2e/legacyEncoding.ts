import { readFileSync } from 'node:fs';
import { legacyReverseTable } from '../src/test/legacyEncoding';

/** Encodes text that the encoding can hold entirely; throws on any character it lacks, so a test never parses `?`s. */
export function encodeLegacy(encoding: 'gb18030' | 'big5', text: string): Buffer {
  const table = legacyReverseTable(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`${encoding} has no code for ${char} (U+${code.toString(16)})`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

export const seedText = (file: string): string => readFileSync(new URL(`../public/seeds/${file}`, import.meta.url), 'utf8');
