import type { MentionedDate, PublicationDate } from '../../model';
import { formatDay, formatMonth, isValidDay } from './calendar';
import { scanDateTokens, type DateToken } from './dateTokens';

/**
 * Every date the text mentions, resolved to a full date where the text and the
 * publication date allow it:
 * - a written year is kept as written;
 * - a year-less month/day takes the year of a fully written date earlier in the
 *   same paragraph (within ANCHOR_REACH characters), else the publication year;
 *   a month later than the publication month belongs to the previous year;
 * - a bare day (24日) takes the month of the date mentioned before it in the
 *   same paragraph, else the publication month (the previous month when the
 *   day is later than the publication day);
 * - 今年/去年/明年 count from the publication year.
 * Without a publication date, year-less dates are resolved only from written
 * dates in the same paragraph and are otherwise left out: a year is never guessed.
 */
export function extractMentionedDates(textSimplified: string, published: PublicationDate | null): MentionedDate[] {
  const reference = readPublication(published);
  const dates: MentionedDate[] = [];
  let context: Resolved | null = null;
  let anchor: Resolved | null = null;
  for (const token of scanDateTokens(textSimplified)) {
    if (context && lineBreakBetween(textSimplified, context.end, token.start)) context = null;
    if (anchor && (lineBreakBetween(textSimplified, anchor.end, token.start) || token.start - anchor.end > ANCHOR_REACH)) {
      anchor = null;
    }
    const resolved = resolve(token, context, anchor, reference);
    if (!resolved) continue;
    dates.push({
      start: token.start,
      end: token.end,
      text: token.text,
      date: resolved.date,
      precision: resolved.precision,
      yearInferred: resolved.yearInferred,
    });
    if (resolved.month !== undefined) context = resolved;
    if (resolved.month !== undefined && resolved.yearWritten) anchor = resolved;
  }
  return dates;
}

/** A fully written date lends its year to year-less dates this close after it. */
const ANCHOR_REACH = 80;
/** 至, 到, —, -, ～ between the two ends of a range. */
const RANGE_GAP = 2;

interface Reference {
  year: number;
  month?: number;
  day?: number;
}

interface Resolved {
  date: string;
  precision: MentionedDate['precision'];
  yearInferred: boolean;
  year: number;
  month?: number;
  day?: number;
  yearWritten: boolean;
  end: number;
}

function readPublication(published: PublicationDate | null): Reference | null {
  if (!published) return null;
  const [year, month, day] = published.date.split('-').map(Number);
  if (!year) return null;
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}

function resolve(token: DateToken, context: Resolved | null, anchor: Resolved | null, reference: Reference | null): Resolved | null {
  switch (token.kind) {
    case 'ymd':
      return day(token, token.year!, token.month!, token.day!, false);
    case 'ym':
      return month(token, token.year!, token.month!, false);
    case 'y': {
      const year = token.year ?? (reference && token.relativeYear !== undefined ? reference.year + token.relativeYear : null);
      if (year === null) return null;
      return { date: String(year), precision: 'year', yearInferred: token.year === undefined, year, yearWritten: token.year !== undefined, end: token.end };
    }
    case 'md': {
      const year = yearFor(token, anchor, reference);
      return year === null ? null : day(token, year, token.month!, token.day!, true);
    }
    case 'm': {
      const year = yearFor(token, anchor, reference);
      return year === null ? null : month(token, year, token.month!, true);
    }
    case 'd':
      return bareDay(token, context, reference);
  }
}

function yearFor(token: DateToken, anchor: Resolved | null, reference: Reference | null): number | null {
  if (token.relativeYear !== undefined) return reference ? reference.year + token.relativeYear : null;
  const month = token.month!;
  // With a publication date, a written year only carries over to the other end
  // of a range (2020年1月23日至2月8日); a date later in the sentence may be of another year.
  const anchorApplies = anchor?.month !== undefined && (!reference || token.start - anchor.end <= RANGE_GAP);
  if (anchor && anchor.month !== undefined && anchorApplies) {
    // 2021年12月30日…1月2日: the nearer of the written year and the next one.
    return month + 6 < anchor.month ? anchor.year + 1 : anchor.year;
  }
  if (!reference) return null;
  if (reference.month !== undefined && month > reference.month) return reference.year - 1;
  return reference.year;
}

function bareDay(token: DateToken, context: Resolved | null, reference: Reference | null): Resolved | null {
  const dayOfMonth = token.day!;
  if (context && context.month !== undefined && !token.today) {
    return day(token, context.year, context.month, dayOfMonth, !context.yearWritten);
  }
  if (!reference || reference.month === undefined) return null;
  let { year, month: monthOfYear } = reference;
  if (reference.day !== undefined && dayOfMonth > reference.day) {
    monthOfYear -= 1;
    if (monthOfYear === 0) {
      monthOfYear = 12;
      year -= 1;
    }
  }
  return day(token, year, monthOfYear, dayOfMonth, true);
}

function day(token: DateToken, year: number, monthOfYear: number, dayOfMonth: number, yearInferred: boolean): Resolved | null {
  if (!isValidDay(year, monthOfYear, dayOfMonth)) return null;
  return {
    date: formatDay({ year, month: monthOfYear, day: dayOfMonth }),
    precision: 'day',
    yearInferred,
    year,
    month: monthOfYear,
    day: dayOfMonth,
    yearWritten: !yearInferred,
    end: token.end,
  };
}

function month(token: DateToken, year: number, monthOfYear: number, yearInferred: boolean): Resolved {
  return {
    date: formatMonth(year, monthOfYear),
    precision: 'month',
    yearInferred,
    year,
    month: monthOfYear,
    yearWritten: !yearInferred,
    end: token.end,
  };
}
