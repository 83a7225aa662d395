import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import { loadGazetteer } from './data/lazy/lazyGazetteer';
import { regionMapView } from './components/lazyViews';

// The first view cannot draw without these chunks: ask for them now rather than after the first render.
loadGazetteer().catch(() => undefined);
regionMapView.load().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
