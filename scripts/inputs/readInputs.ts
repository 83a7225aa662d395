import { readFileSync } from 'node:fs';
import type { FileError } from '../../src/model';
import type { SourceFile } from '../../src/parse/parseCorpus';
import { archiveFormatOf, readArchive } from './archive';
import { listInputFiles } from './folders';

export interface InputOptions {
  /** Files and folders; `.jsonl`/`.ndjson`/`.csv`/`.tsv` files are read as archives, one article per row. */
  inputs: string[];
  /** Files read as JSON lines whatever their extension. */
  jsonl: string[];
  /** Most rows taken from each archive. */
  limit: number;
}

/** Everything the options name, as source files to parse; what cannot be read becomes errors. */
export function readInputs(options: InputOptions): { files: SourceFile[]; errors: FileError[] } {
  const files: SourceFile[] = [];
  const errors: FileError[] = [];
  const addArchive = (...args: Parameters<typeof readArchive>) => {
    const archive = readArchive(...args);
    // Loops, not push(...rows): an archive can have more rows than a call takes arguments.
    for (const file of archive.files) files.push(file);
    for (const error of archive.errors) errors.push(error);
  };
  for (const input of options.inputs) {
    for (const file of listInputFiles(input, errors)) {
      const format = archiveFormatOf(file.name);
      if (format) {
        addArchive(file.path, file.name, format, options.limit);
        continue;
      }
      try {
        files.push({ name: file.name, bytes: readFileSync(file.path) });
      } catch (error) {
        errors.push({ file: file.name, message: `Could not read the file: ${(error as Error).message}` });
      }
    }
  }
  for (const path of options.jsonl) {
    for (const file of listInputFiles(path, errors)) addArchive(file.path, file.name, 'jsonl', options.limit);
  }
  return { files, errors };
}
