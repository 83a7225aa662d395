import type { DictGroup, DictLike } from 'opencc-js/core';

/**
 * The dictionary trie of an OpenCC conversion step, with opencc-js's matching
 * rules (longest key by code points; first dictionary of a group wins), kept in
 * flat typed arrays: a step looks up every position of every text, and Map-based
 * nodes made that the parser's largest cost.
 */

const BMP = 0x10000;
const ROOT = 0;

/** (parent node, code point) → child node, by open addressing. */
class EdgeTable {
  private bits = 12;
  private parents = new Int32Array(1 << this.bits).fill(-1);
  private codes = new Int32Array(1 << this.bits);
  private children = new Int32Array(1 << this.bits);
  private size = 0;
  /**
   * One bit per hash of (parent, code), set for every edge, with twice as many
   * bits as the table has slots (eight or more per edge). Most lookups ask for
   * an edge that does not exist; the filter answers most of them without
   * touching the megabytes of the table.
   */
  private filter = new Int32Array(1 << (this.bits + 1 - 5));

  private filterBit(parent: number, code: number): number {
    return (Math.imul(parent, 0x27d4eb2d) + Math.imul(code, 0x165667b1)) >>> (32 - (this.bits + 1));
  }

  private slot(parent: number, code: number): number {
    const mask = (1 << this.bits) - 1;
    let i = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> (32 - this.bits);
    while (this.parents[i] !== -1 && (this.parents[i] !== parent || this.codes[i] !== code)) i = (i + 1) & mask;
    return i;
  }

  get(parent: number, code: number): number {
    const bit = this.filterBit(parent, code);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const i = this.slot(parent, code);
    return this.parents[i] === -1 ? -1 : this.children[i]!;
  }

  set(parent: number, code: number, child: number): void {
    // Kept under a quarter full: most lookups are misses, which probe until an empty slot.
    if ((this.size + 1) * 4 > 1 << this.bits) this.grow();
    const i = this.slot(parent, code);
    const bit = this.filterBit(parent, code);
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
    if (this.parents[i] === -1) this.size++;
    this.parents[i] = parent;
    this.codes[i] = code;
    this.children[i] = child;
  }

  private grow(): void {
    const { parents, codes, children } = this;
    this.bits++;
    this.parents = new Int32Array(1 << this.bits).fill(-1);
    this.codes = new Int32Array(1 << this.bits);
    this.children = new Int32Array(1 << this.bits);
    this.filter = new Int32Array(1 << (this.bits + 1 - 5));
    this.size = 0;
    for (let i = 0; i < parents.length; i++) if (parents[i] !== -1) this.set(parents[i]!, codes[i]!, children[i]!);
  }
}

export class ConversionTrie {
  /** Children of the root by BMP code unit (0: none), the lookup made at every position. */
  private readonly rootChildren = new Int32Array(BMP);
  private readonly edges = new EdgeTable();
  private readonly values: Array<string | undefined> = [undefined];
  /** Whether each node has children, so a walk stops at a leaf without a table lookup. */
  private hasChildren = new Uint8Array(1024);
  /** Code units occurring anywhere in a key. */
  readonly keyUnits = new Uint8Array(BMP);
  /** Code units of the key characters an entry replaces by something else. */
  readonly changedUnits = new Uint8Array(BMP);
  /** Node whose key the last successful `matchLongest` found. */
  matchedNode = ROOT;

  static ofGroup(group: DictGroup): ConversionTrie {
    const trie = new ConversionTrie();
    trie.loadDictGroup(group);
    return trie;
  }

  loadDictGroup(group: DictGroup): void {
    for (let i = group.length - 1; i >= 0; i--) this.loadDict(group[i]!);
  }

  loadDict(dict: DictLike): void {
    if (typeof dict === 'string') {
      for (const entry of dict.split('|')) {
        const [key, value] = entry.split(' ');
        if (typeof value !== 'string') throw new TypeError('Invalid dictionary entry: expected "source replacement".');
        this.add(key!, value);
      }
    } else {
      for (const [key, value] of dict) this.add(key, value);
    }
  }

