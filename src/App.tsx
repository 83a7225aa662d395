import { useEffect } from 'react';
import { useExplorer } from './store';
import { startUrlSync } from './store/urlSync';
import { startSearchAfterSimplifier } from './store/startSearchAfterSimplifier';
import { startFullTextSync } from './data/fullArticles';
import { loadCorpus } from './data/loadCorpus';
import { restoreImportedArticles } from './data/import/importedArticles';
import { lazyGazetteer } from './data/lazy/lazyGazetteer';
import { lazySimplifier } from './data/lazy/lazySimplifier';
import { useLang } from './i18n';
import { useLoaded } from './components/hooks/useLoaded';
import { Header } from './components/Header/Header';
import { Notices } from './components/Notices/Notices';
import { Filters } from './components/Filters/Filters';
import { Timeline } from './components/Timeline/Timeline';
import { PlayControls } from './components/Timeline/PlayControls';
import { PolicyBand } from './components/PolicyBand/PolicyBand';
import { MapLoading } from './components/RegionMap/MapLoading';
import { RegionList } from './components/RegionMap/RegionList';
import { forgetGeoLayers } from './components/RegionMap/useGeo';
import { ArticleList } from './components/ArticleList/ArticleList';
import { MeasuresPanel } from './components/MeasuresPanel/MeasuresPanel';
import { FileDrop } from './components/FileDrop/FileDrop';
import { ImportPanel } from './components/Import/ImportPanel';
import { ErrorBoundary } from './components/ErrorBoundary/ErrorBoundary';
import { LazyView } from './components/LazyView';
import { articlePanelView, regionMapView } from './components/lazyViews';
import './App.css';

export function App() {
  const lang = useLang();
  // Region names and script conversion load after the first render; every view redraws once they are in.
  useLoaded(lazyGazetteer);
  useLoaded(lazySimplifier);
  useEffect(() => {
    const stops = [startUrlSync(useExplorer), startSearchAfterSimplifier(useExplorer), startFullTextSync(useExplorer)];
    // In parallel; the URL's article is judged only once both are in.
    void loadCorpus(useExplorer);
    void restoreImportedArticles(useExplorer);
    return () => stops.forEach((stop) => stop());
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  return (
    <div className="app">
      <Header />
      <main className="app__main">
        <Notices />
        <ImportPanel />
        <Filters />
        <section className="app__time panel" aria-label={lang === 'zh' ? '时间线与政策方向' : 'Timeline and policy direction'}>
          <ErrorBoundary view={{ zh: '时间线', en: 'timeline' }}>
            <PlayControls />
            <Timeline />
          </ErrorBoundary>
          <ErrorBoundary view={{ zh: '政策方向', en: 'policy direction' }}>
            <PolicyBand />
          </ErrorBoundary>
        </section>
        <div className="app__panels">
          <section className="app__geo panel" aria-label={lang === 'zh' ? '地图' : 'Map'}>
            <ErrorBoundary view={{ zh: '地图', en: 'map' }} onRetry={forgetGeoLayers}>
              <LazyView module={regionMapView} fallback={<MapLoading />} render={({ RegionMap }) => <RegionMap />} />
            </ErrorBoundary>
            <ErrorBoundary view={{ zh: '地区列表', en: 'region list' }}>
              <RegionList />
            </ErrorBoundary>
          </section>
          <div className="app__middle">
            <ErrorBoundary view={{ zh: '文章列表', en: 'article list' }}>
              <ArticleList />
            </ErrorBoundary>
            <ErrorBoundary view={{ zh: '措施', en: 'measures' }}>
              <MeasuresPanel />
            </ErrorBoundary>
          </div>
          <ErrorBoundary view={{ zh: '文章', en: 'article' }}>
            <LazyView
              module={articlePanelView}
              fallback={<section className="panel article-panel" aria-busy="true" />}
              render={({ ArticlePanel }) => <ArticlePanel />}
            />
          </ErrorBoundary>
        </div>
      </main>
      <FileDrop />
    </div>
  );
}
