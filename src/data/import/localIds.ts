/**
 * Imported articles live only in the browser that imported them; the prefix
 * lets a link to one that is missing say so instead of "not found".
 */
export const LOCAL_ID_PREFIX = 'local-';

export const isLocalArticleId = (id: string): boolean => id.startsWith(LOCAL_ID_PREFIX);

/** Prefixed ids for new imports, unique against every id already in use and each other (`a`, `a-2`, …). */
export function assignLocalIds(ids: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set(taken);
  return ids.map((id) => {
    const base = isLocalArticleId(id) ? id : `${LOCAL_ID_PREFIX}${id}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
    used.add(candidate);
    return candidate;
  });
}
