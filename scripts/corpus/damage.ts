import { pinyin } from 'pinyin-pro';
import type { PageLine } from './layout';
import { legacyPair } from './legacyEncodings';
import type { Random } from './random';

/**
 * The damage reposted pages carry, as seen in the seed articles:
 * - pinyin annotations after some characters, every time they occur: 關(guān);
 * - GBK text decoded one byte out of step after a lost byte: 。“管”要嚴 → ?!肮堋币獓;
 * - U+FFFD where a page lost characters;
 * - half-width punctuation in Chinese prose (近日,烏魯木齊…);
 * - whitespace noise: runs of blank lines, trailing spaces, CRLF, paragraphs
 *   run together on one line with their ideographic-space indent.
 */

export type DamageKind = 'pinyin' | 'mojibake' | 'replacement-char' | 'halfwidth-punctuation' | 'blank-lines' | 'run-together' | 'crlf';

const HAN = /\p{Script=Han}/u;

const READING = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/;
const readingCache = new Map<string, string | null>();

/** The reading of the middle character of a short context window (組長 → zhǎng). */
function readingInContext(window: string, offset: number): string | null {
  const key = `${window}|${offset}`;
  let reading = readingCache.get(key);
  if (reading === undefined) {
    const readings = pinyin(window, { type: 'array', toneSandhi: false, traditional: true });
    const found = readings.length === window.length ? readings[offset] : pinyin(window[offset]!, { toneSandhi: false, traditional: true });
    reading = found && READING.test(found) ? found : null;
    if (readingCache.size > 100_000) readingCache.clear();
    readingCache.set(key, reading);
  }
  return reading;
}

/**
 * Annotates a fixed set of the page's characters with their tone-marked
 * reading, every time they occur; the reading is taken where the character
 * first occurs, as a site's annotation table would hold one reading per character.
 */
export function annotatePinyin(lines: PageLine[], random: Random): PageLine[] {
  const firstSeen = new Map<string, { line: number; index: number }>();
  lines.forEach((line, lineIndex) => {
    const text = line.text;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (!firstSeen.has(char) && HAN.test(char)) firstSeen.set(char, { line: lineIndex, index: i });
    }
  });
  const chars = [...firstSeen.keys()];
  const readings = new Map<string, string>();
  for (const char of random.sample(chars, Math.max(3, Math.round(chars.length * (0.05 + random.float() * 0.15))))) {
    const { line, index } = firstSeen.get(char)!;
    const text = lines[line]!.text;
    const from = Math.max(0, index - 2);
    const reading = readingInContext(text.slice(from, index + 3), index - from);
    if (reading) readings.set(char, reading);
  }
  const fullWidth = random.chance(0.15);
  return lines.map((line) => {
    if (!line.text || /^(?:https?:|www\.)/.test(line.text)) return line;
    let text = '';
    let changed = false;
    for (const char of line.text) {
      text += char;
      const reading = readings.get(char);
      if (reading === undefined) continue;
      text += fullWidth ? `（${reading}）` : `(${reading})`;
      changed = true;
    }
    return changed ? { ...line, text } : line;
  });
}

const NARROW: Record<string, string> = { '！': '!', '，': ',', '：': ':', '；': ';' };

/**
 * One run of out-of-step GBK: the lead byte of the character at `start` is
 * lost (`?`), the following bytes pair up one byte late until an ASCII byte
 * (a digit, a letter, an annotation's bracket) puts the decoder back in
 * step; a pair that is no character shows as `?` and swallows both bytes.
 * Null when the stretch has a character GBK cannot write or no ASCII ends it.
 */
