import { useExplorer } from '../../store';
import { loadCorpus } from '../../data/loadCorpus';
import { format, useLang, useMessages } from '../../i18n';
import { messages } from './messages';
import './Notices.css';

/** Link problems, load failures and per-file errors: always said, never a blank page. */
export function Notices() {
  const t = useMessages(messages);
  const lang = useLang();
  const notices = useExplorer((state) => state.notices);
  const loadError = useExplorer((state) => state.loadError);
  const fileErrors = useExplorer((state) => state.fileErrors);
  const parsing = useExplorer((state) => state.parsing);
  const { dismissNotice, dismissFileErrors } = useExplorer.getState();

  if (notices.length === 0 && loadError === null && fileErrors.length === 0 && parsing === 0) return null;
  return (
    <div className="notices" aria-label={t.notices}>
      {parsing > 0 && (
        <div className="notice notice--info" role="status">
          {format(t.parsing, { count: parsing })}
        </div>
      )}
      {loadError !== null && (
        <div className="notice notice--error" role="alert" data-testid="load-error">
          <span>
            <strong>{t.loadFailed}</strong>: {loadError}
          </span>
          <button type="button" className="button" onClick={() => void loadCorpus(useExplorer)}>
            {t.retry}
          </button>
        </div>
      )}
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.kind}`} role="alert" data-testid="notice">
          <span>{notice.text[lang]}</span>
          <button type="button" className="notice__dismiss" aria-label={t.dismiss} onClick={() => dismissNotice(notice.id)}>
            ×
          </button>
        </div>
      ))}
      {fileErrors.length > 0 && (
        <div className="notice notice--warning" role="alert" data-testid="file-errors">
          <div>
            {format(t.fileErrors, { count: fileErrors.length })}
            <ul>
              {fileErrors.map((error, index) => (
                <li key={`${error.file}-${index}`}>
                  <code>{error.file}</code>: {error.message}
                </li>
              ))}
            </ul>
          </div>
          <button type="button" className="notice__dismiss" aria-label={t.dismiss} onClick={dismissFileErrors}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
