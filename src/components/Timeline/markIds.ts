import type { MeasureMark, TimelineMark } from './layoutTimeline';
import { isMeasureMark, type AnyMark } from './markShapes';

/** Stable ids for roving focus: an article may sit in several lanes, so the lane is part of the id. */
export function markId(mark: TimelineMark): string {
  return mark.kind === 'bin' ? `bin:${mark.lane}:${mark.span ? 'span' : 'point'}:${mark.start}` : `article:${mark.lane}:${mark.articleId}`;
}

export function measureMarkId(mark: MeasureMark): string {
  return `measure:${mark.key}`;
}

export function anyMarkId(mark: AnyMark): string {
  return isMeasureMark(mark) ? measureMarkId(mark) : markId(mark);
}
