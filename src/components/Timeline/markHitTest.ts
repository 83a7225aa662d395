import type { TimelineLayout } from './layoutTimeline';
import { markContains, paintOrder, type AnyMark } from './markShapes';

/** The marks of each lane, topmost first, for finding the mark under the pointer without a DOM element per mark. */
export function marksByLane(layout: TimelineLayout): AnyMark[][] {
  const lanes: AnyMark[][] = layout.lanes.map(() => []);
  for (const mark of layout.marks) lanes[mark.laneIndex]?.push(mark);
  for (const mark of layout.measures) lanes[mark.laneIndex]?.push(mark);
  for (const marks of lanes) marks.sort((a, b) => paintOrder(b) - paintOrder(a));
  return lanes;
}

/** The topmost mark at plot coordinates (x, y), if any. */
export function markAt(layout: TimelineLayout, lanes: AnyMark[][], geometry: { spanHeight: number }, x: number, y: number): AnyMark | null {
  const lane = layout.lanes.find((row) => y >= row.y && y < row.y + row.height);
  if (!lane) return null;
  for (const mark of lanes[lane.index] ?? []) if (markContains(mark, geometry, x, y)) return mark;
  return null;
}
