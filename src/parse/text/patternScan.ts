import { allMatches } from './allMatches';
import { firstUnits, startUnits } from './firstUnits';

/**
 * Runs many patterns over one text in a single pass. Each pattern is tried
 * (as a sticky copy) only at positions holding a unit its matches can start
 * with, followed by a unit they can hold second, which gives exactly the
 * matches a global scan would: that scan tries every position from where the
 * last match ended, and a position that cannot start a match fails there
 * anyway. Patterns whose start units cannot be read from their source are
 * scanned the ordinary way.
 */
export class PatternGroup {
  private readonly sticky: RegExp[];
  private readonly unicode: boolean[];
  private readonly blocks: number;
  /**
   * Code units sorted into classes that the patterns treat alike, so the
   * tables below stay small enough for the cache while scanning every unit.
   */
  private readonly classOf = new Uint16Array(0x10000);
  /** By class and block of 32 patterns: which of them may start with a unit of the class, as bits. */
  private readonly startMasks: Int32Array;
  /** By class and block: which of them may have such a unit second (all bits for patterns not limited). */
  private readonly secondMasks: Int32Array;
  private readonly unfiltered: number[] = [];

  constructor(private readonly patterns: readonly RegExp[]) {
    if (!patterns.every((pattern) => pattern.global)) throw new TypeError('PatternGroup takes global patterns');
    this.sticky = patterns.map((pattern) => new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`));
    this.unicode = patterns.map((pattern) => pattern.unicode);
    this.blocks = Math.max(1, Math.ceil(patterns.length / 32));
    // Per unit: its start and second bits for every block, to be grouped into classes.
    const starts = new Int32Array(0x10000 * this.blocks);
    const seconds = new Int32Array(0x10000 * this.blocks);
    patterns.forEach((pattern, index) => {
      const { first, second } = startUnits(pattern);
      if (!first) {
        this.unfiltered.push(index);
        return;
      }
      const block = index >> 5;
      const bit = 1 << (index & 31);
      for (let unit = 0; unit < 0x10000; unit++) {
        if (first[unit] === 1) starts[unit * this.blocks + block]! |= bit;
        if (!second || second[unit] === 1) seconds[unit * this.blocks + block]! |= bit;
      }
    });
    const classes = new Map<string, number>();
    const startRows: number[] = [];
    const secondRows: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const row = unit * this.blocks;
      const key = `${starts.subarray(row, row + this.blocks).join()}/${seconds.subarray(row, row + this.blocks).join()}`;
      let found = classes.get(key);
      if (found === undefined) {
        found = classes.size;
        if (found > 0xffff) throw new RangeError('Too many unit classes');
        classes.set(key, found);
        for (let block = 0; block < this.blocks; block++) {
          startRows.push(starts[row + block]!);
          secondRows.push(seconds[row + block]!);
        }
      }
      this.classOf[unit] = found;
    }
    this.startMasks = Int32Array.from(startRows);
    this.secondMasks = Int32Array.from(secondRows);
  }

  /** For each pattern, its matches in the text, as `allMatches` of the (global) pattern gives them. */
  matchesIn(text: string): RegExpExecArray[][] {
    const matches: RegExpExecArray[][] = this.patterns.map(() => []);
    const resumeAt = new Int32Array(this.patterns.length);
    const { blocks, classOf, startMasks, secondMasks, sticky, unicode } = this;
    for (let position = 0; position < text.length; position++) {
      const row = classOf[text.charCodeAt(position)]! * blocks;
      // Past the last unit only matches one unit long remain, and those patterns are not limited by a second unit.
      const nextRow = position + 1 < text.length ? classOf[text.charCodeAt(position + 1)]! * blocks : -1;
      for (let block = 0; block < blocks; block++) {
        let bits = startMasks[row + block]!;
        if (bits !== 0 && nextRow !== -1) bits &= secondMasks[nextRow + block]!;
        while (bits !== 0) {
          const lowest = bits & -bits;
          bits ^= lowest;
          const index = (block << 5) + 31 - Math.clz32(lowest);
          if (position < resumeAt[index]!) continue;
          // A unicode scan steps over whole surrogate pairs, never starting at the second half.
          if (unicode[index] && isInsidePair(text, position)) continue;
          const pattern = sticky[index]!;
          pattern.lastIndex = position;
          const match = pattern.exec(text);
          if (match === null) continue;
          matches[index]!.push(match);
          resumeAt[index] = position + Math.max(1, match[0].length);
        }
      }
    }
    for (const index of this.unfiltered) matches[index] = allMatches(this.patterns[index]!, text);
    return matches;
  }
}

function isInsidePair(text: string, position: number): boolean {
  const unit = text.charCodeAt(position);
  if (unit < 0xdc00 || unit > 0xdfff || position === 0) return false;
  const previous = text.charCodeAt(position - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}

/**
 * One pattern tried only where its matches can start; `test` answers as the
 * pattern's own `test` does (for a pattern without the `g` or `y` flag).
 */
export class ScannedPattern {
  private readonly sticky: RegExp;
  private readonly starts: Uint8Array | null;

  constructor(private readonly pattern: RegExp) {
    if (pattern.global || pattern.sticky) throw new TypeError('ScannedPattern takes a pattern without the g or y flag');
    this.sticky = new RegExp(pattern.source, `${pattern.flags}y`);
    this.starts = firstUnits(pattern);
  }

  test(text: string): boolean {
    const { starts, sticky } = this;
    if (!starts) return this.pattern.test(text);
    for (let position = 0; position < text.length; position++) {
      if (starts[text.charCodeAt(position)] !== 1) continue;
      if (this.pattern.unicode && isInsidePair(text, position)) continue;
      sticky.lastIndex = position;
      if (sticky.test(text)) return true;
    }
    return false;
  }
}
