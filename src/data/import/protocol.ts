import type { ParsedFile } from './outcome';

/** A file to import and the name the report shows (its path inside a picked folder). */
export interface NamedFile {
  name: string;
  file: File;
}

/** Messages between the page and the parse worker. */
export type ParseRequest = { type: 'parse'; files: NamedFile[] };

export type ParseReply = { type: 'parsed'; index: number; result: ParsedFile };
