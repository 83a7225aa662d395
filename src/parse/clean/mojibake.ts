import type { DamagedSpan } from '../../model';
import { isCommonHan, isHan } from './commonHan';
import { decodePair, encodePair } from './gbk';
import { PINYIN_LETTERS, isPinyinSyllable } from './pinyin';

/**
 * Repairs GBK text that was decoded one byte out of step.
 *
 * The damage seen in reposted articles: one byte of a GBK character was lost
 * and replaced by `?`, so every following byte pairs with the wrong partner —
 * `。“管”要嚴` turns into `?！肮堋币獓` (with ！ later narrowed to `!`) until an
 * invalid pair (shown as another `?`, swallowing the ASCII byte after it) or an
 * ASCII byte that happens to be a valid trail byte (a letter) puts the decoder
 * back in step. Characters the page could not show (GBK's user-defined area)
 * were dropped from the run.
 *
 * Repair re-encodes the run to GBK bytes, re-pairs them one byte over, and
 * chooses the lost bytes (and any dropped user-defined pair) that give the most
 * plausible characters: CJK punctuation, everyday characters, characters and
 * character pairs found elsewhere in the same article, and the reading of a
 * pinyin annotation that follows. A run is only replaced when the result is
 * clearly more plausible than what is there.
 */

const CJK_PUNCTUATION = new Set([...'。，、；：？！“”‘’（）《》〈〉「」『』—…·']);
const PINYIN_WORD = `[${PINYIN_LETTERS}]{1,7}`;
const MAX_RUN = 40;
/** Runs whose characters score at least this on average read as real text. */
const GARBLED_BELOW = 1;
const INSERTION_PENALTY = 3;
/** Garbled runs searched for a repair per text; a real damaged page has a handful. */
const MAX_SEARCHED_RUNS = 40;
/** A straddling character this plausible is taken as is, without looking for a dropped pair. */
const STRONG_CHARACTER = 2.5;
/** Half-width marks the page narrowed from full-width ones inside a run. */
const NARROWED = new Set([...'!,:;']);

interface Context {
  /** How often each code unit occurs. */
  counts: Uint32Array;
  /** Adjacent code-unit pairs, as `first * 0x10000 + second`. */
  bigrams: Set<number>;
  readings: Map<string, string[]>;
}

interface Run {
  start: number;
  /** Index just past the run, including a swallowed-ASCII marker or trail letter. */
  end: number;
  pairs: Array<[number, number]>;
  ending: { kind: 'unknown' } | { kind: 'letter'; byte: number };
}

/** A character's score before the article's own counts; cached, as the search asks for the same characters again and again. */
const baseScores = new Map<string, number>();

function baseScore(char: string): number {
  let score = baseScores.get(char);
  if (score === undefined) {
    const punctuation = CJK_PUNCTUATION.has(char);
    score = punctuation ? 2.5 : !isHan(char) ? -5 : isCommonHan(char) ? 1 : -1.5;
    baseScores.set(char, score);
  }
  return score;
}

function charScore(char: string, context: Context): number {
  let score = baseScore(char);
  if (score === -5) return score;
  const count = countOf(char, context);
  if (count > 0) score += Math.min(3, 1 + Math.log2(count));
  return score;
}

function sequenceScore(chars: readonly string[], context: Context, before: string, after: string): number {
  let score = 0;
  // Runs for every candidate byte of every run: no intermediate arrays.
  let previous = before;
  for (const char of chars) {
    score += charScore(char, context);
    if (hasBigram(previous, char, context)) score += 1.5;
    previous = char;
  }
  if (hasBigram(previous, after, context)) score += 1.5;
  return score;
}

/** Average plausibility of the characters between a run's markers, as they stand. */
function innerPlausibility(run: Run, text: string, context: Context): number {
  const inner = [...text.slice(run.start + 1, run.end - 1)].filter((char) => char.charCodeAt(0) >= 0x80);
  if (inner.length === 0) return -Infinity;
  return sequenceScore(inner, context, '', '') / inner.length;
}

