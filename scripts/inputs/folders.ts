import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { FileError } from '../../src/model';

export interface InputFile {
  /** Where to read it. */
  path: string;
  /** What users see: the file name for a file given directly, the path relative to a given folder. */
  name: string;
}

/** A file, or every file under a folder (recursively, hidden ones skipped, in name order). */
export function listInputFiles(input: string, errors: FileError[]): InputFile[] {
  const root = resolve(input);
  let stats;
  try {
    stats = statSync(root);
  } catch {
    errors.push({ file: input, message: 'No such file or folder.' });
    return [];
  }
  if (stats.isFile()) return [{ path: root, name: basename(input) || input }];
  const files: InputFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push({ path, name: relative(root, path) });
    }
  };
  walk(root);
  return files;
}
