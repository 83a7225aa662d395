import { isValidDay, type DayDate } from './calendar';
import type { DateToken } from './dateTokens';
import type { Window } from './landmarks';
import { chooseEventYear, type WrittenAnchor } from './yearInference';

/**
 * Dates the text mentions, resolved without a publication date: the year is
 * the written one, or one chosen from written dates nearby, or from the
 * landmark window; a bare day (24日) takes the month and year of the date
 * mentioned before it.
 */
export interface ResolvedEvent {
  token: DateToken;
  date: DayDate;
  precision: 'day' | 'month';
  yearWritten: boolean;
  landmarks: string[];
}

/** Dates with a written year (a written month stands for its 15th), plans excluded. */
export function writtenAnchors(tokens: readonly DateToken[]): WrittenAnchor[] {
  return tokens
    .filter((token) => (token.kind === 'ymd' || token.kind === 'ym') && token.year !== undefined && !token.prospective)
    .map((token) => ({ date: { year: token.year!, month: token.month!, day: token.day ?? 15 }, offset: token.start }));
}

export function resolveEvents(tokens: readonly DateToken[], window: Window): ResolvedEvent[] {
  const anchors = writtenAnchors(tokens);
  const events: ResolvedEvent[] = [];
  let previous: ResolvedEvent | null = null;
  for (const token of tokens) {
    const event = resolveOne(token, previous, window, anchors);
    if (!event) continue;
    events.push(event);
    if (event.precision === 'day') previous = event;
  }
  return events;
}

function resolveOne(
  token: DateToken,
  previous: ResolvedEvent | null,
  window: Window,
  anchors: readonly WrittenAnchor[],
): ResolvedEvent | null {
  switch (token.kind) {
    case 'ymd':
      if (!isValidDay(token.year!, token.month!, token.day!)) return null;
      return event(token, { year: token.year!, month: token.month!, day: token.day! }, 'day', true, []);
    case 'ym':
      return event(token, { year: token.year!, month: token.month!, day: 1 }, 'month', true, []);
    case 'md': {
      if (token.relativeYear !== undefined) return null;
      const choice = chooseEventYear(token.month!, token.day!, token.start, window, anchors);
      if (!choice || !isValidDay(choice.year, token.month!, token.day!)) return null;
      return event(token, { year: choice.year, month: token.month!, day: token.day! }, 'day', false, choice.landmarks);
    }
    case 'd': {
      if (!previous || token.today) return null;
      const { year, month } = previous.date;
      if (!isValidDay(year, month, token.day!)) return null;
      return event(token, { year, month, day: token.day! }, 'day', previous.yearWritten, previous.landmarks);
    }
    default:
      return null;
  }
}

function event(
  token: DateToken,
  date: DayDate,
  precision: 'day' | 'month',
  yearWritten: boolean,
  landmarks: string[],
): ResolvedEvent {
  return { token, date, precision, yearWritten, landmarks };
}
