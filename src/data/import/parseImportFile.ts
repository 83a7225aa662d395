import { decodeBytes } from '../../parse/decode';
import { parseArticleText } from '../../parse/parseArticle';
import { validateCorpus } from '../validateCorpus';
import { importFileKind, sizeLimitOf } from './limits';
import { rejection, type ParsedFile } from './outcome';

const HAN = /\p{Script=Han}/u;

function byteOrderMarkLength(bytes: Uint8Array): number {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 2;
  return 0;
}

const isBlank = (bytes: Uint8Array): boolean => bytes.length <= byteOrderMarkLength(bytes);

/** A news text or saved page: decoded with the parser's detection, reduced to its article text without a DOM. */
export function parseTextFile(name: string, bytes: Uint8Array): ParsedFile {
  if (isBlank(bytes)) return rejection('empty');
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return rejection('binary', { detail: decoded.message });
  if (decoded.text.trim() === '') return rejection('empty');
  // Checked before parsing too, so a large English or code file is turned away cheaply.
  if (!HAN.test(decoded.text)) return rejection('no-chinese');
  const outcome = parseArticleText(name, decoded.text, decoded.encoding);
  if (!outcome.ok) return rejection('no-article-text', { detail: outcome.error.message });
  // A page whose Chinese was all in its scripts or markup.
  if (!HAN.test(outcome.article.text)) return rejection('no-chinese');
  return { status: 'parsed', articles: [outcome.article], problems: [] };
}

/** A parsed collection (`{ schemaVersion, articles, errors }`), checked record by record. */
export function parseCollectionFile(name: string, bytes: Uint8Array): ParsedFile {
  if (isBlank(bytes)) return rejection('empty');
  try {
    const { articles, errors } = validateCorpus(JSON.parse(new TextDecoder().decode(bytes)), name);
    if (articles.length === 0) return rejection('invalid-collection', { detail: errors[0]?.message ?? 'It holds no articles.' });
    return { status: 'parsed', articles, problems: errors };
  } catch (error) {
    return rejection('invalid-collection', { detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * One file given to the import → its articles or the reason it has none.
 * Size and type are judged before the bytes are read. Never throws.
 */
export async function parseImportFile(name: string, size: number, read: () => Promise<Uint8Array>): Promise<ParsedFile> {
  const kind = importFileKind(name);
  if (kind === 'unsupported') return rejection('unsupported-type');
  if (size === 0) return rejection('empty');
  const limit = sizeLimitOf(kind);
  if (size > limit) return rejection('too-large', { size, limit });
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (error) {
    return rejection('unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  try {
    return kind === 'collection' ? parseCollectionFile(name, bytes) : parseTextFile(name, bytes);
  } catch (error) {
    return rejection('no-article-text', { detail: error instanceof Error ? error.message : String(error) });
  }
}
