import type { TextSpan } from '../../model';

/** 。！？；!?; and line breaks, by code unit: tested for every character of the text. */
function alwaysEnds(code: number): boolean {
  switch (code) {
    case 0x3002:
    case 0xff01:
    case 0xff1f:
    case 0xff1b:
    case 0x21:
    case 0x3f:
    case 0x3b:
    case 0x0a:
      return true;
    default:
      return false;
  }
}
const FULL_STOP = 0x2e;
/** Closing quotes and brackets that belong to the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '"', "'", '）', ')', '》', '】', '〕']);
/** ，,：: by code unit: compared for every character of long texts, where a string per character costs. */
function isClauseBreakCode(code: number): boolean {
  return code === 0xff0c || code === 0x2c || code === 0xff1a || code === 0x3a;
}

/** A half-width full stop ends a sentence only before whitespace or the end, and never after a digit (3.5, 1. item). */
function isFullStop(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== FULL_STOP) return false;
  const next = text[index + 1];
  const previous = text[index - 1];
  return (next === undefined || /\s/.test(next)) && !(previous !== undefined && /\d/.test(previous));
}

function isSentenceEnd(text: string, index: number): boolean {
  return alwaysEnds(text.charCodeAt(index)) || isFullStop(text, index);
}

function trimmed(text: string, start: number, end: number): TextSpan | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Longer runs without a terminator are lists, tables or text that lost its
 * punctuation, not sentences: they are cut into pieces of at most this many
 * characters (at a clause break when there is one), so that the work done per
 * trigger stays bounded however the text is laid out.
 */
export const MAX_SENTENCE_LENGTH = 400;
const SOFT_BREAK_CODES = new Set([...'，,：:、 \u3000\t'].map((mark) => mark.charCodeAt(0)));

/** Where to cut an over-long run starting at `start`: after its last soft break, else at the limit. */
function forcedEnd(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_LENGTH;
  for (let index = limit - 1; index > start + MAX_SENTENCE_LENGTH / 2; index--) {
    if (SOFT_BREAK_CODES.has(text.charCodeAt(index))) return index + 1;
  }
  // Never cut between the two halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Splits text into sentences at 。！？；, their half-width forms and line
 * breaks. Runs of terminators stay together, and a closing quote or bracket
 * right after a terminator stays with the sentence it closes. Spans exclude
 * leading and trailing whitespace; empty sentences are dropped. A run longer
 * than MAX_SENTENCE_LENGTH is cut into several sentences.
 */
export function splitSentences(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    if (index - start >= MAX_SENTENCE_LENGTH) {
      const end = forcedEnd(text, start);
      const sentence = trimmed(text, start, end);
      if (sentence) sentences.push(sentence);
      start = end;
      index = end;
      continue;
    }
    if (!isSentenceEnd(text, index)) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && text[end] !== '\n' && (isSentenceEnd(text, end) || CLOSERS.has(text[end]!))) end++;
    const sentence = trimmed(text, start, end);
    if (sentence) sentences.push(sentence);
    start = end;
    index = end;
  }
  const last = trimmed(text, start, text.length);
  if (last) sentences.push(last);
  return sentences;
}

/** The clause (between commas or colons) of `sentence` that contains `index`. */
export function clauseAround(text: string, sentence: TextSpan, index: number): TextSpan {
  let start = index;
  while (start > sentence.start && !isClauseBreakCode(text.charCodeAt(start - 1))) start--;
  let end = index;
  while (end < sentence.end && !isClauseBreakCode(text.charCodeAt(end))) end++;
  return { start, end };
}

/**
 * `clauseAround` for many indexes of one text: the clause breaks are indexed
 * once, so each lookup is constant time rather than a scan of a long clause.
 */
export function clauseFinder(text: string): (sentence: TextSpan, index: number) => TextSpan {
  const length = text.length;
  // previousBreak[i]: the last break before i (or -1); nextBreak[i]: the first break at or after i (or length).
  const previousBreak = new Int32Array(length + 1);
  const nextBreak = new Int32Array(length + 1);
  let last = -1;
  for (let i = 0; i <= length; i++) {
    previousBreak[i] = last;
    if (i < length && isClauseBreakCode(text.charCodeAt(i))) last = i;
  }
  let next = length;
  for (let i = length; i >= 0; i--) {
    if (i < length && isClauseBreakCode(text.charCodeAt(i))) next = i;
    nextBreak[i] = next;
  }
  return (sentence, index) => ({
    start: index <= sentence.start ? index : Math.max(sentence.start, previousBreak[index]! + 1),
    end: index >= sentence.end ? index : Math.min(sentence.end, nextBreak[index]!),
  });
}

const HEADING_MAX_LENGTH = 60;
const ENDS_LIKE_PROSE = /[。；;：:…]$/;

/**
 * A heading is a short line with no full stop that does not end like prose:
 * titles (复学4天倒计时！探访…情况), section headings, list captions. They
 * repeat or announce what the body says, so they are not read as measures.
 */
export function isHeading(text: string, sentence: TextSpan): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEndIndex = text.indexOf('\n', sentence.end);
  return isHeadingLine(text.slice(lineStart, lineEndIndex === -1 ? text.length : lineEndIndex));
}

function isHeadingLine(rawLine: string): boolean {
  const line = rawLine.trim();
  return line.length <= HEADING_MAX_LENGTH && !line.includes('。') && !ENDS_LIKE_PROSE.test(line);
}

/**
 * `isHeading` for every sentence at once: line breaks are indexed once and each
 * line is judged once, so a long line of many sentences costs linear time.
 */
export function headingFlags(text: string, sentences: readonly TextSpan[]): boolean[] {
  const breaks: number[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) breaks.push(index);
  /** The first line break at or after `from`, as an index into `breaks`. */
  const firstBreakFrom = (from: number): number => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (breaks[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const verdicts = new Map<string, boolean>();
  return sentences.map((sentence) => {
    // As in isHeading: the line runs from the last break before the sentence to the first break after it.
    const before = firstBreakFrom(Math.max(0, sentence.start - 1) + 1) - 1;
    const lineStart = before >= 0 ? breaks[before]! + 1 : 0;
    const after = firstBreakFrom(sentence.end);
    const lineEnd = after < breaks.length ? breaks[after]! : text.length;
    const key = `${lineStart}:${lineEnd}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = isHeadingLine(text.slice(lineStart, lineEnd));
      verdicts.set(key, verdict);
    }
    return verdict;
  });
}
