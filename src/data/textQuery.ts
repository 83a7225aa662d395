import { currentSimplify, type Simplify } from './lazy/lazySimplifier';

/** A query in either script matches text in either: both sides compare in Simplified, case-folded. */
export function normaliseQuery(query: string, simplify: Simplify = currentSimplify()): string {
  return simplify(query.trim().replace(/\s+/g, ' ')).toLowerCase();
}

export function matchesQuery(haystackSimplified: string, normalisedQuery: string): boolean {
  if (normalisedQuery === '') return true;
  return haystackSimplified.toLowerCase().includes(normalisedQuery);
}

/** Every occurrence of the query in a Simplified text, as offsets (valid in either script). */
export function findQueryMatches(textSimplified: string, normalisedQuery: string): Array<{ start: number; end: number }> {
  if (normalisedQuery === '') return [];
  const haystack = textSimplified.toLowerCase();
  const matches: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (;;) {
    const index = haystack.indexOf(normalisedQuery, from);
    if (index < 0) return matches;
    matches.push({ start: index, end: index + normalisedQuery.length });
    from = index + Math.max(1, normalisedQuery.length);
  }
}
