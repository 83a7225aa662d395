import { useId } from 'react';
import { useExplorer } from '../../store';
import { MAX_TEXT_FILE_BYTES, formatBytes } from '../../data/import/limits';
import { format, useMessages } from '../../i18n';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { KeptImports } from './KeptImports';
import { messages } from './messages';
import './Import.css';

/** Progress of an import, the per-file report, and the imported articles this browser keeps. */
export function ImportPanel() {
  const t = useMessages(messages);
  const headingId = useId();
  const open = useExplorer((state) => state.importPanelOpen);
  const running = useExplorer((state) => state.importProgress !== null);
  const setOpen = useExplorer((state) => state.setImportPanelOpen);
  if (!open) return null;
  return (
    <section className="import-panel panel" aria-labelledby={headingId} data-testid="import-panel">
      <div className="import-panel__head">
        <h2 id={headingId}>{t.heading}</h2>
        {!running && (
          <button type="button" className="notice__dismiss" aria-label={t.close} data-testid="import-panel-close" onClick={() => setOpen(false)}>
            ×
          </button>
        )}
      </div>
      <div className="import-panel__body">
        <ImportProgress />
        <ImportReport />
        <KeptImports />
        <p className="import-panel__accepts">{format(t.accepts, { limit: formatBytes(MAX_TEXT_FILE_BYTES) })}</p>
      </div>
    </section>
  );
}
