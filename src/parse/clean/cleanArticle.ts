import type { DamagedSpan } from '../../model';
import { linesToSimplified } from '../simplify';
import { classifyLine } from './boilerplate';
import { openingPrefixLength, readMetadata, type MetadataLine } from './metadata';
import { stripMarkup } from './markup';
import { findDamage, repairMojibake } from './mojibake';
import { annotationProfile, readingDictionary, stripPinyin } from './pinyin';
import { normaliseLines, normalisePunctuation } from './whitespace';

export interface CleanedArticle {
  /** Cleaned article text in its original script, starting with the title line. */
  text: string;
  title: string;
  /** Publisher, e.g. 观察者网 / 觀察者網, 北京青年报, 中国甘肃网/甘肃日报. */
  source: string | null;
  /** A person's name; null when 佚名, absent, or only the publisher again. */
  author: string | null;
  /** Offsets into `text` of damage that could not be repaired. */
  damage: DamagedSpan[];
  /** Boilerplate and metadata lines removed, in document order (they may hold timestamps). */
  removedLines: string[];
  repairs: { pinyin: number; mojibake: number };
}

/**
 * A related-content header this far into the page starts the page's trailer:
 * everything after it — link lists, or a whole related commentary as in a
 * `相關推薦:` block quoting someone's post — is another text, whose dates,
 * places and measures must not be credited to this article. Earlier headers
 * only take the short link lines under them.
 */
const TRAILER_FROM_SHARE = 0.3;
const MAX_TITLE_LENGTH = 80;
const MAX_DERIVED_TITLE = 40;
/**
 * `(原标题：…)` or `原标题：…` on a line of its own. Without brackets, only a
 * title-sized line without a full stop: pages that lost their line breaks run
 * `原标题：…` straight into the story, and that line is body text.
 */
const ORIGINAL_TITLE = /^(?:[(（]\s*原标题\s*[:：]\s*(.+?)\s*[)）]|原标题\s*[:：]\s*([^。]{1,80}?))$/;

/** The wire-story end mark after a paragraph's last sentence: …供应。（完） */
const END_MARK = /(?<=[。！？!?”」』])\s*[(（]\s*完\s*[)）]$/;

interface Line {
  original: string;
  simplified: string;
  /** Position in the page, to report removed lines in order. */
  index: number;
}

const SPACE_OR_MARK = /[\s\p{P}\p{S}]/u;
/** SPACE_OR_MARK by BMP code unit: compact runs on every line of every page. */
const SPACE_OR_MARK_UNITS = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) {
  if (SPACE_OR_MARK.test(String.fromCharCode(unit))) SPACE_OR_MARK_UNITS[unit] = 1;
}

/** The text without whitespace, punctuation and symbols: what two lines are compared by. */
function compact(simplified: string): string {
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < simplified.length; i++) {
    const unit = simplified.charCodeAt(i);
    let length = 1;
    let drop: boolean;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < simplified.length) {
      // A surrogate pair is one character, judged whole (emoji are symbols).
      const next = simplified.charCodeAt(i + 1);
      length = next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      drop = SPACE_OR_MARK.test(simplified.slice(i, i + length));
    } else {
      drop = SPACE_OR_MARK_UNITS[unit] === 1;
    }
    if (drop) {
      out += simplified.slice(copiedTo, i);
      copiedTo = i + length;
    }
    i += length - 1;
  }
  return copiedTo === 0 ? simplified : out + simplified.slice(copiedTo);
}

function looksLikeTitle(line: Line): boolean {
  if (line.original.length > MAX_TITLE_LENGTH) return false;
  if (/[。！？!?；;，,]$/.test(line.original)) return false;
  return openingPrefixLength(line.simplified) === 0;
}

function deriveTitle(line: Line): string {
  const rest = line.original.slice(openingPrefixLength(line.simplified)).trim();
  const sentence = /^[^。！？!?]+/.exec(rest)?.[0] ?? rest;
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence.trim();
  const clause = /^[^，,；;：:]+/.exec(sentence)?.[0] ?? sentence;
  if (clause.length >= 6 && clause.length <= MAX_DERIVED_TITLE) return clause.trim();
  return sentence.slice(0, MAX_DERIVED_TITLE).trim();
}

