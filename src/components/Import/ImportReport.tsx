import { useExplorer } from '../../store';
import { selectArticleById } from '../../store/selectors';
import type { FileReport } from '../../data/import/outcome';
import { format, useMessages } from '../../i18n';
import { messages } from './messages';
import { reportCounts, reportDetail } from './reportText';

function openableId(report: FileReport): string | null {
  if (report.status === 'imported' && report.articles.length === 1) return report.articles[0]!.id;
  if (report.status === 'duplicate') return report.of.id;
  return null;
}

/** One row per file given: what became of it, and why when it was not imported. */
export function ImportReport() {
  const t = useMessages(messages);
  const reports = useExplorer((state) => state.importReports);
  const present = useExplorer(selectArticleById);
  const selectArticle = useExplorer((state) => state.selectArticle);
  if (reports.length === 0) return null;
  const counts = reportCounts(reports);
  return (
    <div className="import-report">
      <p className="import-report__summary" role="status" data-testid="import-summary">
        {format(t.summary, counts)}
      </p>
      <ol className="import-report__rows" aria-label={t.reportLabel}>
        {reports.map((report, index) => {
          const target = openableId(report);
          return (
            <li
              key={`${report.file}-${index}`}
              className={`import-report__row import-report__row--${report.status}`}
              data-testid="import-report-row"
              data-status={report.status}
              data-reason={report.status === 'rejected' ? report.reason : undefined}
            >
              <code className="import-report__file">{report.file}</code>
              <span className="import-report__status">{t[`status_${report.status}`]}</span>
              <span className="import-report__detail">{reportDetail(report, t)}</span>
              {target !== null && present.has(target) && (
                <button type="button" className="button import-report__open" onClick={() => selectArticle(target)}>
                  {t.open}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
