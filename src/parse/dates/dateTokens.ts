import { PatternGroup } from '../text/patternScan';
import { normalizeDigits, parseSmallNumber, parseYearWord } from './numerals';

/**
 * Finds date expressions in Simplified text and reads their parts, without
 * resolving missing years (that needs a publication date or landmarks).
 *
 * Not dates: times (16时30分), counts (41例, 连续5日, 14日内), quantities,
 * phone numbers, version numbers (BA.5.2), durations (24小时, 3个月).
 */

export type DateTokenKind = 'ymd' | 'ym' | 'y' | 'md' | 'm' | 'd';

export interface DateToken {
  kind: DateTokenKind;
  start: number;
  end: number;
  text: string;
  /** A year written as a number (ROC years already converted). */
  year?: number;
  /** 今年 0, 去年 -1, 前年 -2, 明年 1: relative to the publication year. */
  relativeYear?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday, when 星期X / 周X follows the date. */
  weekday?: number;
  /** Last hour of a time written right after the date (截至5月30日16时 → 16; 0—24时 → 24). */
  hour?: number;
  /** Preceded by 截至 / 截止: a data date, "as of". */
  asOf: boolean;
  /** Planned or deadline context (将于…, 预计…, …前): not yet happened when written. */
  prospective: boolean;
  /** Marked as the writing day itself: 今(12)日, 今天（11月8日）, 今早（2日）. */
  today: boolean;
  /** One end of a range: 3月3日至14日, 2020年4月30日至5月6日. */
  inRange: boolean;
}

const SP = '[ \\u00a0\\u3000]?';
const YEAR = '(\\d{4}|[〇零○一二三四五六七八九]{4})';
const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const DAY = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const RELATIVE_YEAR = '(今|去|前|明)年';

interface Pattern {
  kind: DateTokenKind;
  regex: RegExp;
  read: (match: RegExpExecArray) => Partial<DateToken> | null;
}

const RELATIVE_OFFSET: Record<string, number> = { 今: 0, 去: -1, 前: -2, 明: 1 };

const num = (word: string | undefined): number | null => (word === undefined ? null : parseSmallNumber(word));

