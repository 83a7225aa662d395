import { isoDay, parseIsoDay } from '../../data/publishedInterval';
import { DAY, type Domain } from './timeScale';

/** The moving date window: [start, start + length) in epoch ms, whole days. */
export interface PlayWindow {
  start: number;
  length: number;
}

export const DEFAULT_WINDOW_DAYS = 28;

/**
 * Where Play starts: the current date filter when it is a closed range that
 * can still move forward (its width is kept), else a default window at the
 * start of the corpus.
 */
export function initialWindow(from: string | null, to: string | null, span: Domain, defaultDays = DEFAULT_WINDOW_DAYS): PlayWindow {
  const spanLength = span[1] - span[0];
  const fallback = { start: span[0], length: Math.min(defaultDays * DAY, spanLength) };
  const start = from === null ? null : parseIsoDay(from);
  const end = to === null ? null : parseIsoDay(to);
  if (start === null || end === null || end < start) return fallback;
  const length = end - start + DAY;
  if (length >= spanLength || start + length >= span[1] || start < span[0]) return { ...fallback, length: Math.min(length, spanLength) };
  return { start, length };
}

/** The window after `days` of corpus time, clamped to end with the corpus; `done` once it reaches the end. */
export function advanceWindow(window: PlayWindow, days: number, span: Domain): { window: PlayWindow; done: boolean } {
  const latestStart = Math.max(span[0], span[1] - window.length);
  const start = Math.min(window.start + Math.floor(days) * DAY, latestStart);
  return { window: { ...window, start }, done: start >= latestStart };
}

/** The inclusive date filter a window stands for. */
export function windowRange(window: PlayWindow): [string, string] {
  return [isoDay(window.start), isoDay(window.start + window.length - DAY)];
}
