/** A half-open range [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export interface Segment<Annotation extends Span> extends Span {
  text: string;
  /** Every annotation covering the whole segment, in the order they were given. */
  annotations: Annotation[];
}

/**
 * Splits `text` at every annotation boundary so overlapping and nested
 * annotations can be rendered as nested elements: the segments tile the text
 * exactly, and each one lists all annotations that cover it. Annotations are
 * clamped to the text; empty ones are dropped.
 */
export function segmentText<Annotation extends Span>(text: string, annotations: readonly Annotation[]): Segment<Annotation>[] {
  const length = text.length;
  if (length === 0) return [];

  const entries = annotations
    .map((annotation, order) => ({
      annotation,
      order,
      start: clamp(annotation.start, length),
      end: clamp(annotation.end, length),
    }))
    .filter((entry) => entry.end > entry.start);

  const boundarySet = new Set<number>([0, length]);
  for (const entry of entries) {
    boundarySet.add(entry.start);
    boundarySet.add(entry.end);
  }
  const boundaries = [...boundarySet].sort((a, b) => a - b);

  const byStart = [...entries].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: typeof entries = [];
  const segments: Segment<Annotation>[] = [];

  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    active = active.filter((entry) => entry.end > start);
    let added = false;
    while (next < byStart.length && byStart[next]!.start === start) {
      active.push(byStart[next]!);
      next++;
      added = true;
    }
    if (added) active.sort((a, b) => a.order - b.order);
    segments.push({ start, end, text: text.slice(start, end), annotations: active.map((entry) => entry.annotation) });
  }
  return segments;
}

function clamp(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return offset > 0 ? length : 0;
  return Math.min(Math.max(Math.trunc(offset), 0), length);
}

/**
 * Gives every span a track (0, 1, 2…) such that overlapping spans never share
 * one, so each can keep the same underline depth along its whole length.
 * Greedy interval colouring in start order uses the minimum number of tracks.
 */
export function assignTracks(spans: readonly Span[]): number[] {
  const tracks: number[] = new Array<number>(spans.length).fill(0);
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end);
  const trackEnds: number[] = [];
  for (const index of order) {
    const span = spans[index]!;
    let track = trackEnds.findIndex((end) => end <= span.start);
    if (track < 0) track = trackEnds.length;
    trackEnds[track] = span.end;
    tracks[index] = track;
  }
  return tracks;
}

export interface Paragraph<Annotation extends Span> extends Span {
  segments: Segment<Annotation>[];
}

/**
 * Groups segments into paragraphs at each line break. Line breaks themselves
 * are dropped (an annotation crossing one continues in the next paragraph);
 * blank lines produce no paragraph.
 */
export function splitParagraphs<Annotation extends Span>(segments: readonly Segment<Annotation>[]): Paragraph<Annotation>[] {
  const paragraphs: Paragraph<Annotation>[] = [];
  let current: Segment<Annotation>[] = [];
  const flush = () => {
    if (current.length > 0) {
      paragraphs.push({ start: current[0]!.start, end: current[current.length - 1]!.end, segments: current });
    }
    current = [];
  };
  for (const segment of segments) {
    let from = 0;
    for (;;) {
      const lineBreak = segment.text.indexOf('\n', from);
      const to = lineBreak < 0 ? segment.text.length : lineBreak;
      if (to > from) {
        current.push({
          ...segment,
          start: segment.start + from,
          end: segment.start + to,
          text: segment.text.slice(from, to),
        });
      }
      if (lineBreak < 0) break;
      flush();
      from = lineBreak + 1;
    }
  }
  flush();
  return paragraphs;
}
