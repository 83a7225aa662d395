import type { Article, FileError } from '../model';
import { articleIdFromFile } from './articleId';
import { cleanArticle } from './clean/cleanArticle';
import { extractMentionedDates, findPublicationDate } from './dates';
import { decodeBytes } from './decode';
import { extractMeasures } from './measures';
import { extractRegions } from './regions/extractRegions';
import { detectScript, toSimplified, toTraditional } from './script';

export type ParseOutcome = { ok: true; article: Article } | { ok: false; error: FileError };

/** Bytes of one file → one Article, or an error for that file. Never throws. */
export function parseArticleBytes(file: string, bytes: Uint8Array): ParseOutcome {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: { file, message: decoded.message } };
  return parseArticleText(file, decoded.text, decoded.encoding);
}

export function parseArticleText(file: string, raw: string, encoding = 'utf-8'): ParseOutcome {
  try {
    const article = buildArticle(file, raw, encoding);
    if (article.text.trim() === '') {
      return { ok: false, error: { file, message: 'No article text is left after removing site boilerplate.' } };
    }
    return { ok: true, article };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { file, message: `Could not parse this file: ${reason}` } };
  }
}

function buildArticle(file: string, raw: string, encoding: string): Article {
  const cleaned = cleanArticle(raw);
  const { text } = cleaned;
  const textSimplified = toSimplified(text);
  const textTraditional = toTraditional(text);
  const published = findPublicationDate({ raw, text, textSimplified, removedLines: cleaned.removedLines });
  const dates = extractMentionedDates(textSimplified, published);
  const { regions, primaryRegions } = extractRegions(textSimplified);
  // Extraction ran on the Simplified copy; show each mention as the article wrote it.
  for (const region of regions) {
    for (const mention of region.mentions) mention.text = text.slice(mention.start, mention.end);
  }
  for (const date of dates) date.text = text.slice(date.start, date.end);
  const measures = extractMeasures(textSimplified, { regions, primaryRegions, dates });
  for (const measure of measures) measure.trigger.text = text.slice(measure.trigger.start, measure.trigger.end);
  return {
    id: articleIdFromFile(file),
    file,
    title: cleaned.title,
    source: cleaned.source,
    author: cleaned.author,
    script: detectScript(text, textSimplified, textTraditional).script,
    text,
    textSimplified,
    textTraditional,
    raw,
    encoding,
    published,
    dates,
    regions,
    primaryRegions,
    measures,
    damage: cleaned.damage,
  };
}
