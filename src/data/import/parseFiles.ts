import type { ParsedFile } from './outcome';
import type { NamedFile, ParseReply, ParseRequest } from './protocol';

export interface ParseRun {
  /** Settles when every file is parsed or the run was cancelled. */
  done: Promise<void>;
  /** Stops at once; files not yet reported stay unparsed. */
  cancel: () => void;
}

type OnParsed = (index: number, result: ParsedFile) => void;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Same parsing on the calling thread, for environments without workers; yields between files so progress shows. */
export function parseInThread(files: readonly NamedFile[], onParsed: OnParsed, firstIndex = 0): ParseRun {
  let cancelled = false;
  const done = (async () => {
    // Loaded on demand: the parser and its conversion tables are large.
    const { parseImportFile } = await import('./parseImportFile');
    for (let index = firstIndex; index < files.length && !cancelled; index++) {
      const { name, file } = files[index]!;
      const result = await parseImportFile(name, file.size, async () => new Uint8Array(await file.arrayBuffer()));
      if (cancelled) break;
      onParsed(index, result);
      await nextTask();
    }
  })();
  return { done, cancel: () => (cancelled = true) };
}

// Starting a worker loads and sets up the whole parser; one kept between imports starts the next at once.
let idleWorker: Worker | null = null;

function takeWorker(): Worker {
  const worker = idleWorker ?? new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  idleWorker = null;
  return worker;
}

function releaseWorker(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (idleWorker === null) idleWorker = worker;
  else worker.terminate();
}

/**
 * Parses in a worker so hundreds of files never freeze the page. If the worker
 * cannot start or dies, the files it had not finished are parsed in-thread.
 */
export function parseInWorker(files: readonly NamedFile[], onParsed: OnParsed): ParseRun {
  let worker: Worker;
  try {
    worker = takeWorker();
  } catch {
    return parseInThread(files, onParsed);
  }
  let reported = 0;
  let fallback: ParseRun | null = null;
  let settled = false;
  let settle: (error?: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => {
      if (settled) return;
      settled = true;
      if (error === undefined) resolve();
      else reject(error);
    };
  });
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    if (settled) return;
    onParsed(event.data.index, event.data.result);
    reported = event.data.index + 1;
    if (reported === files.length) {
      releaseWorker(worker);
      settle();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (settled) return;
    fallback = parseInThread(files, onParsed, reported);
    fallback.done.then(() => settle(), settle);
  };
  worker.postMessage({ type: 'parse', files: [...files] } satisfies ParseRequest);
  return {
    done,
    cancel: () => {
      // Once settled the worker may already be idle, kept for the next import.
      if (settled) return;
      worker.terminate();
      fallback?.cancel();
      settle();
    },
  };
}

export function parseFiles(files: readonly NamedFile[], onParsed: OnParsed): ParseRun {
  if (files.length === 0) return { done: Promise.resolve(), cancel: () => undefined };
  return typeof Worker === 'undefined' ? parseInThread(files, onParsed) : parseInWorker(files, onParsed);
}
