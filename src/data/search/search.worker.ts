import { loadSearchTexts } from './loadSearchTexts';
import type { SearchReply, SearchRequest } from './protocol';
import { buildTextSearchIndex, searchTexts, type TextSearchIndex } from './textSearch';

// The project compiles against the DOM library; this is the slice of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (message: SearchReply, transfer?: Transferable[]) => void;
};

let index: Promise<TextSearchIndex> | null = null;

const reply = (message: SearchReply) =>
  message.type === 'result' ? scope.postMessage(message, [message.positions.buffer]) : scope.postMessage(message);

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'open') {
    index = loadSearchTexts(request.baseUrl, request.shardCount).then(buildTextSearchIndex);
    // A failed load is reported to each query that waits on it.
    index.catch(() => undefined);
    return;
  }
  if (!index) {
    reply({ type: 'error', id: request.id, message: 'The search has no collection to search.' });
    return;
  }
  index.then(
    (ready) => reply({ type: 'result', id: request.id, positions: searchTexts(ready, request.query) }),
    (error: unknown) => reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }),
  );
};
