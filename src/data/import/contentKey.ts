const keys = new WeakMap<object, Promise<string>>();

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * What "same content" means for imports: the SHA-256 of the cleaned text
 * (`Article.text`), so a copy in another encoding, or the same article saved
 * as a page, matches. Pages served over plain HTTP have no `crypto.subtle`;
 * there the text itself is the (exact, if larger) key.
 */
export function contentKey(article: { text: string }): Promise<string> {
  let key = keys.get(article);
  if (!key) {
    key = globalThis.crypto?.subtle ? sha256Hex(article.text) : Promise.resolve(`text:${article.text}`);
    keys.set(article, key);
  }
  return key;
}