/** A guessed character is backed when the article uses it, or uses it next to the same neighbour. */
function isSupported(char: string, before: string, after: string, context: Context): boolean {
  return (
    countOf(char, context) > 0 ||
    hasBigram(before, char, context) ||
    hasBigram(char, after, context)
  );
}

/** Reads a candidate run starting at a `?`; null when the text there does not have the shape. */
function readRun(text: string, start: number): Run | null {
  const pairs: Array<[number, number]> = [];
  for (let i = start + 1; i < text.length && i - start <= MAX_RUN; i++) {
    const char = text[i]!;
    const code = char.charCodeAt(0);
    if (char === '?') {
      return pairs.length > 0 ? { start, end: i + 1, pairs, ending: { kind: 'unknown' } } : null;
    }
    if (code < 0x80) {
      if (NARROWED.has(char)) {
        const wide = encodePair(String.fromCharCode(code + 0xfee0));
        if (wide === undefined) return null;
        pairs.push([wide >> 8, wide & 0xff]);
        continue;
      }
      if (code >= 0x40 && code <= 0x7e && /[A-Za-z]/.test(char) && pairs.length > 0) {
        return { start, end: i + 1, pairs, ending: { kind: 'letter', byte: code } };
      }
      return null;
    }
    const bytes = encodePair(char);
    if (bytes === undefined) return null;
    pairs.push([bytes >> 8, bytes & 0xff]);
  }
  return null;
}

function bestPair(
  fixed: number,
  side: 'lead' | 'trail',
  range: [number, number][],
  context: Context,
  before: string,
  after: string,
  hint: string[] = [],
): { char: string; score: number; byte: number } | null {
  let best: { char: string; score: number; byte: number } | null = null;
  for (const [from, to] of range) {
    for (let byte = from; byte <= to; byte++) {
      const char = side === 'lead' ? decodePair(byte, fixed) : decodePair(fixed, byte);
      if (char === null) continue;
      let score = sequenceScore([char], context, before, after);
      if (hint.includes(char)) score += 4;
      if (!best || score > best.score) best = { char, score, byte };
    }
  }
  return best;
}

const ANY_LEAD: [number, number][] = [[0x81, 0xfe]];
const ANY_TRAIL: [number, number][] = [[0x40, 0xfe]];
/** GBK user-defined areas: pages drop these characters since no font shows them. */
const USER_DEFINED: Array<{ leads: [number, number][]; trails: [number, number][] }> = [
  { leads: [[0xaa, 0xaf], [0xf8, 0xfe]], trails: [[0xa1, 0xfe]] },
  { leads: [[0xa1, 0xa7]], trails: [[0x40, 0xa0]] },
];

/**
 * The character made of one pair's trail byte and the next pair's lead byte —
 * or, when that reads poorly, two characters around a dropped user-defined pair.
 */
function decodeStraddle(trail: number, lead: number, previous: string, context: Context): string[] | null {
  const direct = decodePair(trail, lead);
  const directScore = direct === null ? -Infinity : sequenceScore([direct], context, previous, '');
  if (direct !== null && directScore >= STRONG_CHARACTER) return [direct];
  let choice: string[] | null = direct === null ? null : [direct];
  let choiceScore = directScore;
  for (const area of USER_DEFINED) {
    const left = bestPair(trail, 'trail', area.leads, context, previous, '');
    if (!left) continue;
    const right = bestPair(lead, 'lead', area.trails, context, left.char, '');
    if (!right) continue;
    const score = sequenceScore([left.char, right.char], context, previous, '') - INSERTION_PENALTY;
    if (score > choiceScore) {
      choice = [left.char, right.char];
      choiceScore = score;
    }
  }
  return choice;
}

