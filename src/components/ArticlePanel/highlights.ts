import type { Article, ArticleRegion, Measure, MentionedDate, RegionMention } from '../../model';
import { findQueryMatches } from '../../data/textQuery';
import { currentSimplify } from '../../data/lazy/lazySimplifier';
import type { ScriptChoice } from '../../store/displaySlice';
import { assignTracks } from './segmentText';

export type Highlight =
  | { kind: 'measure'; start: number; end: number; index: number; measure: Measure; track: number }
  | { kind: 'date'; start: number; end: number; date: MentionedDate }
  | { kind: 'region'; start: number; end: number; region: ArticleRegion; mention: RegionMention }
  | { kind: 'query'; start: number; end: number };

/**
 * Every annotation to draw over an article's text, outermost first: measure
 * sentences wrap dates and regions, which wrap query matches. Offsets index
 * `text`, and so equally `textSimplified` and `textTraditional`.
 */
export function buildHighlights(article: Article, normalisedQuery: string): Highlight[] {
  const tracks = assignTracks(article.measures);
  const measures = article.measures
    .map((measure, index) => ({
      kind: 'measure' as const,
      start: measure.start,
      end: measure.end,
      index,
      measure,
      track: tracks[index] ?? 0,
    }))
    .sort((a, b) => a.track - b.track || a.index - b.index);
  const dates = article.dates.map((date): Highlight => ({ kind: 'date', start: date.start, end: date.end, date }));
  const regions = article.regions.flatMap((region) =>
    region.mentions.map((mention): Highlight => ({ kind: 'region', start: mention.start, end: mention.end, region, mention })),
  );
  const queries = findQueryMatches(article.textSimplified, normalisedQuery).map((match): Highlight => ({ kind: 'query', ...match }));
  return [...measures, ...dates, ...regions, ...queries];
}

export function textInScript(article: Article, script: ScriptChoice): string {
  if (script === 'simplified') return article.textSimplified;
  if (script === 'traditional') return article.textTraditional;
  return article.text;
}

/**
 * The title in the chosen script. Titles have no converted copies, so it is
 * read from the text where the title appears there; otherwise converted to
 * Simplified directly (the Traditional converter is too large to load for this).
 */
export function titleInScript(article: Article, script: ScriptChoice): string {
  if (script === 'original' || article.title === '') return article.title;
  const at = article.text.indexOf(article.title);
  if (at >= 0) return textInScript(article, script).slice(at, at + article.title.length);
  return script === 'simplified' ? currentSimplify()(article.title) : article.title;
}
