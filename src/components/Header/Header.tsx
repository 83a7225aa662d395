import { useRef, useState } from 'react';
import { useExplorer } from '../../store';
import { selectFilteredArticles } from '../../store/selectors';
import { format, useMessages, type Lang } from '../../i18n';
import { articlesToCsv, articlesToJson, downloadText } from '../../data/exportArticles';
import { loadFullArticles } from '../../data/fullArticles';
import { importFiles } from '../../data/import/importFiles';
import { shareableUrl } from '../../store/urlSync';
import { messages } from './messages';
import './Header.css';

const LANG_LABELS: Record<Lang, string> = { zh: '中文', en: 'English' };

// React has no typed prop for it; browsers that lack it fall back to picking files.
const PICK_FOLDER = { webkitdirectory: '' } as Record<string, string>;

export function Header() {
  const t = useMessages(messages);
  const lang = useExplorer((state) => state.display.lang);
  const setDisplay = useExplorer((state) => state.setDisplay);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const importedCount = useExplorer((state) => state.addedArticles.length);
  const importPanelOpen = useExplorer((state) => state.importPanelOpen);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(shareableUrl(useExplorer.getState()));
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
    window.setTimeout(() => setCopyStatus('idle'), 2500);
  };

  const [exportStatus, setExportStatus] = useState<'idle' | 'working' | 'failed'>('idle');
  const exportAs = async (kind: 'csv' | 'json') => {
    const state = useExplorer.getState();
    setExportStatus('working');
    try {
      // Sentences and texts live in the full records, fetched for the export.
      const articles = await loadFullArticles(useExplorer, selectFilteredArticles(state).map((article) => article.id));
      const stamp = new Date().toISOString().slice(0, 10);
      if (kind === 'csv') downloadText(`covid-policy-measures-${stamp}.csv`, 'text/csv;charset=utf-8', articlesToCsv(articles));
      else downloadText(`covid-policy-articles-${stamp}.json`, 'application/json', articlesToJson(articles, state.filters));
      setExportStatus('idle');
    } catch {
      setExportStatus('failed');
    }
  };

  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1>{t.title}</h1>
        <p>{t.subtitle}</p>
      </div>
      <div className="app-header__actions">
        <div role="group" aria-label={t.language} className="app-header__lang">
          {(Object.keys(LANG_LABELS) as Lang[]).map((option) => (
            <button
              key={option}
              type="button"
              className="button"
              lang={option}
              aria-pressed={lang === option}
              data-testid={`lang-${option}`}
              onClick={() => setDisplay({ lang: option })}
            >
              {LANG_LABELS[option]}
            </button>
          ))}
        </div>
        <button type="button" className="button" onClick={copyLink} data-testid="copy-link">
          {copyStatus === 'copied' ? t.copied : t.copyLink}
        </button>
        <span role="status" className="visually-hidden">
          {copyStatus === 'copied' ? t.copied : copyStatus === 'failed' ? t.copyFailed : ''}
        </span>
        {copyStatus === 'failed' && <span className="app-header__warning">{t.copyFailed}</span>}
        <button
          type="button"
          className="button"
          title={t.exportHint}
          disabled={exportStatus === 'working'}
          onClick={() => void exportAs('csv')}
          data-testid="export-csv"
        >
          {t.exportCsv}
        </button>
        <button
          type="button"
          className="button"
          title={t.exportHint}
          disabled={exportStatus === 'working'}
          onClick={() => void exportAs('json')}
          data-testid="export-json"
        >
          {t.exportJson}
        </button>
        <span role="status" className={exportStatus === 'failed' ? 'app-header__warning' : 'visually-hidden'}>
          {exportStatus === 'working' ? t.exporting : exportStatus === 'failed' ? t.exportFailed : ''}
        </span>
        <button type="button" className="button" title={t.openFilesHint} onClick={() => fileInput.current?.click()}>
          {t.openFiles}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          data-testid="file-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importFiles(useExplorer, files);
          }}
        />
        <button type="button" className="button" title={t.openFolderHint} onClick={() => folderInput.current?.click()}>
          {t.openFolder}
        </button>
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          {...PICK_FOLDER}
          data-testid="folder-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importFiles(useExplorer, files);
          }}
        />
        {(importedCount > 0 || importPanelOpen) && (
          <button
            type="button"
            className="button"
            aria-pressed={importPanelOpen}
            data-testid="import-panel-toggle"
            onClick={() => useExplorer.getState().setImportPanelOpen(!importPanelOpen)}
          >
            {format(t.imported, { count: importedCount })}
          </button>
        )}
      </div>
    </header>
  );
}
