import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

/** Encodes text into a legacy double-byte encoding with a reverse table read from TextDecoder. */
function encodeLegacy(encoding: string, text: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const reverse = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !reverse.has(char)) reverse.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = reverse.get(char);
      if (!pair) throw new Error(`${char} not in ${encoding}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

function expectText(result: ReturnType<typeof decodeBytes>, text: string, encoding: string) {
  expect(result).toEqual({ ok: true, text, encoding });
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

const SIMPLIFIED = '乌鲁木齐市疫情防控工作指挥部决定,从8月23日起逐步调整部分小区的防控政策。';
const TRADITIONAL = '烏魯木齊市疫情防控工作指揮部決定,從8月23日起逐步調整部分小區的防控政策。';

describe('decodeBytes', () => {
  it('decodes UTF-8 without and with a BOM, dropping the BOM', () => {
    expectText(decodeBytes(utf8(SIMPLIFIED)), SIMPLIFIED, 'utf-8');
    expectText(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TRADITIONAL)])), TRADITIONAL, 'utf-8');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expectText(decodeBytes(utf16(TRADITIONAL, true, true)), TRADITIONAL, 'utf-16le');
    expectText(decodeBytes(utf16(TRADITIONAL, false, true)), TRADITIONAL, 'utf-16be');
  });

  it('decodes UTF-16 LE without a BOM from its zero-byte pattern', () => {
    expectText(decodeBytes(utf16('Hello 乌鲁木齐 2022', true, false)), 'Hello 乌鲁木齐 2022', 'utf-16le');
  });

  it('decodes GBK bytes as gb18030', () => {
    const known = new Uint8Array([0xce, 0xda, 0xc2, 0xb3, 0xc4, 0xbe, 0xc6, 0xeb]);
    expectText(decodeBytes(known), '乌鲁木齐', 'gb18030');
    expectText(decodeBytes(encodeLegacy('gb18030', SIMPLIFIED)), SIMPLIFIED, 'gb18030');
  });

  it('decodes Big5 bytes as big5', () => {
    const bytes = encodeLegacy('big5', '烏魯木齊');
    expect([...bytes]).toEqual([0xaf, 0x51, 0xbe, 0x7c, 0xa4, 0xec, 0xbb, 0xf4]);
    expectText(decodeBytes(bytes), '烏魯木齊', 'big5');
    expectText(decodeBytes(encodeLegacy('big5', TRADITIONAL)), TRADITIONAL, 'big5');
  });

  it('prefers the legacy encoding that yields everyday characters when both decode', () => {
    // These Big5 bytes are also valid GB18030, where they read as rare characters.
    const bytes = encodeLegacy('big5', TRADITIONAL);
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow();
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'big5' });
  });

  it('reports an empty file', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, message: 'empty file' });
  });

  it('rejects binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const result = decodeBytes(png);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/not a text file/);
    const noise = new Uint8Array(512).map((_, i) => (i * 7919 + 13) % 256);
    expect(decodeBytes(noise).ok).toBe(false);
  });

  it('accepts a text with a single corrupt byte as damaged UTF-8', () => {
    const bytes = new Uint8Array([...utf8(SIMPLIFIED), 0xff, ...utf8(SIMPLIFIED)]);
    const result = decodeBytes(bytes);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text).toContain('\uFFFD');
  });
});
