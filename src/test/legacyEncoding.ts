/**
 * char → bytes of a legacy double-byte encoding. Node and browsers have
 * TextDecoders for GB18030 and Big5 but no encoders, so the table is read from
 * the decoder. Big5's standard block (leads A1–F9) is preferred over the HKSCS
 * extension, as a Big5 encoder would.
 */
const tables = new Map<string, Map<string, number[]>>();

export function legacyReverseTable(encoding: 'gb18030' | 'big5'): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  const leads: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) leads.push(lead);
  if (encoding === 'big5') leads.sort((a, b) => Number(b >= 0xa1 && b <= 0xf9) - Number(a >= 0xa1 && a <= 0xf9));
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  tables.set(encoding, table);
  return table;
}