/** The characters the run stood for, or null when no candidate is clearly better. */
function decodeRun(run: Run, text: string, context: Context): { chars: string[]; restoreBracket: boolean } | null {
  const before = text[run.start - 1] ?? '';
  // An annotation right after an unknown ending lost its `(` to the invalid pair.
  const orphan = run.ending.kind === 'unknown' ? new RegExp(`^(${PINYIN_WORD})\\)`, 'u').exec(text.slice(run.end)) : null;
  const orphanReading = orphan && isPinyinSyllable(orphan[1]!) ? orphan[1]! : null;
  const afterIndex = orphanReading ? run.end + orphanReading.length + 1 : run.end;
  const after = text[afterIndex] ?? '';

  const { pairs } = run;
  // Characters straddling two pairs are fixed by the run; decide them first so
  // the unknown first and last characters can be judged against their neighbours.
  const middle: string[] = [];
  for (let i = 0; i + 1 < pairs.length; i++) {
    const choice = decodeStraddle(pairs[i]![1], pairs[i + 1]![0], middle[middle.length - 1] ?? '', context);
    if (!choice) return null;
    middle.push(...choice);
  }
  const first = bestPair(pairs[0]![0], 'lead', ANY_LEAD, context, before, middle[0] ?? '');
  if (!first) return null;
  const chars = [first.char, ...middle];

  const lastTrail = pairs[pairs.length - 1]![1];
  const previous = chars[chars.length - 1] ?? before;
  if (run.ending.kind === 'letter') {
    const last = decodePair(lastTrail, run.ending.byte);
    if (last === null) return null;
    chars.push(last);
  } else {
    const hint = orphanReading ? (context.readings.get(orphanReading) ?? []) : [];
    const last = bestPair(lastTrail, 'trail', ANY_TRAIL, context, previous, after, hint);
    if (!last) return null;
    chars.push(last.char);
  }

  // The lost bytes are guesses: keep them only when the article itself backs them.
  const firstChar = chars[0]!;
  const lastChar = chars[chars.length - 1]!;
  if (!isSupported(firstChar, before, chars[1] ?? after, context)) return null;
  if (run.ending.kind === 'unknown' && !isSupported(lastChar, chars[chars.length - 2] ?? before, after, context)) {
    if (!(orphanReading && context.readings.get(orphanReading)?.includes(lastChar))) return null;
  }

  const repairedScore = sequenceScore(chars, context, before, after) / chars.length;
  const asIs = [...text.slice(run.start, run.end)];
  const asIsScore =
    asIs.reduce((sum, char) => sum + (char === '?' ? -3 : char.charCodeAt(0) < 0x80 ? -1 : charScore(char, context)), 0) /
    asIs.length;
  if (chars.some((char) => charScore(char, context) <= -5)) return null;
  if (repairedScore < 1.5 || repairedScore < asIsScore + 1) return null;
  return { chars, restoreBracket: orphanReading !== null };
}

function runStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
    if (i + 1 < text.length && text.charCodeAt(i + 1) >= 0x21) starts.push(i);
  }
  return starts;
}

/** Character and bigram counts of the article with every candidate run blanked out. */
function buildContext(text: string, readings: Map<string, string[]>): Context {
  // Built from pieces in one pass: splicing each run into the whole text is quadratic.
  const pieces: string[] = [];
  let cursor = 0;
  for (const start of runStarts(text)) {
    const run = readRun(text, start);
    if (!run) continue;
    // Overlapping runs blank the union of their characters.
    if (run.start > cursor) pieces.push(text.slice(cursor, run.start));
    if (run.end > cursor) pieces.push(' '.repeat(run.end - Math.max(cursor, run.start)));
    cursor = Math.max(cursor, run.end);
  }
  pieces.push(text.slice(cursor));
  const clean = pieces.join('');
  // Code units, not strings: this runs over every character of the page.
  const counts = new Uint32Array(0x10000);
  const bigrams = new Set<number>();
  for (let i = 0; i < clean.length; i++) {
    const unit = clean.charCodeAt(i);
    counts[unit]!++;
    if (i > 0) bigrams.add(clean.charCodeAt(i - 1) * 0x10000 + unit);
  }
  return { counts, bigrams, readings };
}