function isLinkLine(line: Line): boolean {
  return line.original.length > 0 && line.original.length <= 40 && !/[。！？]/.test(line.original);
}

export function cleanArticle(raw: string): CleanedArticle {
  const page = stripMarkup(raw);
  const readings = readingDictionary(page);
  const profile = annotationProfile(page);
  const annotated = stripPinyin(page, profile);
  const repaired = repairMojibake(annotated.text, readings);
  const reannotated = stripPinyin(repaired.text, profile);
  const repairs = { pinyin: annotated.count + reannotated.count, mojibake: repaired.repaired };

  // The end mark needs a 完, which most lines lack.
  const originals = normaliseLines(reannotated.text)
    .split('\n')
    .map((line) => (line.includes('完') ? line.replace(END_MARK, '') : line));
  const simplifiedLines = linesToSimplified(originals);
  const lines: Line[] = originals.map((original, index) => ({ original, simplified: simplifiedLines[index]!, index }));
  const totalLength = lines.reduce((sum, line) => sum + line.original.length, 0);

  const kept: Line[] = [];
  const removed: Line[] = [];
  const metadataLines: MetadataLine[] = [];
  let seen = 0;
  let inTrailer = false;
  let inLinkList = false;
  let hasTitle = false;
  for (const line of lines) {
    const kind = classifyLine(line.simplified);
    const position = seen;
    seen += line.original.length;
    if (kind === 'metadata') metadataLines.push(line);
    if (kind === 'related-header') {
      if (position >= totalLength * TRAILER_FROM_SHARE) inTrailer = true;
      else inLinkList = true;
      removed.push(line);
      continue;
    }
    if (inLinkList && line.original !== '' && !isLinkLine(line)) inLinkList = false;
    // Under a displayed title, the page's note of the original title is metadata.
    if (hasTitle && ORIGINAL_TITLE.test(line.simplified)) {
      removed.push(line);
      continue;
    }
    if (inTrailer || inLinkList || kind !== 'body') {
      if (line.original !== '') removed.push(line);
      continue;
    }
    kept.push(line);
    if (line.original !== '') hasTitle = true;
  }

  const titleIndex = kept.findIndex((line) => line.original !== '');
  let title = '';
  let openingLines: Line[] = [];
  if (titleIndex >= 0) {
    const first = kept[titleIndex]!;
    const match = ORIGINAL_TITLE.exec(first.simplified);
    const inner = match ? [match[0], match[1] ?? match[2]] : null;
    if (inner?.[1]) {
      const start = first.simplified.indexOf(inner[1]);
      const original = first.original.slice(start, start + inner[1].length);
      kept[titleIndex] = { original, simplified: inner[1], index: first.index };
    }
    const titleLine = kept[titleIndex]!;
    const body = kept.slice(titleIndex + 1).filter((line) => line.original !== '');
    if (inner?.[1] || looksLikeTitle(titleLine)) {
      title = titleLine.original;
      const titleKey = compact(titleLine.simplified);
      const repeats = new Set<Line>();
      for (let i = kept.length - 1; i > titleIndex; i--) {
        const key = compact(kept[i]!.simplified);
        const repeatsTitle =
          key === titleKey || (key.length >= 8 && key.length >= titleKey.length / 2 && titleKey.includes(key));
        if (repeatsTitle) {
          removed.push(kept[i]!);
          repeats.add(kept[i]!);
        }
      }
      // Compacted in one pass: splicing each repeat out is quadratic in the number of lines.
      let write = 0;
      for (const line of kept) if (!repeats.has(line)) kept[write++] = line;
      kept.length = write;
      openingLines = body.slice(0, 2);
    } else {
      title = deriveTitle(titleLine);
      openingLines = [titleLine, ...body.slice(0, 1)];
    }
  }

  const { source, author } = readMetadata(metadataLines, openingLines);
  const joined = normaliseLines(kept.map((line) => line.original).join('\n'));
  const damage = findDamage(joined);
  const text = normalisePunctuation(joined, damage);
  return {
    text,
    title: normalisePunctuation(title, findDamage(title)),
    source,
    author,
    damage,
    removedLines: removed.sort((a, b) => a.index - b.index).map((line) => line.original),
    repairs,
  };
}
