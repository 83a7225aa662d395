/**
 * Chinese and full-width numerals as they occur in dates: 二〇二〇年, 十一月,
 * 二十四日, ２０２２. Everything here keeps string length, so offsets survive.
 */

const FULL_WIDTH_ZERO = 0xff10;

/** Replaces full-width digits (０-９) with ASCII digits; same length. */
export function normalizeDigits(text: string): string {
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < FULL_WIDTH_ZERO || unit > FULL_WIDTH_ZERO + 9) continue;
    out += text.slice(copiedTo, i) + String.fromCharCode(unit - FULL_WIDTH_ZERO + 48);
    copiedTo = i + 1;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

const DIGIT_VALUE: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0,
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};


/** 二〇二〇 → 2020 (digit by digit, as years are written). */
export function parseChineseYear(word: string): number | null {
  let value = 0;
  for (const char of word) {
    const digit = DIGIT_VALUE[char];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** 1-99 written with 十: 十 → 10, 十一 → 11, 二十四 → 24, 三十一 → 31; also plain digits. */
export function parseSmallNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(word);
  if (!match || word.length === 0) return null;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? DIGIT_VALUE[tens]! : null;
  return (tens ? DIGIT_VALUE[tens]! : 1) * 10 + (units ? DIGIT_VALUE[units]! : 0);
}

export function parseYearWord(word: string): number | null {
  if (/^\d{4}$/.test(word)) return Number(word);
  return word.length === 4 ? parseChineseYear(word) : null;
}
