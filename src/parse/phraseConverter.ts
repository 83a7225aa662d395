import type { DictGroup, DictLike } from 'opencc-js/core';
import { ConversionTrie, containsUnit, isDescription, unmatchedLength } from './conversionTrie';

/**
 * OpenCC conversion with exactly the output of opencc-js's segmenting
 * converters (`Converter({ from, to })` for configs with a segmentation
 * dictionary), many times faster.
 *
 * The algorithm is the library's: normalise, split the text at the longest
 * phrase matches of the segmentation dictionary, and run each segment through
 * the conversion chain by longest-prefix replacement. Two facts let most text
 * skip the work:
 * - A code unit that occurs in no dictionary key ends every match, so the text
 *   converts piece by piece between such units ("barriers": punctuation, ASCII,
 *   whitespace).
 * - A piece holding no code unit that some entry actually changes converts to
 *   itself, since only a non-identity key found in the text can change it.
 */

export interface SegmentedConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

export type Convert = (text: string) => string;

const BMP = 0x10000;

function singleCharacterKeys(dict: DictLike): boolean {
  const keys = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')[0]!) : dict.map(([key]) => key);
  return keys.every((key) => [...key].length <= 1);
}

export function segmentedConverter(config: SegmentedConfig): Convert {
  const normalizers = (config.normalizationChain ?? []).map((group) => ConversionTrie.ofGroup(group));
  const segmentation = new ConversionTrie();
  const { segmentation: segmentationDicts } = config;
  if (Array.isArray(segmentationDicts) && segmentationDicts.every((dict) => typeof dict === 'string')) {
    segmentation.loadDictGroup(segmentationDicts as DictGroup);
  } else {
    segmentation.loadDict(segmentationDicts as DictLike);
  }
  const chain = config.conversionChain.map((group) => ConversionTrie.ofGroup(group));

  const barrier = new Uint8Array(BMP).fill(1);
  const changed = new Uint8Array(BMP);
  for (const trie of [segmentation, ...chain]) {
    for (let unit = 0; unit < BMP; unit++) {
      if (trie.keyUnits[unit] === 1) barrier[unit] = 0;
      if (trie !== segmentation && trie.changedUnits[unit] === 1) changed[unit] = 1;
    }
  }
  for (let unit = 0xd800; unit <= 0xdfff; unit++) barrier[unit] = 0;

  const convertSegment = (text: string, start: number, end: number): string => {
    let out = chain[0]!.convert(text, start, end);
    for (let k = 1; k < chain.length; k++) out = chain[k]!.convert(out);
    return out;
  };

  const first = chain[0]!;
  const segmentationGroup: readonly DictLike[] = Array.isArray(segmentationDicts) ? segmentationDicts : [segmentationDicts];
  // When the first conversion step's phrases are all segmentation phrases, no
  // phrase of it starts inside an unmatched run: the step maps the run character by character.
  const runsByCharacter = config.conversionChain[0]!.every(
    (dict) => segmentationGroup.includes(dict) || singleCharacterKeys(dict),
  );
  const convertRun = (text: string, start: number, end: number): string => {
    if (!runsByCharacter) return convertSegment(text, start, end);
    let out = text.slice(start, end);
    if (containsUnit(text, start, end, first.changedUnits)) {
      out = '';
      for (let i = start; i < end; ) {
        const code = text.codePointAt(i)!;
        // A description sequence is one unmatched unit whose characters stay as they are.
        if (isDescription(code)) return convertSegment(text, start, end);
        const length = code > 0xffff ? 2 : 1;
        out += first.characterValue(code) ?? text.slice(i, i + length);
        i += length;
      }
    }
    for (let k = 1; k < chain.length; k++) out = chain[k]!.convert(out);
    return out;
  };

  /** A matched segment is a dictionary phrase: its conversion depends on the phrase alone. */
  const convertedPhrase: Array<string | undefined> = [];
  /** Conversions of one-unit unmatched segments, the commonest kind, by code unit. */
  const convertedUnit: Array<string | undefined> = new Array<string | undefined>(BMP).fill(undefined);
  const convertUnmatched = (text: string, start: number, end: number): string =>
    end - start === 1
      ? (convertedUnit[text.charCodeAt(start)] ??= convertSegment(text, start, end))
      : convertRun(text, start, end);

  /** text[start, end) split at the segmentation dictionary's longest matches, each segment converted. */
  const convertPiece = (text: string, start: number, end: number): string => {
    let out = '';
    let unmatchedFrom = -1;
    for (let i = start; i < end; ) {
      const matchEnd = segmentation.matchLongest(text, i, end);
      if (matchEnd > 0) {
        if (unmatchedFrom >= 0) out += convertUnmatched(text, unmatchedFrom, i);
        unmatchedFrom = -1;
        out += convertedPhrase[segmentation.matchedNode] ??= convertSegment(text, i, matchEnd);
        i = matchEnd;
      } else {
        if (unmatchedFrom < 0) unmatchedFrom = i;
        i += unmatchedLength(text, i, end);
      }
    }
    if (unmatchedFrom >= 0) out += convertUnmatched(text, unmatchedFrom, end);
    return out;
  };

  return (input: string): string => {
    let text = input;
    for (const normalizer of normalizers) text = normalizer.convert(text);
    // A description sequence may run over a barrier; such rare texts convert whole.
    let hasDescription = false;
    for (let i = 0; i < text.length && !hasDescription; i++) hasDescription = isDescription(text.charCodeAt(i));
    if (hasDescription) return convertPiece(text, 0, text.length);

    let out = '';
    let copiedTo = 0;
    let pieceStart = 0;
    let pieceChanges = false;
    for (let i = 0; i <= text.length; i++) {
      const unit = i < text.length ? text.charCodeAt(i) : -1;
      if (unit >= 0 && barrier[unit] === 0) {
        if (changed[unit] === 1) pieceChanges = true;
        continue;
      }
      if (pieceChanges) {
        out += text.slice(copiedTo, pieceStart) + convertPiece(text, pieceStart, i);
        copiedTo = i;
        pieceChanges = false;
      }
      pieceStart = i + 1;
    }
    return copiedTo === 0 ? text : out + text.slice(copiedTo);
  };
}
