import { dayNumber, parseIso, type Day } from './calendar';
import type { Random } from './random';

/** Ways the articles write dates, and the era-dependent words that go with a date. */

const pad = (value: number): string => String(value).padStart(2, '0');

export const monthDay = (date: Day): string => `${date.month}月${date.day}日`;
export const chineseDate = (date: Day): string => `${date.year}年${date.month}月${date.day}日`;
export const isoDate = (date: Day): string => `${date.year}-${pad(date.month)}-${pad(date.day)}`;

const DIGITS = '〇一二三四五六七八九';

function chineseNumber(value: number): string {
  if (value <= 10) return value === 10 ? '十' : DIGITS[value]!;
  if (value < 20) return `十${DIGITS[value - 10]}`;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** 二〇二二年十一月十三日, as official notices sign. */
export function chineseNumeralDate(date: Day): string {
  const year = [...String(date.year)].map((digit) => DIGITS[Number(digit)]).join('');
  return `${year}年${chineseNumber(date.month)}月${chineseNumber(date.day)}日`;
}

export function clockTime(random: Random, seconds: boolean): string {
  const time = `${pad(random.int(6, 23))}:${pad(random.int(0, 59))}`;
  return seconds ? `${time}:${pad(random.int(0, 59))}` : time;
}

/** A date with its year, in one of the written forms sites use in their headers. */
export function headerDate(date: Day, random: Random): string {
  return random.weighted([
    { value: isoDate(date), weight: 6 },
    { value: chineseDate(date), weight: 3 },
    { value: `${date.year}/${pad(date.month)}/${pad(date.day)}`, weight: 1 },
    { value: `${date.year}-${date.month}-${date.day}`, weight: 1 },
  ]);
}

const dayNumbers = new Map<string, number>();

function isoDayNumber(iso: string): number {
  let value = dayNumbers.get(iso);
  if (value === undefined) {
    value = dayNumber(parseIso(iso));
    dayNumbers.set(iso, value);
  }
  return value;
}

export const isBefore = (date: Day, iso: string): boolean => dayNumber(date) < isoDayNumber(iso);
export const isOnOrAfter = (date: Day, iso: string): boolean => !isBefore(date, iso);

/** What the disease was called on that day (新冠肺炎 from 2020-02-08). */
export function diseaseName(date: Day, random: Random): string {
  if (isBefore(date, '2020-02-08')) return random.pick(['新型冠状病毒感染的肺炎', '新型肺炎']);
  return random.weighted([
    { value: '新冠肺炎', weight: 6 },
    { value: '新型冠状病毒肺炎', weight: 2 },
  ]);
}

/** The variant a report would name, or the plain virus before variants had names. */
export function variantName(date: Day, random: Random): string {
  if (isOnOrAfter(date, '2022-05-01')) return random.pick(['奥密克戎BA.5.2变异株', '奥密克戎变异株', '奥密克戎BF.7变异株']);
  if (isOnOrAfter(date, '2021-11-26')) return '奥密克戎变异株';
  if (isOnOrAfter(date, '2021-05-31')) return '德尔塔变异株';
  return '新冠病毒';
}

export interface QuarantineRule {
  central: number;
  home: number;
  /** 居家健康监测 before mid-2022, 居家隔离 under the ninth edition and later. */
  homeWords: string;
}

/** The national rule for close contacts at that time: 14+7, then 7+3, then 5+3. */
export function quarantineRule(date: Day): QuarantineRule {
  if (isOnOrAfter(date, '2022-11-11')) return { central: 5, home: 3, homeWords: '居家隔离' };
  if (isOnOrAfter(date, '2022-06-28')) return { central: 7, home: 3, homeWords: '居家健康监测' };
  if (isOnOrAfter(date, '2021-12-15')) return { central: 14, home: 7, homeWords: '居家健康监测' };
  return { central: 14, home: 7, homeWords: '居家健康监测' };
}
