import { readFileSync } from 'node:fs';
import type { FileError } from '../../src/model';
import { decodeBytes } from '../../src/parse/decode';
import type { SourceFile } from '../../src/parse/parseCorpus';
import { readCsvRows } from './csv';
import { readJsonlRows } from './jsonl';
import { readRowFields, type RowEntry } from './rowFields';

/** Files holding one article per row rather than one article per file. */
export type ArchiveFormat = 'jsonl' | 'csv' | 'tsv';

const FORMAT_BY_EXTENSION: Record<string, ArchiveFormat> = { jsonl: 'jsonl', ndjson: 'jsonl', csv: 'csv', tsv: 'tsv' };

export function archiveFormatOf(path: string): ArchiveFormat | null {
  const extension = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? null : (FORMAT_BY_EXTENSION[extension] ?? null);
}

function readRows(content: string, format: ArchiveFormat): RowEntry[] {
  if (format === 'jsonl') return readJsonlRows(content);
  return readCsvRows(content, format === 'tsv' ? '\t' : ',');
}

/**
 * Every row of an archive as a source file named `name#line`, with the row's
 * metadata as `given`; at most `limit` of them. Rows that cannot be used, and
 * metadata that cannot be read, become errors for that row.
 */
export function readArchive(path: string, name: string, format: ArchiveFormat, limit: number): { files: SourceFile[]; errors: FileError[] } {
  const files: SourceFile[] = [];
  const errors: FileError[] = [];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { files, errors: [{ file: name, message: `Could not read the file: ${(error as Error).message}` }] };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { files, errors: [{ file: name, message: `Could not read the file: ${decoded.message}.` }] };
  let entries: RowEntry[];
  try {
    entries = readRows(decoded.text, format);
  } catch (error) {
    return { files, errors: [{ file: name, message: (error as Error).message }] };
  }
  const encoder = new TextEncoder();
  for (const entry of entries) {
    if (files.length >= limit) break;
    const file = `${name}#${entry.line}`;
    if ('problem' in entry) {
      errors.push({ file, message: entry.problem });
      continue;
    }
    const row = readRowFields(entry.values);
    if ('problem' in row) {
      errors.push({ file, message: row.problem });
      continue;
    }
    for (const warning of row.warnings) errors.push({ file, message: warning });
    files.push({ name: file, bytes: encoder.encode(row.content), ...(row.given ? { given: row.given } : {}) });
  }
  return { files, errors };
}
