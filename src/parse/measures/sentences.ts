import type { TextSpan } from '../../model';

const ALWAYS_ENDS = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);
/** Closing quotes and brackets that belong to the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '"', "'", '）', ')', '》', '】', '〕']);
const CLAUSE_BREAKS = new Set(['，', ',', '：', ':']);

/** A half-width full stop ends a sentence only before whitespace or the end, and never after a digit (3.5, 1. item). */
function isFullStop(text: string, index: number): boolean {
  if (text[index] !== '.') return false;
  const next = text[index + 1];
  const previous = text[index - 1];
  return (next === undefined || /\s/.test(next)) && !(previous !== undefined && /\d/.test(previous));
}

function isSentenceEnd(text: string, index: number): boolean {
  return ALWAYS_ENDS.has(text[index]!) || isFullStop(text, index);
}

function trimmed(text: string, start: number, end: number): TextSpan | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Splits text into sentences at 。！？；, their half-width forms and line
 * breaks. Runs of terminators stay together, and a closing quote or bracket
 * right after a terminator stays with the sentence it closes. Spans exclude
 * leading and trailing whitespace; empty sentences are dropped.
 */
export function splitSentences(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
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
  while (start > sentence.start && !CLAUSE_BREAKS.has(text[start - 1]!)) start--;
  let end = index;
  while (end < sentence.end && !CLAUSE_BREAKS.has(text[end]!)) end++;
  return { start, end };
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
  const line = text.slice(lineStart, lineEndIndex === -1 ? text.length : lineEndIndex).trim();
  return line.length <= HEADING_MAX_LENGTH && !line.includes('。') && !ENDS_LIKE_PROSE.test(line);
}
