import { useEffect } from 'react';
import { useExplorer } from './store';
import { startUrlSync } from './store/urlSync';
import { startSearchSync } from './store/searchSync';
import { startFullTextSync } from './data/fullArticles';
import { loadCorpus } from './data/loadCorpus';
import { useLang } from './i18n';
import { Header } from './components/Header/Header';
import { Notices } from './components/Notices/Notices';
import { Filters } from './components/Filters/Filters';
import { Timeline } from './components/Timeline/Timeline';
import { PlayControls } from './components/Timeline/PlayControls';
import { PolicyBand } from './components/PolicyBand/PolicyBand';
import { RegionMap } from './components/RegionMap/RegionMap';
import { RegionList } from './components/RegionMap/RegionList';
import { ArticleList } from './components/ArticleList/ArticleList';
import { ArticlePanel } from './components/ArticlePanel/ArticlePanel';
import { MeasuresPanel } from './components/MeasuresPanel/MeasuresPanel';
import { FileDrop } from './components/FileDrop/FileDrop';
import { ErrorBoundary } from './components/ErrorBoundary/ErrorBoundary';
import './App.css';

export function App() {
  const lang = useLang();
  useEffect(() => {
    const stops = [startUrlSync(useExplorer), startSearchSync(useExplorer), startFullTextSync(useExplorer)];
    void loadCorpus(useExplorer);
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
        <Filters />
        <section className="app__time panel" aria-label={lang === 'zh' ? '时间线与政策方向' : 'Timeline and policy direction'}>
          <ErrorBoundary view={{ zh: '时间线', en: 'timeline' }}>
            <PlayControls />
            <Timeline />
            <PolicyBand />
          </ErrorBoundary>
        </section>
        <div className="app__panels">
          <section className="app__geo panel" aria-label={lang === 'zh' ? '地图' : 'Map'}>
            <ErrorBoundary view={{ zh: '地图', en: 'map' }}>
              <RegionMap />
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
            <ArticlePanel />
          </ErrorBoundary>
        </div>
      </main>
      <FileDrop />
    </div>
  );
}
