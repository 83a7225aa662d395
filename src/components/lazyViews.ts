import { lazyModule } from '../data/lazy/lazyModule';
import { COUNTRY_GEO_PATH } from './RegionMap/geoData';
import { loadGeoLayer } from './RegionMap/useGeo';

/**
 * Views drawn just after the first paint, each with its code in its own chunk:
 * the map cannot draw before its geometry arrives, and the article panel shows
 * an article only once one is selected and its text fetched.
 */

export const regionMapView = lazyModule(() => {
  // The country geometry is fetched alongside the map's code, not after it; a failure here is retried by the map.
  loadGeoLayer(COUNTRY_GEO_PATH, 'provinces').catch(() => undefined);
  return import('./RegionMap/RegionMap');
});

export const articlePanelView = lazyModule(() => import('./ArticlePanel/ArticlePanel'));
