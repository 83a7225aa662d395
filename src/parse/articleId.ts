/**
 * A stable, URL-safe id from a file name: the ASCII stem when it has one
 * (`000_9c3f2b878a83d6ff.txt` → `000_9c3f2b878a83d6ff`), otherwise the stem's
 * safe characters plus a short hash, so `新闻.txt` and `通知.txt` stay distinct.
 */
export function articleIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').normalize('NFC');
  const safe = stem.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  if (safe === stem && safe !== '') return safe;
  return `${safe === '' ? 'article' : safe}-${hash(stem)}`;
}

/** FNV-1a, 32 bit, base 36: short and stable across runs and platforms. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Makes ids unique within one corpus by suffixing repeats (`a`, `a-2`, `a-3`). */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}
