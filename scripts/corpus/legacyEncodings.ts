/**
 * Encoders for the legacy Chinese encodings (GBK/GB18030 two-byte range and
 * Big5), whose tables are read back from the platform's TextDecoder — Node
 * only ships a UTF-8 encoder. Characters outside a table cannot be written.
 */

export type LegacyEncoding = 'gb18030' | 'big5';

interface Table {
  /** Two-byte code (lead << 8 | trail) by UTF-16 code unit; 0 where the encoding has no such character. */
  bytes: Uint16Array;
}

const tables = new Map<LegacyEncoding, Table>();

function buildTable(encoding: LegacyEncoding): Table {
  const decoder = new TextDecoder(encoding);
  const bytes = new Uint16Array(0x10000);
  const pair = new Uint8Array(2);
  // Big5: the standard range (lead byte ≥ 0xA1) comes first, so a character
  // that the Hong Kong extension also lists keeps its ordinary code.
  const leads =
    encoding === 'big5'
      ? [...range(0xa1, 0xfe), ...range(0x81, 0xa0)]
      : range(0x81, 0xfe);
  const trails = encoding === 'big5' ? [...range(0x40, 0x7e), ...range(0xa1, 0xfe)] : range(0x40, 0xfe).filter((byte) => byte !== 0x7f);
  for (const lead of leads) {
    for (const trail of trails) {
      pair[0] = lead;
      pair[1] = trail;
      const char = decoder.decode(pair);
      if (char.length !== 1 || char === '\uFFFD') continue;
      const code = char.charCodeAt(0);
      if ((code >= 0xe000 && code <= 0xf8ff) || bytes[code] !== 0) continue;
      bytes[code] = (lead << 8) | trail;
    }
  }
  return { bytes };
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value++) values.push(value);
  return values;
}

function table(encoding: LegacyEncoding): Table {
  let found = tables.get(encoding);
  if (!found) {
    found = buildTable(encoding);
    tables.set(encoding, found);
  }
  return found;
}

/** The two bytes of a character (lead << 8 | trail), or undefined. */
export function legacyPair(char: string, encoding: LegacyEncoding): number | undefined {
  if (char.length !== 1) return undefined;
  return table(encoding).bytes[char.charCodeAt(0)] || undefined;
}

/**
 * The text's bytes in a legacy encoding. `replaceable` characters (pinyin
 * tone letters in Big5) are written as `?`, as legacy encoders do; any other
 * character outside the table makes the text unencodable (null).
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding, replaceable: (char: string) => boolean = () => false): Uint8Array | null {
  const { bytes } = table(encoding);
  const out = new Uint8Array(text.length * 2);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[length++] = code;
      continue;
    }
    const pair = bytes[code]!;
    if (pair === 0) {
      // Surrogates (characters outside the BMP) are never in these tables.
      if (!replaceable(text[i]!)) return null;
      out[length++] = 0x3f;
      continue;
    }
    out[length++] = pair >> 8;
    out[length++] = pair & 0xff;
  }
  return out.slice(0, length);
}
