import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';
import type { RowEntry, RowValues } from './rowFields';

const count = (fields: readonly string[], pattern: RegExp): number =>
  fields.reduce((sum, field) => sum + (field.match(pattern)?.length ?? 0), 0);

function problemOf(error: CsvError | undefined): string {
  if (error?.code === 'CSV_QUOTE_NOT_CLOSED') return 'A quoted field is never closed; the rest of the file could not be read.';
  if (error?.code === 'CSV_INVALID_CLOSING_QUOTE') return 'A quoted field is closed in the wrong place (a lone " inside quotes?).';
  return `This row could not be read: ${error?.message ?? 'malformed CSV'}.`;
}

/**
 * CSV (or TSV) with a header row: each later record becomes one row keyed by the
 * header's names. Quoted fields may hold delimiters, quotes ("") and line breaks.
 * A record that cannot be read, or has more fields than the header, is a bad row;
 * missing trailing fields are empty. Throws when there is no header at all.
 */
export function readCsvRows(content: string, delimiter = ','): RowEntry[] {
  const entries: RowEntry[] = [];
  let header: string[] | null = null;
  let lastLine = 0;
  // csv-parse counts a CRLF inside a quoted field as two lines; subtracting them keeps line numbers true to the file.
  let crlfInFields = 0;
  parse(content, {
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // A bad record ends somewhere unknown; report where it starts, after the last good one.
    on_skip: (error) => {
      entries.push({ line: lastLine + 1, problem: problemOf(error) });
    },
    on_record: (record: string[], context) => {
      crlfInFields += count(record, /\r\n/g);
      lastLine = context.lines - crlfInFields;
      const line = lastLine - count(record, /\r\n|\r|\n/g);
      if (header === null) header = record;
      else if (record.length > header.length) {
        entries.push({ line, problem: `This row has ${record.length} fields; the header has ${header.length}.` });
      } else {
        // No prototype: a column named __proto__ stays a column.
        const values: RowValues = Object.create(null);
        header.forEach((name, index) => {
          if (!(name in values)) values[name] = record[index] ?? '';
        });
        entries.push({ line, values });
      }
      return null;
    },
  });
  if (header === null) throw new Error('This CSV file has no header row.');
  return entries;
}
