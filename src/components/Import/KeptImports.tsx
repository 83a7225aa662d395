import { useState } from 'react';
import { useExplorer } from '../../store';
import { clearImportedArticles } from '../../data/import/importedArticles';
import { format, useMessages } from '../../i18n';
import { messages } from './messages';

/** How many imported articles this browser keeps, and a guarded way to remove them all. */
export function KeptImports() {
  const t = useMessages(messages);
  const count = useExplorer((state) => state.addedArticles.length);
  const storage = useExplorer((state) => state.importStorage);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="kept-imports">
      {storage === 'unavailable' && (
        <p className="kept-imports__warning" data-testid="import-not-kept">
          {t.keptNowhere}
        </p>
      )}
      {count > 0 && (
        <>
          <p className="kept-imports__count">{format(t.keptCount, { count })}</p>
          {confirming ? (
            <div role="group" aria-label={format(t.removeAllConfirm, { count })} className="kept-imports__confirm">
              <span>{format(t.removeAllConfirm, { count })}</span>
              <button
                type="button"
                className="button button--danger"
                data-testid="import-remove-all-confirm"
                onClick={() => {
                  setConfirming(false);
                  void clearImportedArticles(useExplorer);
                }}
              >
                {t.removeAllYes}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t.removeAllNo}
              </button>
            </div>
          ) : (
            <button type="button" className="button" data-testid="import-remove-all" onClick={() => setConfirming(true)}>
              {t.removeAll}
            </button>
          )}
        </>
      )}
    </div>
  );
}
