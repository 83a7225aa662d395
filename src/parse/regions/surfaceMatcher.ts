import type { AliasTable, AliasTarget } from './aliases';

/**
 * Leftmost-longest dictionary matching over a character trie, built once.
 * Candidate forms are checked by `accept` from longest to shortest, so a
 * rejected long form (江苏 in 江苏路) does not hide a valid shorter one.
 */

export interface SurfaceMatch {
  start: number;
  end: number;
  surface: string;
  targets: AliasTarget[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  targets: AliasTarget[] | null;
}

/** `followsMatch`: the form starts right where the previous accepted form ended (乌鲁木齐|米东). */
export type AcceptMatch = (
  text: string,
  start: number,
  end: number,
  targets: AliasTarget[],
  followsMatch: boolean,
) => boolean;

const newNode = (): TrieNode => ({ next: new Map(), targets: null });

export class SurfaceMatcher {
  private readonly root: TrieNode = newNode();
  /** Code units some form starts with, by unit: the check made at every position of every text. */
  private readonly startsForm = new Uint8Array(0x10000);

  constructor(table: AliasTable) {
    for (const [surface, targets] of table) {
      let node = this.root;
      for (let index = 0; index < surface.length; index++) {
        const unit = surface.charCodeAt(index);
        let child = node.next.get(unit);
        if (!child) {
          child = newNode();
          node.next.set(unit, child);
        }
        node = child;
      }
      node.targets = targets;
    }
    for (const unit of this.root.next.keys()) this.startsForm[unit] = 1;
  }

  /** Every non-overlapping accepted match, scanning left to right. */
  matchAll(text: string, accept: AcceptMatch): SurfaceMatch[] {
    const matches: SurfaceMatch[] = [];
    let position = 0;
    while (position < text.length) {
      // Most characters start no name: test the first step before doing more.
      if (this.startsForm[text.charCodeAt(position)] === 0) {
        position++;
        continue;
      }
      const previous = matches[matches.length - 1];
      const match = this.longestAt(text, position, accept, previous !== undefined && previous.end === position);
      if (match) {
        matches.push(match);
        position = match.end;
      } else {
        position++;
      }
    }
    return matches;
  }

  private longestAt(text: string, start: number, accept: AcceptMatch, followsMatch: boolean): SurfaceMatch | null {
    // Made on the first name found: most places where a name could start hold none.
    let ends: number[] | null = null;
    let found: AliasTarget[][] | null = null;
    let node: TrieNode | undefined = this.root;
    for (let index = start; index < text.length; index++) {
      node = node.next.get(text.charCodeAt(index));
      if (!node) break;
      if (node.targets) {
        (ends ??= []).push(index + 1);
        (found ??= []).push(node.targets);
      }
    }
    if (ends === null || found === null) return null;
    for (let i = ends.length - 1; i >= 0; i--) {
      const end = ends[i]!;
      const targets = found[i]!;
      if (accept(text, start, end, targets, followsMatch)) return { start, end, surface: text.slice(start, end), targets };
    }
    return null;
  }
}
