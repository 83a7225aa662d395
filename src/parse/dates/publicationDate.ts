import type { DateEvidence, PublicationDate } from '../../model';
import { dayNumber, formatDay, formatMonth, fromDayNumber, isValidDay, parseIsoDay } from './calendar';
import { scanDateTokens, type DateToken } from './dateTokens';
import { resolveEvents, writtenAnchors, type ResolvedEvent } from './events';
import { publicationWindow, type Window } from './landmarks';
import { normalizeDigits } from './numerals';
import { findTimestamp } from './timestamp';
import { choosePublicationYear } from './yearInference';

export interface PublicationDateInput {
  /** The decoded file before cleaning (original script). */
  raw: string;
  /** The cleaned text (original script); evidence with in:'text' indexes this. */
  text: string;
  /** toSimplified(text), same length: patterns are matched on this one. */
  textSimplified: string;
  /** Metadata/boilerplate lines the cleaner removed. */
  removedLines: string[];
}

/**
 * The publication date, from the most trusted source that gives one:
 * 1. a timestamp in the page header (raw file);
 * 2. the date under the signing body at the end of an official notice;
 * 3. a dateline near the start (11月8日讯, X月X日电, 据…X月X日消息, （记者…）X月X日,
 *    今(12)日);
 * 4. the mentioned dates: the publication is on or after the latest date the
 *    text reports as past. Day precision only when that date is marked as the
 *    reporting moment (截至5月30日16时, 今天); otherwise the month;
 * 5. the landmark window alone, when it is at most about three months wide:
 *    its month if it lies in one month, else its year.
 * A missing year comes from the landmark window or from written dates nearby;
 * when no single year fits, the source is skipped rather than guessed.
 */
export function findPublicationDate(input: PublicationDateInput): PublicationDate | null {
  const timestamp = findTimestamp(input.raw, input.removedLines);
  if (timestamp) return timestamp;

  const tokens = scanDateTokens(input.textSimplified);
  const window = publicationWindow(input.textSimplified);
  return (
    findSignature(input, tokens) ??
    findDateline(input, tokens, window) ??
    fromMentionedDates(input, tokens, window) ??
    fromLandmarks(input, window)
  );
}

// ---------------------------------------------------------------- signature

const ORG_SUFFIX = /(指挥部|领导小组|工作组|小组|委员会|卫健委|管委会|政府|办公室|办公厅|办事处|居委会|党委|指挥中心|中心|医院|公司|学校|大学|学院|协会|机制|局|委|部|厅|处|所|站|院|社区)$/;
const SENTENCE_END = /[。！？!?；;：:，,]$/;

interface TextLine {
  text: string;
  start: number;
}

function nonBlankLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) lines.push({ text: trimmed, start: start + lead });
    start += line.length + 1;
  }
  return lines;
}

/**
 * A full date alone on a line in the second half of the text, right under a
 * short line naming the signing body; or a line ending "<signing body><date>"
 * among the last lines. The last such date wins.
 */
function findSignature(input: PublicationDateInput, tokens: readonly DateToken[]): PublicationDate | null {
  const lines = nonBlankLines(input.textSimplified);
  const firstCandidate = Math.floor(lines.length / 2);
  // The first full date ending at each offset, looked up per line (a search per line is quadratic).
  const ymdByEnd = new Map<number, DateToken>();
  for (const t of tokens) if (t.kind === 'ymd' && !ymdByEnd.has(t.end)) ymdByEnd.set(t.end, t);
  for (let index = lines.length - 1; index >= firstCandidate; index--) {
    const line = lines[index]!;
    const lineEnd = line.start + line.text.length;
    const candidate = ymdByEnd.get(lineEnd);
    const token = candidate && candidate.start >= line.start ? candidate : undefined;
    if (!token) continue;
    const prefix = input.textSimplified.slice(line.start, token.start).trim();
    const above = lines[index - 1]?.text;
    const signedAlone = prefix === '' && above !== undefined && above.length <= 50 && !SENTENCE_END.test(above);
    const signedInline = prefix !== '' && ORG_SUFFIX.test(prefix) && index >= lines.length - 3;
    if (!signedAlone && !signedInline) continue;
    if (!isValidDay(token.year!, token.month!, token.day!)) continue;
    return {
      date: formatDay({ year: token.year!, month: token.month!, day: token.day! }),
      precision: 'day',
      inferred: false,
      evidence: textEvidence('signature', input.text, token.start, token.end),
    };
  }
  return null;
}

// ----------------------------------------------------------------- dateline

