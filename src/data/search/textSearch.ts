/**
 * Substring search over many texts at once: the texts are joined into one
 * string, so a query is a handful of native `indexOf` scans instead of one call
 * per article, and each hit skips to the end of its article.
 */
export interface TextSearchIndex {
  haystack: string;
  /** Start offset of each text in `haystack`; one more entry marks the end. */
  starts: Uint32Array;
}

// A character no query can contain keeps a match from spanning two texts.
const SEPARATOR = '\u0000';

export function buildTextSearchIndex(textsLowercased: readonly string[]): TextSearchIndex {
  const starts = new Uint32Array(textsLowercased.length + 1);
  let offset = 0;
  textsLowercased.forEach((text, index) => {
    starts[index] = offset;
    offset += text.length + SEPARATOR.length;
  });
  starts[textsLowercased.length] = offset;
  return { haystack: textsLowercased.join(SEPARATOR) + SEPARATOR, starts };
}

/** Index of the text holding `offset`: the last start ≤ offset. */
function textAt(starts: Uint32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Positions (ascending) of the texts containing `needle`, which must already be normalised like the texts. */
export function searchTexts(index: TextSearchIndex, needle: string): Uint32Array {
  if (needle === '' || needle.includes(SEPARATOR)) return needle === '' ? allPositions(index) : new Uint32Array(0);
  const hits: number[] = [];
  let from = 0;
  for (;;) {
    const at = index.haystack.indexOf(needle, from);
    if (at < 0) break;
    const text = textAt(index.starts, at);
    hits.push(text);
    from = index.starts[text + 1]!;
  }
  return Uint32Array.from(hits);
}

function allPositions(index: TextSearchIndex): Uint32Array {
  return Uint32Array.from({ length: index.starts.length - 1 }, (_, i) => i);
}
