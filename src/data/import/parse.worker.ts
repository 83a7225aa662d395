import { parseImportFile } from './parseImportFile';
import type { ParseReply, ParseRequest } from './protocol';

// The project compiles against the DOM library; this is the slice of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseReply) => void;
};

/** Parses files one at a time, reporting each as it is done, so the page can show progress. */
scope.onmessage = async (event) => {
  const { files } = event.data;
  for (const [index, { name, file }] of files.entries()) {
    const result = await parseImportFile(name, file.size, async () => new Uint8Array(await file.arrayBuffer()));
    scope.postMessage({ type: 'parsed', index, result });
  }
};
