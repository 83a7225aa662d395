import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignTracks, segmentText, splitParagraphs, type Span } from './segmentText';

interface Tagged extends Span {
  id: number;
}

const textArb = fc.string({ unit: fc.constantFrom('疫', '情', '封', '控', 'a', ' ', '\n', '。'), maxLength: 40 });

function annotationsFor(length: number) {
  return fc.array(
    fc.record({ start: fc.integer({ min: -3, max: length + 3 }), end: fc.integer({ min: -3, max: length + 3 }) }),
    { maxLength: 12 },
  ).map((spans) => spans.map((span, id): Tagged => ({ ...span, id })));
}

const textWithAnnotations = textArb.chain((text) => fc.tuple(fc.constant(text), annotationsFor(text.length)));

describe('segmentText', () => {
  it('returns nothing for empty text', () => {
    expect(segmentText('', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('returns one bare segment when nothing is annotated', () => {
    expect(segmentText('封控区', [])).toEqual([{ start: 0, end: 3, text: '封控区', annotations: [] }]);
  });

  it('splits overlapping annotations at every boundary', () => {
    const sentence = { start: 0, end: 8, id: 'measure' };
    const region = { start: 2, end: 6, id: 'region' };
    const query = { start: 5, end: 7, id: 'query' };
    const segments = segmentText('今日乌鲁木齐封控。', [sentence, region, query]);
    expect(segments.map((s) => [s.text, s.annotations.map((a) => a.id)])).toEqual([
      ['今日', ['measure']],
      ['乌鲁木', ['measure', 'region']],
      ['齐', ['measure', 'region', 'query']],
      ['封', ['measure', 'query']],
      ['控', ['measure']],
      ['。', []],
    ]);
  });

  it('keeps annotations in input order whatever order they start in', () => {
    const inner = { start: 1, end: 2, id: 'inner' };
    const outer = { start: 0, end: 3, id: 'outer' };
    const [, middle] = segmentText('abc', [inner, outer]);
    expect(middle?.annotations.map((a) => a.id)).toEqual(['inner', 'outer']);
  });

  it('clamps annotations to the text and drops empty or inverted ones', () => {
    const segments = segmentText('abc', [
      { start: -5, end: 1, id: 'left' },
      { start: 2, end: 99, id: 'right' },
      { start: 2, end: 2, id: 'empty' },
      { start: 3, end: 1, id: 'inverted' },
    ]);
    expect(segments.map((s) => [s.text, s.annotations.map((a) => a.id)])).toEqual([
      ['a', ['left']],
      ['b', []],
      ['c', ['right']],
    ]);
  });

  it('handles identical spans as separate annotations on one segment', () => {
    const segments = segmentText('xy', [{ start: 0, end: 2, id: 1 }, { start: 0, end: 2, id: 2 }]);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.annotations.map((a) => a.id)).toEqual([1, 2]);
  });

  it('segments tile the text exactly and concatenate back to it', () => {
    fc.assert(
      fc.property(textWithAnnotations, ([text, annotations]) => {
        const segments = segmentText(text, annotations);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let cursor = 0;
        for (const segment of segments) {
          expect(segment.start).toBe(cursor);
          expect(segment.end).toBeGreaterThan(segment.start);
          expect(segment.text).toBe(text.slice(segment.start, segment.end));
          cursor = segment.end;
        }
        expect(cursor).toBe(text.length);
      }),
    );
  });

  it('each segment carries exactly the annotations covering it, in input order', () => {
    fc.assert(
      fc.property(textWithAnnotations, ([text, annotations]) => {
        for (const segment of segmentText(text, annotations)) {
          const expected = annotations.filter(
            (a) => Math.max(a.start, 0) <= segment.start && Math.min(a.end, text.length) >= segment.end,
          );
          expect(segment.annotations.map((a) => a.id)).toEqual(expected.map((a) => a.id));
        }
      }),
    );
  });

  it('every non-empty annotation is preserved over exactly its clamped range', () => {
    fc.assert(
      fc.property(textWithAnnotations, ([text, annotations]) => {
        const segments = segmentText(text, annotations);
        for (const annotation of annotations) {
          const start = Math.min(Math.max(annotation.start, 0), text.length);
          const end = Math.min(Math.max(annotation.end, 0), text.length);
          const covered = segments.filter((s) => s.annotations.includes(annotation));
          if (end <= start) {
            expect(covered).toEqual([]);
            continue;
          }
          expect(covered[0]?.start).toBe(start);
          expect(covered[covered.length - 1]?.end).toBe(end);
          expect(covered.reduce((sum, s) => sum + s.end - s.start, 0)).toBe(end - start);
        }
      }),
    );
  });

  it('never splits where no annotation begins or ends', () => {
    fc.assert(
      fc.property(textWithAnnotations, ([text, annotations]) => {
        const boundaries = new Set(annotations.flatMap((a) => [a.start, a.end]));
        for (const segment of segmentText(text, annotations).slice(1)) {
          expect(boundaries.has(segment.start)).toBe(true);
        }
      }),
    );
  });
});

describe('assignTracks', () => {
  it('puts overlapping spans on different tracks and reuses freed ones', () => {
    expect(assignTracks([{ start: 0, end: 10 }, { start: 0, end: 10 }, { start: 10, end: 12 }, { start: 5, end: 11 }])).toEqual([
      0, 1, 0, 2,
    ]);
  });

  it('never shares a track between overlapping spans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(30), fc.integer({ min: 1, max: 10 })).map(([start, length]) => ({ start, end: start + length }))),
        (spans) => {
          const tracks = assignTracks(spans);
          spans.forEach((a, i) =>
            spans.forEach((b, j) => {
              if (i !== j && a.start < b.end && b.start < a.end) expect(tracks[i]).not.toBe(tracks[j]);
            }),
          );
        },
      ),
    );
  });
});

describe('splitParagraphs', () => {
  it('splits at line breaks, drops them and skips blank lines', () => {
    const text = '第一段\n\n第二段';
    const region = { start: 2, end: 7, id: 'crossing' };
    const paragraphs = splitParagraphs(segmentText(text, [region]));
    expect(paragraphs.map((p) => p.segments.map((s) => [s.text, s.annotations.length]))).toEqual([
      [['第一', 0], ['段', 1]],
      [['第二', 1], ['段', 0]],
    ]);
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([[0, 3], [5, 8]]);
  });

  it('keeps every character but the line breaks, in order', () => {
    fc.assert(
      fc.property(textWithAnnotations, ([text, annotations]) => {
        const paragraphs = splitParagraphs(segmentText(text, annotations));
        const kept = paragraphs.flatMap((p) => p.segments.map((s) => s.text)).join('');
        expect(kept).toBe(text.replace(/\n/g, ''));
        for (const paragraph of paragraphs) {
          for (const segment of paragraph.segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
          expect(paragraph.segments.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
