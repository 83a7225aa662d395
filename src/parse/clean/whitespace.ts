import type { TextSpan } from '../../model';

/**
 * Whitespace and punctuation normalisation.
 *
 * Lines are trimmed, runs of spaces (including ideographic and no-break
 * spaces) become one space, spaces touching Chinese punctuation are dropped,
 * and runs of blank lines become one blank line.
 *
 * Punctuation choice, applied everywhere: Chinese prose uses full-width marks,
 * so a half-width `,:;?!` touching a Han character (or CJK punctuation) on
 * either side becomes `，：；？！`, unless both neighbours are ASCII letters or
 * digits (times like 12:38, numbers like 1,000, URLs). Brackets become `（）`
 * when they enclose Han text, e.g. `區(縣)` → `區（縣）`, while `(BA.5)` stays.
 * Digits and Latin letters are never changed. Every replacement is one code
 * unit for one, so offsets survive this step.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const HORIZONTAL_SPACE = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * A space next to full-width punctuation, or after a Han clause's comma or
 * colon, is layout debris. Written to start with the space (the lookbehinds
 * include it), so the engine can skip to the next space instead of trying
 * every position of a long line.
 */
const STRAY_SPACE = / (?:(?<=[\u3001\u3002\uFF01-\uFF0F\uFF1A-\uFF1F\u201C\u201D\u300A-\u300F] )|(?=[\u3001\u3002\uFF0C\uFF1A\uFF1B\uFF01\uFF1F\u201D\u300B\u300D\u300F])|(?<=[\p{Script=Han}\u201D\u300B\u300D\u300F\uFF09][,;:] ))/gu;

/**
 * Paragraphs run together on one line still show their first-line indent:
 * two or more ideographic spaces inside a line start a new paragraph.
 */
const RUN_TOGETHER_INDENT = /(?<=\S)[ \t\u00A0]*\u3000{2,}(?=\S)/g;

export function normaliseLines(text: string): string {
  const unified = text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '');
  // The indent pattern starts with a lookbehind, slow to try at every position: only texts with an indent need it.
  const paragraphs = unified.includes('\u3000\u3000') ? unified.replace(RUN_TOGETHER_INDENT, '\n') : unified;
  // Neither space pattern matches or looks across a line break, so they run on the whole text at once.
  const lines = paragraphs.replace(HORIZONTAL_SPACE, ' ').replace(STRAY_SPACE, '').split('\n').map((line) => line.trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

const WIDE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const CJK_MARKS = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u2018\u2019\u201C\u201D\u2014\u2026]/u;
const HAN = /\p{Script=Han}/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;

/** `,:;?!`: the marks widened by their neighbours; brackets go by what they enclose. */
function isNarrowMark(unit: number): boolean {
  return unit === 0x2c || unit === 0x3a || unit === 0x3b || unit === 0x3f || unit === 0x21;
}

function isChinese(char: string | undefined): boolean {
  return char !== undefined && (HAN.test(char) || CJK_MARKS.test(char));
}

/** Marks the code units inside any of the spans, once: testing every span per character is quadratic. */
function coverage(length: number, spans: readonly TextSpan[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const span of spans) covered.fill(1, Math.max(0, span.start), Math.min(length, span.end));
  return covered;
}

export function normalisePunctuation(text: string, protectedSpans: readonly TextSpan[] = []): string {
  const isProtected = coverage(text.length, protectedSpans);
  const inside = (index: number): boolean => isProtected[index] === 1;
  let widened = '';
  let copiedTo = 0;
  let lastWidened = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isNarrowMark(text.charCodeAt(i)) || inside(i)) continue;
    // A mark widened just before counts as the full-width mark it became.
    const before = i === 0 ? undefined : lastWidened === i - 1 ? WIDE[text[i - 1]!] : text[i - 1];
    const after = text[i + 1];
    if (!isChinese(before) && !isChinese(after)) continue;
    if (before !== undefined && after !== undefined && ASCII_ALNUM.test(before) && ASCII_ALNUM.test(after)) continue;
    widened += text.slice(copiedTo, i) + WIDE[text[i]!]!;
    copiedTo = i + 1;
    lastWidened = i;
  }
  widened += text.slice(copiedTo);
  if (!widened.includes('(')) return widened;
  return widened.replace(/\(([^()\n]{1,80})\)/g, (whole, content: string, offset: number) => {
    if (!HAN.test(content) || inside(offset)) return whole;
    return `（${content}）`;
  });
}
