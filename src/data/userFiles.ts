import type { StoreApi } from 'zustand';
import type { Article, FileError } from '../model';
import type { ExplorerState } from '../store';
import { validateCorpus } from './validateCorpus';

/**
 * Adds files a user dropped or picked: parsed-collection JSON is validated and
 * merged; anything else is parsed in the browser by the same parser the build
 * uses (loaded on demand, with its script-conversion tables). Each bad file gets
 * its own error; the good ones still load.
 */
export async function addUserFiles(store: StoreApi<ExplorerState>, files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const state = store.getState();
  state.setParsing(files.length);
  const articles: Article[] = [];
  const errors: FileError[] = [];
  try {
    const rawFiles: { name: string; bytes: Uint8Array }[] = [];
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (/\.json$/i.test(file.name)) {
        try {
          const result = validateCorpus(JSON.parse(new TextDecoder().decode(bytes)), file.name);
          articles.push(...result.articles);
          errors.push(...result.errors);
        } catch (error) {
          errors.push({ file: file.name, message: error instanceof Error ? error.message : String(error) });
        }
      } else {
        rawFiles.push({ name: file.name, bytes });
      }
    }
    if (rawFiles.length > 0) {
      const { parseCorpus } = await import('../parse/parseCorpus');
      const parsed = parseCorpus(rawFiles);
      articles.push(...parsed.articles);
      errors.push(...parsed.errors);
    }
  } catch (error) {
    errors.push({ file: files.map((file) => file.name).join(', '), message: `Could not read the files: ${String(error)}` });
  } finally {
    store.getState().setParsing(0);
  }
  store.getState().addArticles(articles, errors);
}
