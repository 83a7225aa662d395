/** What the import accepts, in one place so the checks and the messages agree. */

const MB = 1024 * 1024;

/** Largest news text or saved page accepted; a real article is a few tens of KB. */
export const MAX_TEXT_FILE_BYTES = 5 * MB;

/** Largest parsed-collection JSON accepted (a labelled corpus of ~10,000 articles is well under it). */
export const MAX_COLLECTION_FILE_BYTES = 200 * MB;

export type ImportFileKind = 'text' | 'page' | 'collection' | 'unsupported';

const KINDS: Record<string, ImportFileKind> = {
  txt: 'text',
  text: 'text',
  htm: 'page',
  html: 'page',
  shtml: 'page',
  xhtml: 'page',
  json: 'collection',
};

/** Extensions listed in messages and the file picker. */
export const ACCEPTED_EXTENSIONS = Object.keys(KINDS).map((extension) => `.${extension}`);

/**
 * By extension; a name without one is tried as text (news dumps are often
 * unnamed). Anything else, e.g. the images and scripts of a saved page's
 * folder, is listed as not imported rather than parsed into a bogus article.
 */
export function importFileKind(name: string): ImportFileKind {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return 'text';
  return KINDS[base.slice(dot + 1).toLowerCase()] ?? 'unsupported';
}

export function sizeLimitOf(kind: ImportFileKind): number {
  return kind === 'collection' ? MAX_COLLECTION_FILE_BYTES : MAX_TEXT_FILE_BYTES;
}

/** `5 MB`, `7.3 MB`, `12 KB`: sizes as the report shows them. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
