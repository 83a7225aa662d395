/**
 * Domain types shared by the parser, the data layer and the views.
 *
 * Every offset is a UTF-16 index into `Article.text` (the cleaned text in the
 * article's original script) unless a type says otherwise. `textSimplified` and
 * `textTraditional` have exactly the same length as `text`, so the same offsets
 * highlight the same characters in either script.
 */

export const SCHEMA_VERSION = 1;

export type Script = 'traditional' | 'simplified' | 'mixed';

export type DatePrecision = 'day' | 'month' | 'year';

/** A half-open range [start, end) of UTF-16 code units. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Where a publication date was read from, in order of trust. */
export type PublicationDateSource = 'timestamp' | 'signature' | 'dateline' | 'mentioned-date' | 'landmark';

export interface DateEvidence {
  source: PublicationDateSource;
  /** The words the date was read from, as they appear in the text (or raw file). */
  text: string;
  /** Which string the offsets index: the cleaned `text` or the decoded `raw` file. */
  in: 'text' | 'raw';
  start: number;
  end: number;
  /** For an inferred year: the dated landmarks whose clues matched. */
  landmarks?: string[];
}

export interface PublicationDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`. */
  date: string;
  precision: DatePrecision;
  /** True when any part of the date (usually the year) was not written in the text. */
  inferred: boolean;
  evidence: DateEvidence;
}

export interface MentionedDate extends TextSpan {
  /** Resolved date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: DatePrecision;
  /** True when the year was not written next to the date and came from the publication date. */
  yearInferred: boolean;
  text: string;
}

export type RegionLevel = 'country' | 'province' | 'prefecture' | 'county';

/** The national level is coded 100000 (GB/T 2260 has no national code of its own). */
export const COUNTRY_CODE = '100000';

export interface RegionMention extends TextSpan {
  /** The surface form in the text, e.g. 巴州, 甘肅, 乌鲁木齐. */
  text: string;
}

export interface ArticleRegion {
  /** Six-digit GB/T 2260 code, e.g. 650100 for 乌鲁木齐市. */
  code: string;
  /** Official full name in Simplified script, e.g. 乌鲁木齐市. */
  name: string;
  level: RegionLevel;
  mentions: RegionMention[];
}

export type MeasureCategory =
  | 'lockdown'
  | 'mass-testing'
  | 'quarantine'
  | 'risk-zones'
  | 'contact-tracing'
  | 'movement'
  | 'business'
  | 'schools'
  | 'supplies'
  | 'medical-care'
  | 'communication'
  | 'accountability'
  | 'apology'
  | 'protection'
  | 'emergency-response'
  | 'policy-framework'
  | 'vaccination';

export type MeasureDirection = 'tighten' | 'relax' | 'support' | 'neutral';

export interface MeasureParam {
  /** What is counted, e.g. `days`, `times-per-day`, `communities`, `people`. */
  name: string;
  value: number;
  /** The earlier value when the sentence states a change, e.g. 5 in "5 days → 3 days". */
  from?: number;
  /** The words the number was read from. */
  text: string;
}

export interface Measure extends TextSpan {
  /** Offsets of the sentence the measure was read from. */
  category: MeasureCategory;
  direction: MeasureDirection;
  /** The words that triggered the category, for the tooltip and for review. */
  trigger: TextSpan & { text: string };
  regionCodes: string[];
  /** Date the sentence gives for the measure, resolved like `MentionedDate.date`. */
  date: string | null;
  params: MeasureParam[];
}

/** Text the cleaner found damaged and could not repair (kept, but marked). */
export interface DamagedSpan extends TextSpan {
  reason: 'mojibake' | 'replacement-character';
}

/**
 * What an archive row (a JSONL or CSV corpus) says about its article, kept apart
 * from what the parser read in the text. The row's date places the article on
 * the timeline (see src/data/summarise.ts); the text's own date stays in `published`.
 */
export interface GivenMetadata {
  title?: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; its length says its precision. */
  date?: string;
  source?: string;
  url?: string;
  /** The row's region fields as written, e.g. `河北省 石家庄市`. */
  regionText?: string;
  /** `regionText` resolved with the gazetteer, the most specific region each place names. */
  regionCodes?: string[];
}

/**
 * The part of the row's metadata every collection view carries; title, source,
 * URL and region text stay in the full record (they would grow the index by half).
 */
export type GivenSummary = Pick<GivenMetadata, 'date' | 'regionCodes'>;

export interface Article {
  /** Stable, URL-safe id derived from the file name. */
  id: string;
  file: string;
  title: string;
  source: string | null;
  author: string | null;
  script: Script;
  /** Cleaned text in its original script; all offsets index this string. */
  text: string;
  /** `text` converted to Simplified script, same length as `text`. */
  textSimplified: string;
  /** `text` converted to Traditional script, same length as `text`. */
  textTraditional: string;
  /** The decoded file before cleaning, for the "original" view. */
  raw: string;
  /** Encoding the file was decoded from, e.g. `utf-8`, `gb18030`, `big5`, `utf-16le`. */
  encoding: string;
  published: PublicationDate | null;
  dates: MentionedDate[];
  regions: ArticleRegion[];
  /** Codes of the regions the article is about, most specific first. */
  primaryRegions: string[];
  measures: Measure[];
  damage: DamagedSpan[];
  /** Metadata the archive row gave alongside the text, when the article came from one. */
  given?: GivenMetadata;
}

export interface FileError {
  file: string;
  message: string;
}

/** What a publication date says, without the evidence the article panel shows. */
export type PublishedDateSummary = Pick<PublicationDate, 'date' | 'precision' | 'inferred'>;

/** What filters, the timeline, the band and the map need of a measure. */
export type MeasureSummary = Pick<Measure, 'category' | 'direction' | 'regionCodes' | 'date'>;

/** Where an article's full record lives. */
export type ArticleOrigin = 'collection' | 'added';

/**
 * The light part of an article every collection view works from; the text and
 * everything tied to its offsets arrive on demand, so tens of thousands of
 * articles load and filter fast.
 */
export interface ArticleSummary {
  id: string;
  file: string;
  title: string;
  source: string | null;
  author: string | null;
  script: Script;
  encoding: string;
  /** Where the article is placed: the archive row's date when it gives one, else the text's publication date. */
  published: PublishedDateSummary | null;
  primaryRegions: string[];
  /** Every region the text names. */
  regionCodes: string[];
  measures: MeasureSummary[];
  /** Whether the cleaner left damaged text it could not repair. */
  damaged: boolean;
  origin: ArticleOrigin;
  /** The archive row's date and regions; when it has a date, `published` is that date. */
  given?: GivenSummary;
}

export interface ParsedCorpus {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: Article[];
  errors: FileError[];
}