/** Datelines sit in the opening lines. */
const DATELINE_REACH = 600;
const DATELINE_AFTER = /^[ \u3000]?(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?[ \u3000]?(讯|电|消息|报道|发布)/;
const REPORTER_BEFORE = /[（(]记者[^（()）\n]{0,30}[)）][ \u3000]?$/;

function isDatelineToken(token: DateToken, text: string): boolean {
  if (token.start > DATELINE_REACH) return false;
  if (token.today) return true;
  if (token.kind !== 'ymd' && token.kind !== 'md') return false;
  if (token.relativeYear !== undefined) return false;
  const after = text.slice(token.end, token.end + 8);
  const before = text.slice(Math.max(0, token.start - 40), token.start);
  return DATELINE_AFTER.test(after) || REPORTER_BEFORE.test(before);
}

function findDateline(input: PublicationDateInput, tokens: readonly DateToken[], window: Window): PublicationDate | null {
  const text = normalizeDigits(input.textSimplified);
  const token = tokens.find((t) => isDatelineToken(t, text));
  if (!token) return null;
  const evidence = textEvidence('dateline', input.text, token.start, token.end);
  if (token.kind === 'ymd') {
    if (!isValidDay(token.year!, token.month!, token.day!)) return null;
    return { date: formatDay({ year: token.year!, month: token.month!, day: token.day! }), precision: 'day', inferred: false, evidence };
  }
  const month = token.month ?? monthForToday(token, tokens);
  if (month === undefined) return null;
  const choice = choosePublicationYear(
    { month, day: token.day!, offset: token.start, ...(token.weekday !== undefined ? { weekday: token.weekday } : {}) },
    window,
    writtenAnchors(tokens),
  );
  if (!choice || !isValidDay(choice.year, month, token.day!)) return null;
  return {
    date: formatDay({ year: choice.year, month, day: token.day! }),
    precision: 'day',
    inferred: true,
    evidence: withLandmarks(evidence, choice.landmarks),
  };
}

/**
 * 今(12)日 gives only the day. The writing day is on or after every past date
 * the text reports; the month is taken from the latest of them only when that
 * date is at most TODAY_REACH days before today (same month, or the month
 * before when its day is later than today's). Otherwise the month is unknown.
 * Ranges and planned dates are left out.
 */
function monthForToday(today: DateToken, tokens: readonly DateToken[]): number | undefined {
  const past = tokens.filter(
    (t) =>
      t !== today && t.month !== undefined && t.day !== undefined && !t.prospective && !t.inRange && !t.today && t.relativeYear === undefined,
  );
  if (past.length === 0) return undefined;
  const dayInYear = (t: DateToken): number => t.month! * 32 + t.day!;
  const latest = past.reduce((a, b) => (dayInYear(b) > dayInYear(a) ? b : a));
  const todayDay = today.day!;
  if (latest.day! <= todayDay) return todayDay - latest.day! <= TODAY_REACH ? latest.month : undefined;
  return 31 - latest.day! + todayDay <= TODAY_REACH ? (latest.month! % 12) + 1 : undefined;
}

const TODAY_REACH = 10;

// ----------------------------------------------------------- mentioned dates

/** A reported date far beyond all others is a plan or a deadline, not news. */
const OUTLIER_GAP_DAYS = 60;

function fromMentionedDates(
  input: PublicationDateInput,
  tokens: readonly DateToken[],
  window: Window,
): PublicationDate | null {
  const events = resolveEvents(tokens, window);
  const yearless = tokens.filter((t) => t.kind === 'md' && !t.prospective && t.relativeYear === undefined);
  // If some year-less date could not be placed in a year, any of them may be the latest.
  const resolved = new Set(events.map((event) => event.token));
  if (yearless.some((token) => !resolved.has(token))) return null;
  const past = events
    .filter((event) => event.precision === 'day' && !event.token.prospective && !event.token.today)
    .filter((event) => dayNumber(event.date) <= window.to)
    .map((event) => ({ event, notBefore: notBefore(event) }))
    .sort((a, b) => a.notBefore - b.notBefore);
  if (past.length >= 3) {
    const last = past[past.length - 1]!;
    const second = past[past.length - 2]!;
    if (last.notBefore - second.notBefore > OUTLIER_GAP_DAYS) past.pop();
  }
  const latest = past[past.length - 1];
  if (!latest) return null;

  const { event } = latest;
  if (window.from > latest.notBefore) return fromLandmarks(input, window);
  const at = fromDayNumber(latest.notBefore);
  const reportingMoment = event.precision === 'day' && event.token.asOf && event.token.hour !== undefined && event.token.hour < 24;
  const evidence = withLandmarks(textEvidence('mentioned-date', input.text, event.token.start, event.token.end), event.landmarks);
  return {
    date: reportingMoment ? formatDay(at) : formatMonth(at.year, at.month),
    precision: reportingMoment ? 'day' : 'month',
    inferred: !event.yearWritten,
    evidence,
  };
}

/** The earliest day the publication can be: 截至8月26日24时 means 8月27日 0时. */
function notBefore(event: ResolvedEvent): number {
  const day = dayNumber(event.date);
  return event.precision === 'day' && event.token.hour === 24 ? day + 1 : day;
}

// ----------------------------------------------------------------- landmarks

/** Wider windows come from phrases also used in retrospectives (复工复产 in 2021). */
const LANDMARK_WINDOW_DAYS = 92;

/**
 * When only landmarks date the text, or they place it after every date it
 * mentions: the window's month if the window lies within one month, its year
 * if within one year; nothing otherwise (a lower bound alone is no date).
 */
function fromLandmarks(input: PublicationDateInput, window: Window): PublicationDate | null {
  const decisive =
    window.matches.find((match) => dayNumber(parseIsoDay(match.landmark.from)) === window.from) ??
    window.matches[window.matches.length - 1];
  if (!decisive || window.to - window.from > LANDMARK_WINDOW_DAYS) return null;
  const from = fromDayNumber(window.from);
  const to = fromDayNumber(window.to);
  const evidence = withLandmarks(textEvidence('landmark', input.text, decisive.start, decisive.end), window.landmarks);
  if (from.year === to.year && from.month === to.month) {
    return { date: formatMonth(from.year, from.month), precision: 'month', inferred: true, evidence };
  }
  if (from.year === to.year) return { date: String(from.year), precision: 'year', inferred: true, evidence };
  return null;
}

// ------------------------------------------------------------------- helpers

function textEvidence(source: DateEvidence['source'], text: string, start: number, end: number): DateEvidence {
  return { source, text: text.slice(start, end), in: 'text', start, end };
}

function withLandmarks(evidence: DateEvidence, landmarks: readonly string[]): DateEvidence {
  return landmarks.length > 0 ? { ...evidence, landmarks: [...landmarks] } : evidence;
}

