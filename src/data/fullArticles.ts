import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store';
import type { CollectionSource } from '../store/corpusSlice';
import { fullArticleOf } from '../store/selectors';
import { shardFileName } from './collectionFormat';
import { fetchJson } from './fetchJson';
import { readArticleShard } from './readCollection';
import { memoizeLast } from '../store/memoize';
import type { Article, ArticleSummary } from '../model';

const positionsById = memoizeLast((articles: ArticleSummary[]) => new Map(articles.map((article, position) => [article.id, position])));

// One request per shard, shared by everyone who asks while it is on its way.
const inFlight = new Map<string, Promise<void>>();

function fetchShard(store: StoreApi<ExplorerState>, collection: CollectionSource, shard: number): Promise<void> {
  const url = `${collection.baseUrl}articles/${shardFileName(shard)}`;
  let request = inFlight.get(url);
  if (!request) {
    request = fetchJson(url, 'The article text')
      .then((json) => {
        const { articles } = readArticleShard(json, url);
        store.getState().receiveFullArticles(articles);
      })
      .finally(() => inFlight.delete(url));
    inFlight.set(url, request);
  }
  return request;
}

/**
 * Makes sure the store holds the full records of these articles, fetching the
 * shards they live in; a failure is recorded per article, never thrown.
 */
export async function requestFullArticles(store: StoreApi<ExplorerState>, ids: readonly string[]): Promise<void> {
  const state = store.getState();
  const collection = state.collection;
  if (!collection) return;
  const positions = positionsById(state.articles);
  const wanted = new Map<number, string[]>();
  for (const id of ids) {
    if (fullArticleOf(state, id)) continue;
    const position = positions.get(id);
    if (position === undefined || position >= collection.indexPositions.length) continue;
    const shard = Math.floor(collection.indexPositions[position]! / collection.shardSize);
    wanted.set(shard, [...(wanted.get(shard) ?? []), id]);
  }
  await Promise.all(
    [...wanted].map(([shard, shardIds]) =>
      fetchShard(store, collection, shard).catch((error: unknown) =>
        store.getState().failFullArticles(shardIds, error instanceof Error ? error.message : String(error)),
      ),
    ),
  );
}

/** Fetches the selected article's text whenever the selection (or the collection) changes. */
export function startFullTextSync(store: StoreApi<ExplorerState>): () => void {
  const request = () => {
    const { selectedArticleId } = store.getState();
    if (selectedArticleId !== null) void requestFullArticles(store, [selectedArticleId]);
  };
  request();
  return store.subscribe((state, previous) => {
    if (state.selectedArticleId !== previous.selectedArticleId || state.articles !== previous.articles) request();
  });
}

/**
 * The full records of these articles, in the order given, without keeping them
 * in the store (an export may cover the whole collection). Throws if a shard
 * cannot be fetched, so an export is never silently partial.
 */
export async function loadFullArticles(store: StoreApi<ExplorerState>, ids: readonly string[]): Promise<Article[]> {
  const state = store.getState();
  const found = new Map<string, Article>();
  const shards = new Set<number>();
  const positions = positionsById(state.articles);
  for (const id of ids) {
    const article = fullArticleOf(state, id);
    if (article) found.set(id, article);
    else {
      const position = positions.get(id);
      if (state.collection && position !== undefined && position < state.collection.indexPositions.length) {
        shards.add(Math.floor(state.collection.indexPositions[position]! / state.collection.shardSize));
      }
    }
  }
  const collection = state.collection;
  if (collection) {
    for (const shard of shards) {
      const url = `${collection.baseUrl}articles/${shardFileName(shard)}`;
      for (const article of readArticleShard(await fetchJson(url, 'The article text'), url).articles) {
        if (!found.has(article.id)) found.set(article.id, article);
      }
    }
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}
