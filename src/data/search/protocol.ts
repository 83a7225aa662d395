/** Messages between the page and the search worker. */
export type SearchRequest = { type: 'open'; baseUrl: string; shardCount: number } | { type: 'query'; id: number; query: string };

export type SearchReply = { type: 'result'; id: number; positions: Uint32Array } | { type: 'error'; id: number; message: string };
