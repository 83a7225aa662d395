import { useEffect, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { loadGazetteer } from '../../data/lazy/lazyGazetteer';
import { fetchJson } from '../../data/fetchJson';
import { toGeoLayer, type GeoLayer } from './geoData';

export type GeoState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; layer: GeoLayer }
  | { status: 'error'; message: string };

const pending = new Map<string, Promise<GeoLayer>>();
const loaded = new Map<string, GeoLayer>();

/** Fetches a map file once per session; a failed fetch is forgotten so it can be retried. */
export function loadGeoLayer(path: string, objectName: 'provinces' | 'regions'): Promise<GeoLayer> {
  const known = pending.get(path);
  if (known) return known;
  const request = fetchJson(`${import.meta.env.BASE_URL}${path}`, 'The map file')
    .then((json) => json as Topology)
    // The map names its regions from the gazetteer (requested at start), so a layer is ready once both are in.
    .then((topology) => loadGazetteer().then(() => topology))
    .then((topology) => {
      const layer = toGeoLayer(topology, objectName);
      loaded.set(path, layer);
      return layer;
    })
    .catch((error: unknown) => {
      pending.delete(path);
      throw error;
    });
  pending.set(path, request);
  return request;
}

/** Drops every fetched map file, so the next draw fetches them afresh (after a file drew a broken map). */
export function forgetGeoLayers(): void {
  pending.clear();
  loaded.clear();
}

/** The map layer at `path` (relative to the app's base URL), or idle for null. */
export function useGeoLayer(path: string | null, objectName: 'provinces' | 'regions'): GeoState & { retry: () => void } {
  const [failure, setFailure] = useState<{ path: string; message: string } | null>(null);
  const [, setVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (path === null || loaded.has(path)) return;
    let live = true;
    loadGeoLayer(path, objectName).then(
      () => live && setVersion((version) => version + 1),
      (error: unknown) => live && setFailure({ path, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [path, objectName, attempt]);

  const retry = () => {
    setFailure(null);
    setAttempt((value) => value + 1);
  };
  if (path === null) return { status: 'idle', retry };
  const layer = loaded.get(path);
  if (layer) return { status: 'ready', layer, retry };
  if (failure?.path === path) return { status: 'error', message: failure.message, retry };
  return { status: 'loading', retry };
}
