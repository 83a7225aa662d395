import { SCHEMA_VERSION, type Article } from '../model';
import type { Filters } from '../store/filters';

const CSV_COLUMNS = [
  'article_id',
  'file',
  'title',
  'source',
  'published',
  'published_precision',
  'published_inferred',
  'primary_regions',
  'measure_category',
  'measure_direction',
  'measure_regions',
  'measure_date',
  'measure_params',
  'measure_sentence',
] as const;

function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  // A leading = + - @ would make spreadsheet programs run the cell as a formula.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per measure (article columns repeated) so a spreadsheet can pivot on
 * measures; an article without measures still gets one row.
 */
export function articlesToCsv(articles: readonly Article[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const article of articles) {
    const base = [
      article.id,
      article.file,
      article.title,
      article.source,
      article.published?.date ?? null,
      article.published?.precision ?? null,
      article.published?.inferred ?? null,
      article.primaryRegions.join(' '),
    ];
    if (article.measures.length === 0) rows.push([...base, null, null, null, null, null, null].map(csvCell).join(','));
    for (const measure of article.measures) {
      const params = measure.params
        .map((param) => `${param.name}=${param.from !== undefined ? `${param.from}->` : ''}${param.value}`)
        .join(' ');
      rows.push(
        [
          ...base,
          measure.category,
          measure.direction,
          measure.regionCodes.join(' '),
          measure.date,
          params,
          article.text.slice(measure.start, measure.end),
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  // BOM so spreadsheet programs read the Chinese text as UTF-8.
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function articlesToJson(articles: readonly Article[], filters: Filters): string {
  return JSON.stringify(
    {
      schemaVersion: SCHEMA_VERSION,
      filters,
      articles: articles.map((article) => ({
        ...article,
        raw: undefined,
        measures: article.measures.map((measure) => ({ ...measure, sentence: article.text.slice(measure.start, measure.end) })),
      })),
    },
    null,
    2,
  );
}

export function downloadText(fileName: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
