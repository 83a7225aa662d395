import { COUNTRY_CODE, type GivenMetadata, type GivenSummary } from '../model';
import { provinceOfCode } from './regionScope';
import { parseIsoDay } from './publishedInterval';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isRegionCode = (value: unknown): value is string => typeof value === 'string' && /^\d{6}$/.test(value);

const TEXT_FIELDS = ['title', 'source', 'url', 'regionText'] as const;

/** `YYYY`, `YYYY-MM` (01–12) or a real calendar day `YYYY-MM-DD`. */
function readDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}$/.test(value) || /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value;
  return parseIsoDay(value) !== null ? value : undefined;
}

/** An archive row's metadata from a stored record, keeping only well-formed fields; undefined when none is. */
export function readGivenMetadata(value: unknown): GivenMetadata | undefined {
  if (!isObject(value)) return undefined;
  const given: GivenMetadata = {};
  for (const field of TEXT_FIELDS) {
    const text = value[field];
    if (nonEmptyString(text)) given[field] = text;
  }
  const date = readDate(value.date);
  if (date) given.date = date;
  if (Array.isArray(value.regionCodes)) {
    const codes = value.regionCodes.filter(isRegionCode);
    if (codes.length > 0) given.regionCodes = codes;
  }
  return Object.keys(given).length > 0 ? given : undefined;
}

/** The date and regions a summary carries of the row's metadata; undefined when the row gave neither. */
export function summariseGiven(given: GivenMetadata | undefined): GivenSummary | undefined {
  if (!given || (given.date === undefined && given.regionCodes === undefined)) return undefined;
  return {
    ...(given.date !== undefined ? { date: given.date } : {}),
    ...(given.regionCodes !== undefined ? { regionCodes: given.regionCodes } : {}),
  };
}

export const readGivenSummary = (value: unknown): GivenSummary | undefined => summariseGiven(readGivenMetadata(value));

/** Whether two dates disagree at the coarser of their precisions (2022-05 agrees with 2022-05-30). */
export function datesDisagree(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) !== b.slice(0, length);
}

/**
 * Whether the row's regions and the regions the text is about lie in different
 * provinces. No verdict (false) when either side names no province, or the row names the whole country.
 */
export function regionsDisagree(rowCodes: readonly string[], textCodes: readonly string[]): boolean {
  if (rowCodes.includes(COUNTRY_CODE)) return false;
  const provincesOf = (codes: readonly string[]) =>
    new Set(codes.map(provinceOfCode).filter((code): code is string => code !== null));
  const rowProvinces = provincesOf(rowCodes);
  const textProvinces = provincesOf(textCodes);
  if (rowProvinces.size === 0 || textProvinces.size === 0) return false;
  return ![...rowProvinces].some((code) => textProvinces.has(code));
}

/** The URL when it is an absolute http(s) address, safe to link to; null otherwise (javascript:, data:, relative…). */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
