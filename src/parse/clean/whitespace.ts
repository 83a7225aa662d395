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

/** A space next to full-width punctuation, or after a Han clause's comma or colon, is layout debris. */
const STRAY_SPACE = /(?<=[\u3001\u3002\uFF01-\uFF0F\uFF1A-\uFF1F\u201C\u201D\u300A-\u300F]) | (?=[\u3001\u3002\uFF0C\uFF1A\uFF1B\uFF01\uFF1F\u201D\u300B\u300D\u300F])|(?<=[\p{Script=Han}\u201D\u300B\u300D\u300F\uFF09][,;:]) /gu;

/**
 * Paragraphs run together on one line still show their first-line indent:
 * two or more ideographic spaces inside a line start a new paragraph.
 */
const RUN_TOGETHER_INDENT = /(?<=\S)[ \t\u00A0]*\u3000{2,}(?=\S)/g;

export function normaliseLines(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(RUN_TOGETHER_INDENT, '\n')
    .split('\n')
    .map((line) => line.replace(HORIZONTAL_SPACE, ' ').replace(STRAY_SPACE, '').trim());
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

function isChinese(char: string | undefined): boolean {
  return char !== undefined && (HAN.test(char) || CJK_MARKS.test(char));
}

function inside(index: number, spans: readonly TextSpan[]): boolean {
  return spans.some((span) => index >= span.start && index < span.end);
}

export function normalisePunctuation(text: string, protectedSpans: readonly TextSpan[] = []): string {
  const chars = text.split('');
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (!(char in WIDE) || char === '(' || char === ')' || inside(i, protectedSpans)) continue;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (!isChinese(before) && !isChinese(after)) continue;
    if (before !== undefined && after !== undefined && ASCII_ALNUM.test(before) && ASCII_ALNUM.test(after)) continue;
    chars[i] = WIDE[char]!;
  }
  const widened = chars.join('');
  return widened.replace(/\(([^()\n]{1,80})\)/g, (whole, content: string, offset: number) => {
    if (!HAN.test(content) || inside(offset, protectedSpans)) return whole;
    return `（${content}）`;
  });
}
