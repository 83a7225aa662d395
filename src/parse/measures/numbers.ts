/**
 * Arabic or Chinese numerals, optionally scaled by 万/亿: 14, 1.5万, 十四, 两, 一百五十.
 * Runs are bounded (no count needs more digits) so that a long run of numerals
 * that is not followed by a unit costs linear, not quadratic, time to reject.
 */
export const NUMBER_SOURCE = '(?:\\d{1,12}(?:\\.\\d{1,6})?|[零〇一二两三四五六七八九十百千]{1,12})(?:[万亿])?';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number below 万, in Arabic or Chinese numerals; NaN when unreadable. */
function parseBelowTenThousand(text: string): number {
  if (text === '') return 0;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let pending: number | null = null;
  for (const char of text) {
    const digit = DIGITS[char];
    const unit = UNITS[char];
    if (digit !== undefined) {
      // 二零二二 style: consecutive digits read positionally.
      pending = pending === null ? digit : pending * 10 + digit;
    } else if (unit !== undefined) {
      total += (pending ?? 1) * unit;
      pending = null;
    } else {
      return Number.NaN;
    }
  }
  return total + (pending ?? 0);
}

/** Parses 14, 1.5万, 十四, 两, 一百五十, 三千 → number, or null when the text is not a number. */
export function parseNumber(text: string): number | null {
  let rest = text.trim();
  let value = 0;
  for (const [unitChar, scale] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = rest.indexOf(unitChar);
    if (at === -1) continue;
    const head = parseBelowTenThousand(rest.slice(0, at) || '一');
    if (Number.isNaN(head)) return null;
    value += head * scale;
    rest = rest.slice(at + 1);
  }
  const tail = parseBelowTenThousand(rest);
  if (Number.isNaN(tail)) return null;
  if (rest === '' && value === 0) return null;
  return value + tail;
}
