import type { MeasureCategory, MeasureDirection } from '../../src/model';
import type { ArticleKind } from './compose';
import type { DamageKind } from './damage';
import type { FocusLevel } from './focus';
import type { PageStyle } from './layout';
import type { ScriptKind, TraditionalVariant } from './scriptConversion';

/** The ground truth written to manifest.jsonl, one line per generated file. */

export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030' | 'big5';

/**
 * Where the text states its publication date:
 * - `timestamp`: a page-header line with the full date (更新时间:2022-09-09 12:38:20);
 * - `dateline-md` / `dateline-ymd`: the opening dateline (11月8日讯, 2022年11月13日讯, （记者…）11月13日);
 * - `today`: 今（13）日 / 今天（11月13日）;
 * - `lead-md` / `lead-ymd`: the story opens with the day (11月13日，…);
 * - `signature` / `signature-numerals`: the date under the signing body (二〇二二年十一月十三日).
 */
export type DateForm =
  | 'timestamp'
  | 'dateline-md'
  | 'dateline-ymd'
  | 'today'
  | 'lead-md'
  | 'lead-ymd'
  | 'signature'
  | 'signature-numerals';

export interface ManifestMeasure {
  category: MeasureCategory;
  direction: MeasureDirection;
  /** Sentences stating it. */
  count: number;
}

export interface ManifestEntry {
  file: string;
  format: 'txt' | 'html';
  encoding: FileEncoding;
  script: ScriptKind;
  traditionalVariant: TraditionalVariant | null;
  kind: ArticleKind;
  pageStyle: PageStyle;
  /** Headline in Simplified script, or null when the page has none. */
  title: string | null;
  /** Characters of article text (title and body, without page furniture). */
  length: number;
  published: {
    date: string;
    /** Whether any of the forms writes the year. */
    yearWritten: boolean;
    forms: DateForm[];
  };
  /** Other dates the body mentions (YYYY-MM-DD), in order. */
  mentionedDates: string[];
  scope: 'national' | 'local';
  focusLevel: FocusLevel;
  /** Six-digit codes; null where the focus does not reach that level. */
  province: string | null;
  prefecture: string | null;
  county: string | null;
  /** Codes of the regions the article is about, most specific first; ['100000'] for national news. */
  primaryRegions: string[];
  measures: ManifestMeasure[];
  damage: DamageKind[];
}
