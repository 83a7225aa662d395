/**
 * An archive row's date as written → `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null.
 * Reads 2020-05-30, 2020/5/30, 2020.05.30, 20200530, 2020年5月30日 (each
 * optionally followed by a time, which is dropped as written, without time-zone
 * conversion), 2020-05, 2020年5月 and 2020.
 */

const SEPARATED = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?=$|[T\s])/;
const CHINESE = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const pad = (value: number): string => String(value).padStart(2, '0');

export function readRowDate(value: string): string | null {
  const written = value.trim();
  const match = SEPARATED.exec(written) ?? COMPACT.exec(written) ?? CHINESE.exec(written);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (match[2] === undefined) return String(year);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return `${year}-${pad(month)}`;
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
