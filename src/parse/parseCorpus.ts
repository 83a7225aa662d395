import { SCHEMA_VERSION, type Article, type FileError, type GivenMetadata, type ParsedCorpus } from '../model';
import { uniqueIds } from './articleId';
import { parseArticleBytes } from './parseArticle';

export interface SourceFile {
  /** Name shown to users and used for the article id (a path relative to what was given). */
  name: string;
  bytes: Uint8Array;
  /** Metadata an archive row gave with the text; kept on the article as is. */
  given?: GivenMetadata;
}

/** Parses every file independently: one bad file becomes an entry in `errors`, never a failed load. */
export function parseCorpus(files: readonly SourceFile[]): ParsedCorpus {
  const articles: Article[] = [];
  const errors: FileError[] = [];
  for (const file of files) {
    const outcome = parseArticleBytes(file.name, file.bytes);
    if (!outcome.ok) errors.push(outcome.error);
    else if (file.given) articles.push({ ...outcome.article, given: file.given });
    else articles.push(outcome.article);
  }
  const ids = uniqueIds(articles.map((article) => article.id));
  articles.forEach((article, index) => (article.id = ids[index]!));
  return { schemaVersion: SCHEMA_VERSION, articles, errors };
}
