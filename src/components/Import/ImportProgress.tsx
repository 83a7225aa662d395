import { useExplorer } from '../../store';
import { cancelImport } from '../../data/import/importFiles';
import { format, useMessages } from '../../i18n';
import { messages } from './messages';

/** How far the import under way has got, with a way to stop it. */
export function ImportProgress() {
  const t = useMessages(messages);
  const progress = useExplorer((state) => state.importProgress);
  if (!progress) return null;
  const { done, total } = progress;
  return (
    <div className="import-progress" data-testid="import-progress">
      <div
        className="import-progress__bar"
        role="progressbar"
        aria-label={t.progressLabel}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={format(t.progressCount, { done, total })}
      >
        <div className="import-progress__fill" style={{ width: `${total === 0 ? 100 : (done / total) * 100}%` }} />
      </div>
      <span className="import-progress__count">{done < total ? format(t.progressCount, { done, total }) : t.checking}</span>
      <button type="button" className="button" onClick={cancelImport} disabled={done >= total} data-testid="import-cancel">
        {t.cancel}
      </button>
    </div>
  );
}