export function misdecodeGbk(text: string, start: number, maxRun: number): string | null {
  const bytes: number[] = [];
  let end = start;
  for (; end < text.length && end - start <= maxRun; end++) {
    const code = text.charCodeAt(end);
    if (code < 0x80) break;
    const pair = legacyPair(text[end]!, 'gb18030');
    if (pair === undefined) return null;
    bytes.push(pair >> 8, pair & 0xff);
  }
  if (end >= text.length || text.charCodeAt(end) >= 0x80 || end - start < 3) return null;
  bytes.push(text.charCodeAt(end));
  bytes[0] = 0x3f;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      out += String.fromCharCode(byte);
      i++;
      continue;
    }
    let char = '?';
    if (i + 1 < bytes.length) {
      try {
        char = decoder.decode(new Uint8Array([byte, bytes[i + 1]!]));
      } catch {
        char = '?';
      }
    }
    const code = char.charCodeAt(0);
    if (code >= 0xe000 && code <= 0xf8ff) char = '';
    out += NARROW[char] ?? char;
    i += 2;
  }
  return text.slice(0, start) + out + text.slice(end + 1);
}

/** Damages one to three stretches of the article's text with out-of-step GBK. */
export function injectMojibake(lines: PageLine[], random: Random): { lines: PageLine[]; applied: number } {
  const candidates = lines.map((line, index) => ({ line, index })).filter(({ line }) => !line.chrome && line.text.length > 30);
  let applied = 0;
  const result = [...lines];
  for (const { index } of random.sample(candidates, random.int(1, 3))) {
    const text = result[index]!.text;
    for (let attempt = 0; attempt < 6; attempt++) {
      const start = random.int(0, text.length - 4);
      const damaged = misdecodeGbk(text, start, 36);
      if (damaged !== null) {
        result[index] = { ...result[index]!, text: damaged };
        applied++;
        break;
      }
    }
  }
  return { lines: result, applied };
}

/** Replaces a few Han characters of the article with U+FFFD. */
export function injectReplacementChars(lines: PageLine[], random: Random): PageLine[] {
  const result = [...lines];
  const bodyIndexes = lines.map((line, index) => (line.chrome || line.text.length < 10 ? -1 : index)).filter((index) => index >= 0);
  for (let i = random.int(1, 3); i > 0 && bodyIndexes.length > 0; i--) {
    const index = random.pick(bodyIndexes);
    const chars = [...result[index]!.text];
    const position = random.int(0, chars.length - 1);
    // Dates keep their characters, so the ground truth stays readable.
    const nearDigit = /\d/.test(chars[position - 1] ?? '') || /\d/.test(chars[position + 1] ?? '');
    if (HAN.test(chars[position]!) && !nearDigit) chars[position] = '\uFFFD';
    result[index] = { ...result[index]!, text: chars.join('') };
  }
  return result;
}

const HALF: Record<string, string> = { '，': ',', '：': ':', '（': '(', '）': ')', '；': ';' };

export function halfWidthPunctuation(lines: PageLine[]): PageLine[] {
  return lines.map((line) => ({ ...line, text: line.text.replace(/[，：（）；]/g, (mark) => HALF[mark]!) }));
}

/** Extra blank lines, trailing spaces and the odd leading full-width space. */
export function blankLineNoise(lines: PageLine[], random: Random): PageLine[] {
  const result: PageLine[] = [];
  for (const line of lines) {
    result.push(random.chance(0.2) ? { ...line, text: line.text + ' '.repeat(random.int(1, 4)) } : line);
    if (random.chance(0.25)) for (let i = random.int(1, 3); i > 0; i--) result.push({ text: random.chance(0.3) ? ' \u3000' : '', chrome: true });
  }
  return result;
}

/** Runs consecutive paragraphs together on one line, each keeping its two-space indent. */
export function runTogether(lines: PageLine[], random: Random): PageLine[] {
  const result: PageLine[] = [];
  for (const line of lines) {
    const previous = result[result.length - 1];
    if (previous && !previous.chrome && !line.chrome && line.text && previous.text.endsWith('。') && random.chance(0.6)) {
      result[result.length - 1] = { ...previous, text: `${previous.text}  \u3000\u3000${line.text.trimStart()}` };
    } else if (line.text === '' && previous && !previous.chrome && random.chance(0.7)) {
      continue;
    } else {
      result.push(line);
    }
  }
  return result;
}
