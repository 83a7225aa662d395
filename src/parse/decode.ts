import { isCommonHan, isHan } from './clean/commonHan';

/**
 * Turns the bytes of an uploaded or bundled file into text. Candidates are
 * tried with fatal TextDecoders; when several legacy Chinese encodings accept
 * the bytes, the one yielding more everyday characters wins.
 */

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; message: string };

const NOT_TEXT = 'not a text file (binary content)';

/** Share of U+FFFD a lenient decode may contain and still count as a damaged text file. */
const MAX_REPLACEMENT_SHARE = 0.005;

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  try {
    return decodeOrFail(bytes);
  } catch (error) {
    return { ok: false, message: `could not decode: ${String(error)}` };
  }
}

function decodeOrFail(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: 'empty file' };

  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = tryDecode(bom, bytes.subarray(bom === 'utf-8' ? 3 : 2), true);
    if (text !== null) return textResult(text, bom);
  }

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) {
    const text = tryDecode(utf16, bytes, true);
    if (text !== null && !looksBinary(text)) return { ok: true, text, encoding: utf16 };
  }

  if (bytes.includes(0) || controlByteShare(bytes) > 0.02) return { ok: false, message: NOT_TEXT };

  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== null) return textResult(utf8, 'utf-8');

  const legacy = (['gb18030', 'big5'] as const)
    .map((encoding) => ({ encoding, text: tryDecode(encoding, bytes, true) }))
    .filter((candidate): candidate is { encoding: 'gb18030' | 'big5'; text: string } => candidate.text !== null);
  if (legacy.length > 0) {
    const best = legacy.reduce((a, b) => (plausibility(b.text) > plausibility(a.text) ? b : a));
    return textResult(best.text, best.encoding);
  }

  // No candidate decodes cleanly: accept the least damaged one if the damage is small.
  const lenient = (['utf-8', 'gb18030', 'big5'] as const).map((encoding) => {
    const text = tryDecode(encoding, bytes, false) ?? '';
    return { encoding, text, damage: countReplacements(text) };
  });
  const least = lenient.reduce((a, b) => (b.damage < a.damage ? b : a));
  if (least.damage <= Math.max(1, least.text.length * MAX_REPLACEMENT_SHARE)) {
    return textResult(least.text, least.encoding);
  }
  return { ok: false, message: NOT_TEXT };
}

function textResult(text: string, encoding: string): DecodeResult {
  if (text.length === 0) return { ok: false, message: 'empty file' };
  if (looksBinary(text)) return { ok: false, message: NOT_TEXT };
  return { ok: true, text, encoding };
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM shows up as zero bytes on one parity only (ASCII and CJK punctuation). */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = bytes.length / 2;
  if (oddZeros > half * 0.2 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > half * 0.2 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** Decoders by encoding and fatality, made once: a decode call without `stream` starts afresh. */
const decoders = new Map<string, TextDecoder>();

function tryDecode(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  const key = `${encoding}:${fatal}`;
  let decoder = decoders.get(key);
  if (!decoder) {
    // ignoreBOM: BOMs are detected and stripped above, never silently.
    decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
    decoders.set(key, decoder);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function isControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) || byte === 0x7f;
}

function controlByteShare(bytes: Uint8Array): number {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) if (isControlByte(bytes[i]!)) controls++;
  return controls / bytes.length;
}

function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0 || (code < 0x20 && isControlByte(code))) controls++;
  }
  return controls > 0 && controls / text.length > 0.02;
}

function countReplacements(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\uFFFD') count++;
  return count;
}

/** More everyday Han characters and fewer rare or private-use ones means a likelier decoding. */
function plausibility(text: string): number {
  let score = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xe000 && code <= 0xf8ff) score -= 5;
    else if (isHan(char)) score += isCommonHan(char) ? 1 : -2;
  }
  return score;
}
