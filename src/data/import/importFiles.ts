import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../../store';
import { addParsedFiles } from './addParsedFiles';
import { enqueueImportWork } from './importQueue';
import { importedStore, type ImportedArticleStore } from './importedStore';
import { rejection, type FileReport, type ParsedFile } from './outcome';
import { parseFiles, type ParseRun } from './parseFiles';
import type { NamedFile } from './protocol';

/** A file that could not even be opened (e.g. inside a dropped folder), reported without parsing. */
export interface UnopenedFile {
  name: string;
  message: string;
}

let running: ParseRun | null = null;

/** Picked files carry their path inside a picked folder; the report shows it. */
const named = (file: File | NamedFile): NamedFile =>
  file instanceof File ? { name: file.webkitRelativePath || file.name, file } : file;

/**
 * Imports files a user dropped or picked: parses them (in a worker), adds the
 * new articles, keeps them in this browser, and reports on every file.
 * Imports asked for while one runs wait their turn.
 */
export function importFiles(
  store: StoreApi<ExplorerState>,
  files: ReadonlyArray<File | NamedFile>,
  unopened: readonly UnopenedFile[] = [],
  storage: ImportedArticleStore = importedStore(),
): Promise<void> {
  if (files.length === 0 && unopened.length === 0) return Promise.resolve();
  return enqueueImportWork(() => runImport(store, files.map(named), unopened, storage));
}

/** Stops the import under way; what was parsed so far is still added, the rest is reported as not imported. */
export function cancelImport(): void {
  running?.cancel();
}

async function runImport(
  store: StoreApi<ExplorerState>,
  files: readonly NamedFile[],
  unopened: readonly UnopenedFile[],
  storage: ImportedArticleStore,
): Promise<void> {
  store.getState().beginImport(files.length + unopened.length);
  const results: Array<ParsedFile | undefined> = files.map(() => undefined);
  let done = unopened.length;
  running = parseFiles(files, (index, result) => {
    results[index] = result;
    store.getState().setImportProgress(++done);
  });
  try {
    await running.done;
  } catch (error) {
    // The parser itself could not be loaded: say so for every file it did not reach.
    const detail = error instanceof Error ? error.message : String(error);
    results.forEach((result, index) => (results[index] = result ?? rejection('unreadable', { detail })));
  } finally {
    running = null;
  }
  const names = files.map((file) => file.name);
  let reports: FileReport[];
  try {
    reports = await addParsedFiles(store, names, results, storage);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    reports = names.map((file) => ({ file, ...rejection('unreadable', { detail }) }));
  }
  const notOpened = unopened.map(({ name, message }): FileReport => ({ file: name, ...rejection('unreadable', { detail: message }) }));
  store.getState().finishImport([...reports, ...notOpened]);
}