  private child(node: number, code: number): number {
    if (node === ROOT && code < BMP) return this.rootChildren[code]! || -1;
    return this.edges.get(node, code);
  }

  private markHasChildren(node: number): void {
    if (node >= this.hasChildren.length) {
      const grown = new Uint8Array(this.hasChildren.length * 2);
      grown.set(this.hasChildren);
      this.hasChildren = grown;
    }
    this.hasChildren[node] = 1;
  }

  private add(key: string, value: string): void {
    if (key === '') return; // opencc-js keeps an empty key on its root, where no match reads it
    let node = ROOT;
    for (const char of key) {
      const code = char.codePointAt(0)!;
      let next = this.child(node, code);
      if (next === -1) {
        next = this.values.push(undefined) - 1;
        this.markHasChildren(node);
        if (node === ROOT && code < BMP) this.rootChildren[code] = next;
        else this.edges.set(node, code, next);
      }
      node = next;
    }
    this.values[node] = value;
    for (let i = 0; i < key.length; i++) this.keyUnits[key.charCodeAt(i)] = 1;
    const keyChars = [...key];
    const valueChars = [...value];
    keyChars.forEach((char, i) => {
      if (keyChars.length === valueChars.length && valueChars[i] === char) return;
      for (let j = 0; j < char.length; j++) this.changedUnits[char.charCodeAt(j)] = 1;
    });
  }

  /** The replacement for one code point as a whole key, if any. */
  characterValue(code: number): string | undefined {
    const node = this.child(ROOT, code);
    return node === -1 ? undefined : this.values[node];
  }

  /** End of the longest key starting at `start` and ending by `limit`, or -1; its node goes to `matchedNode`. */
  matchLongest(text: string, start: number, limit: number): number {
    let end = -1;
    let node = ROOT;
    for (let j = start; j < limit && this.hasChildren[node] === 1; ) {
      const code = text.codePointAt(j)!;
      j += code > 0xffff ? 2 : 1;
      node = this.child(node, code);
      if (node === -1) break;
      if (this.values[node] !== undefined) {
        end = j;
        this.matchedNode = node;
      }
    }
    return end;
  }

  /** Longest-prefix replacement of text[start, end), as opencc-js `Trie.convert` of that slice. */
  convert(text: string, start = 0, end = text.length): string {
    if (!containsUnit(text, start, end, this.changedUnits)) return text.slice(start, end);
    let out = '';
    let copiedTo = start;
    for (let i = start; i < end; ) {
      const matchEnd = this.matchLongest(text, i, end);
      if (matchEnd > 0) {
        out += text.slice(copiedTo, i) + this.values[this.matchedNode]!;
        i = copiedTo = matchEnd;
      } else {
        i += unmatchedLength(text, i, end);
      }
    }
    return out + text.slice(copiedTo, end);
  }
}

export function containsUnit(text: string, start: number, end: number, units: Uint8Array): boolean {
  for (let i = start; i < end; i++) if (units[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Ideographic description characters ⿰…⿿ make the characters they describe one unmatched unit. */
export const isDescription = (code: number) => code >= 0x2ff0 && code <= 0x2fff;

function descriptionArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2;
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3;
  if (code >= 0x2ff4 && code <= 0x2fff) return 2;
  return 0;
}

const codePointLength = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

function descriptionSequenceEnd(text: string, i: number, limit: number): number {
  const arity = descriptionArity(text.codePointAt(i)!);
  if (arity === 0) return 0;
  let end = i + codePointLength(text, i);
  for (let n = 0; n < arity; n++) {
    if (end >= limit) return 0;
    const childEnd = descriptionSequenceEnd(text, end, limit);
    end = childEnd || end + codePointLength(text, end);
  }
  return end;
}

/** How far an unmatched position advances: one code point, or a whole description sequence. */
export function unmatchedLength(text: string, i: number, limit: number): number {
  const code = text.charCodeAt(i);
  if (isDescription(code)) {
    const end = descriptionSequenceEnd(text, i, limit);
    if (end > i) return end - i;
  }
  return code >= 0xd800 && code <= 0xdbff && i + 1 < limit ? codePointLength(text, i) : 1;
}
