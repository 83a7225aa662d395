import { daysInMonth, type Day } from './calendar';
import type { Random, Weighted } from './random';

/**
 * When the news was written, and where it was about. Relative volumes of
 * epidemic-control news per month, 2020-01 … 2022-12, following the waves:
 * Wuhan in early 2020, scattered outbreaks in 2021, and the Omicron year 2022
 * (Jilin and Shanghai in spring, Hainan, Tibet and Xinjiang in summer, the
 * November relaxation and the December exit), which carries about half.
 */
const MONTH_WEIGHTS: Record<number, readonly number[]> = {
  2020: [9, 12, 9, 5, 3, 4, 4, 2, 1.5, 1.5, 1.5, 2],
  2021: [5, 2, 1.5, 1.5, 2.5, 3, 4.5, 5, 3, 3.5, 4, 5],
  2022: [6, 3.5, 10, 12, 10, 6, 5, 7.5, 8, 8, 13, 13],
};

/**
 * Provinces (two-digit GB/T 2260 prefixes) that dominated the news in a
 * month, with extra weight; every province keeps a base weight.
 */
const HOTSPOTS: Record<string, Record<string, number>> = {
  '2020-01': { '42': 30 },
  '2020-02': { '42': 25 },
  '2020-03': { '42': 12 },
  '2020-06': { '11': 10 },
  '2020-07': { '65': 8, '21': 6 },
  '2020-08': { '65': 6 },
  '2020-10': { '37': 8, '65': 5 },
  '2020-12': { '11': 3, '21': 4 },
  '2021-01': { '13': 10, '23': 6, '22': 5 },
  '2021-04': { '53': 8 },
  '2021-05': { '44': 6, '34': 4 },
  '2021-06': { '44': 8 },
  '2021-07': { '32': 10, '43': 4 },
  '2021-08': { '32': 8, '41': 5, '43': 4 },
  '2021-09': { '35': 8 },
  '2021-10': { '15': 6, '62': 6 },
  '2021-11': { '21': 5, '23': 5 },
  '2021-12': { '61': 10, '33': 5 },
  '2022-01': { '61': 6, '12': 6, '41': 6 },
  '2022-02': { '45': 6 },
  '2022-03': { '22': 12, '44': 6, '31': 10 },
  '2022-04': { '31': 25, '22': 6 },
  '2022-05': { '31': 18, '11': 8 },
  '2022-06': { '11': 6, '31': 6 },
  '2022-07': { '62': 6, '45': 5 },
  '2022-08': { '46': 10, '54': 6, '65': 6 },
  '2022-09': { '51': 8, '52': 8, '65': 6 },
  '2022-10': { '65': 8, '15': 6 },
  '2022-11': { '44': 10, '50': 8, '41': 5, '65': 5, '11': 5 },
  '2022-12': { '11': 6, '44': 5, '50': 4 },
};

const BASE_WEIGHT = 1;

const MONTHS: Weighted<{ year: number; month: number }>[] = Object.entries(MONTH_WEIGHTS).flatMap(([year, weights]) =>
  weights.map((weight, index) => ({ value: { year: Number(year), month: index + 1 }, weight })),
);

export function samplePublicationDay(random: Random): Day {
  const { year, month } = random.weighted(MONTHS);
  // The news began on 20 January 2020; before that there were only a few reports.
  if (year === 2020 && month === 1 && random.chance(0.85)) return { year, month, day: random.int(20, 31) };
  return { year, month, day: random.int(1, daysInMonth(year, month)) };
}

/** Weight of a province (by code) in news of a given month. */
export function provinceWeight(provinceCode: string, date: Day): number {
  const key = `${date.year}-${String(date.month).padStart(2, '0')}`;
  return BASE_WEIGHT + (HOTSPOTS[key]?.[provinceCode.slice(0, 2)] ?? 0);
}

const weightedCache = new Map<number, Weighted<number>[]>();

/** Indexes into `codes` weighted for the month of `date`, computed once per month. */
export function weightedProvinceIndexes(codes: readonly string[], date: Day): Weighted<number>[] {
  const key = date.year * 100 + date.month;
  let weighted = weightedCache.get(key);
  if (!weighted) {
    weighted = codes.map((code, index) => ({ value: index, weight: provinceWeight(code, date) }));
    weightedCache.set(key, weighted);
  }
  return weighted;
}