function ymd(year: number | null, month: number | null, day: number | null): Partial<DateToken> | null {
  if (year === null || month === null || day === null) return null;
  if (year < 1990 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** Ordered by priority: longer, more explicit forms claim their characters first. */
const PATTERNS: Pattern[] = [
  {
    kind: 'ymd',
    regex: new RegExp(`(?<![\\d〇零○一二三四五六七八九])${YEAR}[)）]?${SP}年${SP}${MONTH}${SP}月${SP}${DAY}${SP}[日号]`, 'g'),
    read: (m) => ymd(parseYearWord(m[1]!), num(m[2]), num(m[3])),
  },
  {
    // Republic of China years (民国109年 = 2020), as written in Taiwan: 109年7月5日, 今(109)年7月5日.
    kind: 'ymd',
    regex: /(?:民国|[今本][(（])?(?<!\d)(1[01]\d)[)）]?年(\d{1,2})月(\d{1,2})日/g,
    read: (m) => ymd(Number(m[1]) + 1911, num(m[2]), num(m[3])),
  },
  {
    kind: 'ymd',
    regex: /(?<![\d.\-/:])(20\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g,
    read: (m) => ymd(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    kind: 'md',
    regex: new RegExp(`${RELATIVE_YEAR}${SP}${MONTH}${SP}月${SP}${DAY}${SP}[日号]`, 'g'),
    read: (m) => relative(m[1]!, num(m[2]), num(m[3])),
  },
  {
    kind: 'ym',
    regex: new RegExp(`(?<![\\d〇零○一二三四五六七八九])${YEAR}${SP}年${SP}${MONTH}${SP}月(?:份)?`, 'g'),
    read: (m) => {
      const year = parseYearWord(m[1]!);
      const month = num(m[2]);
      return year !== null && month !== null && year >= 1990 && year <= 2099 && month >= 1 && month <= 12
        ? { year, month }
        : null;
    },
  },
  {
    kind: 'ym',
    regex: /(?:民国|[今本][(（])?(?<!\d)(1[01]\d)[)）]?年(\d{1,2})月/g,
    read: (m) => {
      const month = Number(m[2]);
      return month >= 1 && month <= 12 ? { year: Number(m[1]) + 1911, month } : null;
    },
  },
  {
    kind: 'm',
    regex: new RegExp(`${RELATIVE_YEAR}${SP}${MONTH}${SP}月(?:份)?`, 'g'),
    read: (m) => relative(m[1]!, num(m[2]), null),
  },
  {
    kind: 'md',
    regex: new RegExp(`(?<![\\d.])(\\d{1,2})${SP}月${SP}(\\d{1,2})${SP}[日号]`, 'g'),
    read: (m) => monthDay(num(m[1]), num(m[2])),
  },
  {
    kind: 'md',
    regex: new RegExp(`(?<![一二三四五六七八九十第])${MONTH}月${DAY}[日号]`, 'g'),
    read: (m) => monthDay(num(m[1]), num(m[2])),
  },
  {
    kind: 'y',
    regex: /(?<![\d.\-/])(20[0-4]\d)年(?!\d|代)/g,
    read: (m) => ({ year: Number(m[1]) }),
  },
  {
    kind: 'y',
    regex: /(今|去|前|明)年(?!\d|[一二三四五六七八九十]+月|龄|级|轻|纪|代|华)/g,
    read: (m) => ({ relativeYear: RELATIVE_OFFSET[m[1]!]! }),
  },
  {
    kind: 'm',
    // A bare month needs a clear month word: 8月, 8月份, 十一月份, 三月初.
    regex: /(?<![\d.个第每近数几满余多前后连续])(\d{1,2})月(?!龄|\d)(份)?|(?<![一二三四五六七八九十第每个])(十[一二]?|[一二三四五六七八九])月(份|初|中旬|上旬|下旬|底)/g,
    read: (m) => {
      const month = num(m[1] ?? m[3]);
      return month !== null && month >= 1 && month <= 12 ? { month } : null;
    },
  },
  {
    // The day before the writing day, Taiwan style: 昨(3)日.
    kind: 'd',
    regex: /昨(?:天|日|晚)?[(（](\d{1,2})日?[)）]日?/g,
    read: (m) => {
      const day = Number(m[1]);
      return day >= 1 && day <= 31 ? { day } : null;
    },
  },
  {
    // The writing day, Taiwan style: 今(12)日; or 今早（2日）, 今天（8日）.
    kind: 'd',
    regex: /今(?:天|日|早|晨|晚)?[(（](\d{1,2})日?[)）]日?/g,
    read: (m) => {
      const day = Number(m[1]);
      return day >= 1 && day <= 31 ? { day, today: true } : null;
    },
  },
  {
    kind: 'd',
    regex: /(?<![\d.:：\-/A-Za-z])(\d{1,2})日(?!内|以内|之内|以上|以下|以来|龄|均|平均|[\d])/g,
    read: (m) => {
      const day = Number(m[1]);
      return day >= 1 && day <= 31 ? { day } : null;
    },
  },
];

function relative(word: string, month: number | null, day: number | null): Partial<DateToken> | null {
  if (month === null || month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { relativeYear: RELATIVE_OFFSET[word]!, month, ...(day !== null ? { day } : {}) };
}

function monthDay(month: number | null, day: number | null): Partial<DateToken> | null {
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { month, day };
}

/** Words before a bare number that make it a count, not a day: 连续5日, 近7日, 每2日. */
const COUNT_WORDS = ['连续', '持续', '累计', '过去', '最近', '近', '每', '第', '前', '后', '共', '满', '个', '数', '几', '隔', '约', '超过', '不超过', '长达', '达'];

const WEEKDAY = /^[ \u3000]?[（(]?[ \u3000]?(?:星期|周|礼拜)([一二三四五六日天])/;
const WEEKDAY_VALUE: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const HOUR_AFTER = /^(?:[（(]?(?:北京时间|凌晨|早上|上午|中午|下午|晚上|晚)?)?(\d{1,2})(?:[时点](?:\d{1,2}分)?)?(?:[—–\-~～至到](\d{1,2}))?[时点]/;
const PROSPECTIVE_BEFORE = /(将于|将在|将|预计|计划|拟于|拟|力争|有望|延长至|延长到|推迟至|推迟到|延期至|延期到|截止|最迟|不晚于|有效期至|有效期到)[^，。；！？,;!?\n]{0,6}$/;
const PROSPECTIVE_AFTER = /^(?:[\d零时点分上下午晚凌晨]{0,6})(前|之前|以前|到期|起|开始|以后|之后|止)/;
/** 至109年12月24日, 直到5月底: the end of a period, often still to come. */
const UNTIL_BEFORE = /((?<!截)至|直到|持续到|延续到)[ \u3000]?$/;
const AS_OF_BEFORE = /(截至|截止到|截止至|截至到)[ \u3000]?$/;

/**
 * The publication date and the mentioned dates both scan the same text: the
 * last scan is kept, so a parse scans once. Tokens are shared and must not be
 * changed by callers.
 */
let lastScan: { text: string; tokens: readonly DateToken[] } | null = null;

export function scanDateTokens(textSimplified: string): readonly DateToken[] {
  if (lastScan?.text !== textSimplified) lastScan = { text: textSimplified, tokens: scanText(textSimplified) };
  return lastScan.tokens;
}

/** All date patterns, scanned together in one pass over the text. */
const PATTERN_SCAN = new PatternGroup(PATTERNS.map((pattern) => pattern.regex));

function scanText(textSimplified: string): DateToken[] {
  const text = normalizeDigits(textSimplified);
  const claimed = new Uint8Array(text.length);
  const tokens: DateToken[] = [];
  const matchesByPattern = PATTERN_SCAN.matchesIn(text);
  for (let index = 0; index < PATTERNS.length; index++) {
    const pattern = PATTERNS[index]!;
    for (const match of matchesByPattern[index]!) {
      const start = match.index;
      const end = start + match[0].length;
      if (isClaimed(claimed, start, end)) continue;
      const parts = pattern.read(match);
      if (!parts) continue;
      if (pattern.kind === 'd' && !parts.today && isCount(text, start)) continue;
      claimed.fill(1, start, end);
      tokens.push(describe(text, textSimplified, pattern.kind, start, end, parts));
    }
  }
  return markRanges(text, tokens.sort((a, b) => a.start - b.start));
}

const RANGE_BETWEEN = /^[ \u3000]?(?:[(（][^)）]{0,4}[)）])?(?:[\d零时点分:：上下午晚凌晨]{0,8})(?:起)?[ \u3000]?[至到—–\-~～][ \u3000]?$/;

/** Links the two ends of a range; a planned start makes the end planned too. */
function markRanges(text: string, tokens: DateToken[]): DateToken[] {
  for (let i = 1; i < tokens.length; i++) {
    const first = tokens[i - 1]!;
    const second = tokens[i]!;
    if (!RANGE_BETWEEN.test(text.slice(first.end, second.start))) continue;
    first.inRange = true;
    second.inRange = true;
    if (first.prospective) second.prospective = true;
  }
  return tokens;
}

function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i]) return true;
  return false;
}

function isCount(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  return COUNT_WORDS.some((word) => before.endsWith(word));
}

function describe(
  text: string,
  original: string,
  kind: DateTokenKind,
  start: number,
  end: number,
  parts: Partial<DateToken>,
): DateToken {
  const after = text.slice(end, end + 16);
  const before = text.slice(Math.max(0, start - 16), start);
  const token: DateToken = {
    kind,
    start,
    end,
    text: original.slice(start, end),
    asOf: AS_OF_BEFORE.test(before),
    prospective: PROSPECTIVE_BEFORE.test(before) || UNTIL_BEFORE.test(before) || PROSPECTIVE_AFTER.test(after),
    today: parts.today ?? /今天[（(]?$|今日[（(]$/.test(before),
    inRange: false,
    ...stripFlags(parts),
  };
  const weekday = WEEKDAY.exec(after);
  if (weekday) token.weekday = WEEKDAY_VALUE[weekday[1]!]!;
  if (kind === 'ymd' || kind === 'md' || kind === 'd') {
    const hour = HOUR_AFTER.exec(after);
    if (hour) {
      const last = Number(hour[2] ?? hour[1]);
      if (last <= 24) token.hour = last;
    }
  }
  return token;
}

function stripFlags(parts: Partial<DateToken>): Partial<DateToken> {
  const { today: _today, ...rest } = parts;
  return rest;
}
