import type { GivenMetadata } from '../../src/model';
import { resolveRegionPath, resolveRegionText } from '../../src/parse/regions/resolveRegionNames';
import { readRowDate } from './rowDate';

/**
 * Which columns (CSV) or keys (JSONL) of an archive row mean what. Names match
 * case-insensitively and ignoring spaces, `_`, `-` and `.` (`Pub_Date` = `pubdate`);
 * where a row has several, the first listed that has a value wins.
 */
export const FIELD_NAMES = {
  title: ['title', 'headline', 'heading', 'subject', 'articletitle', 'newstitle', '标题', '题目', '新闻标题'],
  text: [
    'text', 'content', 'contents', 'body', 'bodytext', 'article', 'articlebody', 'articletext', 'fulltext', 'maintext',
    'newstext', 'newscontent', '正文', '内容', '全文', '新闻内容', '文本',
  ],
  date: [
    'date', 'pubdate', 'published', 'publishdate', 'publisheddate', 'publicationdate', 'publishedat', 'pubdatetime',
    'publishtime', 'publishedtime', 'pubtime', 'releasedate', 'releasetime', 'datetime', 'time', 'createdat',
    '日期', '发布日期', '发布时间', '发表时间', '时间',
  ],
  // Publisher-specific names first: in some archives `source` names the dataset, not the publisher.
  source: ['publisher', 'infosource', 'sourcename', 'media', 'outlet', 'site', 'source', '来源', '媒体', '发布机构', '发布单位'],
  url: ['url', 'link', 'href', 'sourceurl', 'articleurl', 'newsurl', 'permalink', '链接', '网址', '原文链接'],
  province: ['province', 'provincename', '省', '省份'],
  city: ['city', 'cityname', 'prefecture', '市', '城市'],
  district: ['district', 'county', '区县', '区', '县'],
  region: ['region', 'area', 'location', 'place', '地区', '地点'],
} as const;

export type RowValues = Record<string, unknown>;

/** A row read from an archive, or why it could not be read; `line` is where it starts (1-based). */
export type RowEntry = { line: number; values: RowValues } | { line: number; problem: string };

export interface RowArticle {
  /** What the parser reads: the row's title, a blank line, then its text. */
  content: string;
  given?: GivenMetadata;
  /** Things in the row that could not be used, worth telling the user about. */
  warnings: string[];
}

export const normaliseFieldName = (name: string): string => name.replace(/^\uFEFF/, '').toLowerCase().replace(/[\s_\-.]+/g, '');

const ARTICLE_FIELDS = new Set<string>([...FIELD_NAMES.title, ...FIELD_NAMES.text]);

/** Whether a header names a title or text column at all. */
export const hasArticleField = (names: readonly string[]): boolean => names.some((name) => ARTICLE_FIELDS.has(normaliseFieldName(name)));

/** The row's values keyed by normalised name, each trimmed; empty and non-text values left out. */
function valuesByName(row: RowValues): Map<string, string> {
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(row)) {
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    const name = normaliseFieldName(key);
    if (text !== '' && !values.has(name)) values.set(name, text);
  }
  return values;
}

const allOf = (values: Map<string, string>, names: readonly string[]): string[] =>
  names.flatMap((name) => (values.has(name) ? [values.get(name)!] : []));

const firstOf = (values: Map<string, string>, names: readonly string[]): string | undefined => allOf(values, names)[0];

/** One row → the text to parse and what the row says beside it, or why it has no article. */
export function readRowFields(row: RowValues): RowArticle | { problem: string } {
  const values = valuesByName(row);
  const title = firstOf(values, FIELD_NAMES.title) ?? '';
  const text = firstOf(values, FIELD_NAMES.text) ?? '';
  if (title === '' && text === '') {
    return { problem: `This row has no title or text (looked for ${[...FIELD_NAMES.title.slice(0, 2), ...FIELD_NAMES.text.slice(0, 3)].join(', ')}…).` };
  }
  const warnings: string[] = [];
  const given: GivenMetadata = {};
  if (title !== '') given.title = title;

  const dates = allOf(values, FIELD_NAMES.date);
  const date = dates.map(readRowDate).find((read) => read !== null);
  if (date) given.date = date;
  else if (dates.length > 0) warnings.push(`The row's date “${dates[0]}” could not be read; the article is placed by the date in its text.`);

  const source = firstOf(values, FIELD_NAMES.source);
  if (source !== undefined) given.source = source;
  const url = firstOf(values, FIELD_NAMES.url);
  if (url !== undefined) given.url = url;
  Object.assign(given, rowRegion(values));

  return {
    content: text === '' ? title : title && !text.startsWith(title) ? `${title}\n\n${text}` : text,
    ...(Object.keys(given).length > 0 ? { given } : {}),
    warnings,
  };
}

/** Province, city and district columns name one place from the top down; a region column may list several. */
function rowRegion(values: Map<string, string>): Pick<GivenMetadata, 'regionText' | 'regionCodes'> {
  const path = [FIELD_NAMES.province, FIELD_NAMES.city, FIELD_NAMES.district]
    .map((names) => firstOf(values, names))
    .filter((part): part is string => part !== undefined)
    .filter((part, index, parts) => index === 0 || part !== parts[index - 1]);
  if (path.length > 0) {
    const code = resolveRegionPath(path);
    return { regionText: path.join(' '), ...(code !== null ? { regionCodes: [code] } : {}) };
  }
  const region = firstOf(values, FIELD_NAMES.region);
  if (region === undefined) return {};
  const codes = resolveRegionText(region);
  return { regionText: region, ...(codes.length > 0 ? { regionCodes: codes } : {}) };
}
