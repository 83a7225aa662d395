import type { PublicationDate } from '../../model';
import { formatDay, isValidDay } from './calendar';
import { normalizeDigits } from './numerals';

/**
 * Explicit publication timestamps in the page header: 更新时间:2022-09-09 12:38:20,
 * 时间:2022-11-13, 发布日期：2021-03-15, or a bare 2022-11-13 10:20 /
 * 2022年11月13日 10:20 on a header line. Read from the raw file (the cleaner
 * usually removes these lines), in either script.
 */

const LABEL = '(?:更新|发布|發布|发表|發表|發佈|发稿|發稿|出版|录入|錄入|上传|上傳|刊发|刊發|稿件)?(?:时间|時間|日期)';
const DATE = '(20\\d{2})[ ]?[-/.年][ ]?(\\d{1,2})[ ]?[-/.月][ ]?(\\d{1,2})日?';
const TIME = '(?:[ \\u00a0\\u3000T]*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?';

const LABELLED = new RegExp(`${LABEL}[ \\u00a0\\u3000]*[:：][ \\u00a0\\u3000]*${DATE}(?![\\d])${TIME}`);
/** A bare date with a clock time, but not a data period (2020年1月25日17:00-26日7:00, 截至…). */
const WITH_CLOCK = new RegExp(
  `(?<![\\d]|截至|截止|截止到)${DATE}[ \\u00a0\\u3000]*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?(?![\\d]|[ ]?[-—–~～至到])`,
);

/** A header line that is only a date (2022-11-13): the cleaner removes it as metadata. */
const BARE = new RegExp(`^[ \\u00a0\\u3000]*(20\\d{2})[-/](\\d{1,2})[-/](\\d{1,2})[ \\u00a0\\u3000]*$`);

/** Lines at the top of a page that may carry its metadata. */
const HEADER_LINES = 15;
/** Metadata lines are short; a long line with 时间： is prose. */
const MAX_METADATA_LINE = 160;

interface RawLine {
  text: string;
  start: number;
}

function rawLines(raw: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  for (const text of raw.split('\n')) {
    lines.push({ text, start });
    start += text.length + 1;
  }
  return lines;
}

/** Removed lines located in the raw file at most; a page has a few metadata lines, not hundreds. */
const MAX_REMOVED_LINES = 64;

/**
 * The removed lines that could hold a timestamp, located in the raw file.
 * Only lines that `read` could accept are searched for, each once: a search
 * through the whole file for every removed line is quadratic on long pages.
 */
function removedLinesInRaw(raw: string, removedLines: readonly string[]): RawLine[] {
  const lines: RawLine[] = [];
  const seen = new Set<string>();
  for (const line of removedLines) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.length > MAX_METADATA_LINE || seen.has(trimmed)) continue;
    seen.add(trimmed);
    const digits = normalizeDigits(trimmed);
    if (!LABELLED.test(digits) && !WITH_CLOCK.test(digits) && !BARE.test(digits)) continue;
    if (lines.length >= MAX_REMOVED_LINES) break;
    const start = raw.indexOf(trimmed);
    if (start >= 0) lines.push({ text: trimmed, start });
  }
  return lines;
}

function read(line: RawLine, pattern: RegExp, raw: string): PublicationDate | null {
  if (line.text.length > MAX_METADATA_LINE) return null;
  const match = pattern.exec(normalizeDigits(line.text));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidDay(year, month, day)) return null;
  const start = line.start + match.index;
  const end = start + match[0].length;
  return {
    date: formatDay({ year, month, day }),
    precision: 'day',
    inferred: false,
    evidence: { source: 'timestamp', text: raw.slice(start, end), in: 'raw', start, end },
  };
}

export function findTimestamp(raw: string, removedLines: readonly string[]): PublicationDate | null {
  const all = rawLines(raw);
  const removed = removedLinesInRaw(raw, removedLines);
  const header = [...all.filter((line) => line.text.trim()).slice(0, HEADER_LINES), ...removed];
  for (const pattern of [LABELLED, WITH_CLOCK]) {
    for (const line of header) {
      const found = read(line, pattern, raw);
      if (found) return found;
    }
  }
  for (const line of all) {
    const found = read(line, LABELLED, raw);
    if (found) return found;
  }
  for (const line of removed) {
    const found = read(line, BARE, raw);
    if (found) return found;
  }
  return null;
}
