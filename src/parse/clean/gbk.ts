/**
 * GBK double-byte tables read from the platform's gb18030 TextDecoder on first
 * use: char → bytes for re-encoding mis-decoded text, and bytes → char.
 */

let encodeTable: Map<string, number> | null = null;
/** Decoded pairs by `lead << 8 | trail`; undefined until first asked. */
const pairCache: Array<string | null | undefined> = new Array<string | null | undefined>(0x10000).fill(undefined);
const fatalDecoder = new TextDecoder('gb18030', { fatal: true });

export function isLeadByte(byte: number): boolean {
  return byte >= 0x81 && byte <= 0xfe;
}

export function isTrailByte(byte: number): boolean {
  return byte >= 0x40 && byte <= 0xfe && byte !== 0x7f;
}

/** The character a GBK double-byte sequence stands for, or null if there is none. */
export function decodePair(lead: number, trail: number): string | null {
  if (!isLeadByte(lead) || !isTrailByte(trail)) return null;
  const key = (lead << 8) | trail;
  const cached = pairCache[key];
  if (cached !== undefined) return cached;
  let char: string | null;
  try {
    char = fatalDecoder.decode(new Uint8Array([lead, trail]));
    if (char.length !== 1) char = null;
  } catch {
    char = null;
  }
  pairCache[key] = char;
  return char;
}

/** The two GBK bytes of a character as `lead << 8 | trail`, or undefined outside GBK's double-byte range. */
export function encodePair(char: string): number | undefined {
  if (!encodeTable) {
    encodeTable = new Map();
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const decoded = decodePair(lead, trail);
        if (decoded !== null && !encodeTable.has(decoded)) encodeTable.set(decoded, (lead << 8) | trail);
      }
    }
  }
  return encodeTable.get(char);
}