/** Occurrences of a one-code-unit character (anything longer never counts). */
function countOf(char: string, context: Context): number {
  return char.length === 1 ? context.counts[char.charCodeAt(0)]! : 0;
}

/** Whether `first + second` is two code units that stand next to each other in the page. */
function hasBigram(first: string, second: string, context: Context): boolean {
  const pair = first + second;
  return pair.length === 2 && context.bigrams.has(pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1));
}

/**
 * A character lost to `?` whose pinyin annotation survived, often without its
 * `(`: `日?(bào)`, `日?bào)`. When several such units follow each other
 * (`日?qǐng)?bào)`), only the last reading belongs to the character before the
 * intact text; the earlier ones are treated as debris of the same loss. The
 * reading picks the character the article itself annotates with it.
 */
function repairLostAnnotated(text: string, readings: Map<string, string[]>): { text: string; repaired: number } {
  const lost = new RegExp(`(?<=\\p{Script=Han})\\?(?:${PINYIN_WORD}\\)\\?)*[(（]?(${PINYIN_WORD})[)）]`, 'gu');
  let repaired = 0;
  const result = text.replace(lost, (whole, reading: string) => {
    const candidates = isPinyinSyllable(reading) ? readings.get(reading) : undefined;
    const char = candidates?.[0];
    if (!char) return whole;
    repaired++;
    return char;
  });
  return { text: result, repaired };
}

export function repairMojibake(text: string, readings: Map<string, string[]>): { text: string; repaired: number } {
  if (!text.includes('?')) return { text, repaired: 0 };
  // Built on the first run: most texts have none, and the context costs a pass over every bigram.
  let context: Context | null = null;
  let out = '';
  let cursor = 0;
  let repaired = 0;
  let searched = 0;
  for (const start of runStarts(text)) {
    if (start < cursor) continue;
    const run = readRun(text, start);
    if (!run) continue;
    context ??= buildContext(text, readings);
    // Shifted bytes make random characters; a run of ordinary, attested text
    // between two question marks is a pair of real questions.
    if (innerPlausibility(run, text, context) >= GARBLED_BELOW) continue;
    // The search costs about a millisecond per run; past this many runs the
    // page is beyond repair and the rest is left to be marked as damage.
    if (++searched > MAX_SEARCHED_RUNS) break;
    const decoded = decodeRun(run, text, context);
    if (!decoded) continue;
    out += text.slice(cursor, run.start) + decoded.chars.join('') + (decoded.restoreBracket ? '(' : '');
    cursor = run.end;
    repaired++;
  }
  out += text.slice(cursor);
  const lost = repairLostAnnotated(out, readings);
  return { text: lost.text, repaired: repaired + lost.repaired };
}

/**
 * Damage left in cleaned text: U+FFFD runs, and `?` runs shaped like shifted
 * GBK or followed by orphaned annotation debris. A `?` ending a clause is a
 * question mark, not damage.
 */
/** Orphaned annotation debris after a `?`, matched where the `?` stands. */
const DEBRIS = new RegExp(`\\?(?:${PINYIN_WORD}\\)\\??)+`, 'uy');

export function findDamage(text: string): DamagedSpan[] {
  const spans: DamagedSpan[] = [];
  for (const match of text.matchAll(/\uFFFD+/g)) {
    spans.push({ start: match.index, end: match.index + match[0].length, reason: 'replacement-character' });
  }
  // Built on the first run: most texts have none, and the context costs a pass over every bigram.
  let context: Context | null = null;
  let covered = -1;
  for (const start of runStarts(text)) {
    if (start < covered) continue;
    const run = readRun(text, start);
    if (run) {
      context ??= buildContext(text, new Map());
      if (innerPlausibility(run, text, context) < GARBLED_BELOW) {
        spans.push({ start: run.start, end: run.end, reason: 'mojibake' });
        covered = run.end;
        continue;
      }
    }
    DEBRIS.lastIndex = start;
    const debris = DEBRIS.exec(text);
    if (debris) {
      spans.push({ start, end: start + debris[0].length, reason: 'mojibake' });
      covered = start + debris[0].length;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
