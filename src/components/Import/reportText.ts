import { format } from '../../i18n';
import { ACCEPTED_EXTENSIONS, formatBytes } from '../../data/import/limits';
import type { FileReport } from '../../data/import/outcome';
import type { messages } from './messages';

type Texts = (typeof messages)['en'];

/** What the report says about one file, beyond its status. */
export function reportDetail(report: FileReport, t: Texts): string {
  switch (report.status) {
    case 'imported': {
      const [first] = report.articles;
      const parts = [report.articles.length === 1 && first ? format(t.importedOne, { title: first.title }) : format(t.importedMany, { count: report.articles.length })];
      if (report.duplicates > 0) parts.push(format(t.duplicatesInFile, { count: report.duplicates }));
      if (report.problems.length > 0) parts.push(format(t.problemsInFile, { count: report.problems.length, first: report.problems[0]!.message }));
      return parts.join('; ');
    }
    case 'duplicate':
      return format(t.duplicateOf, { title: report.of.title });
    case 'rejected': {
      const reason = format(t[`reason_${report.reason}`], {
        size: formatBytes(report.size ?? 0),
        limit: formatBytes(report.limit ?? 0),
        types: ACCEPTED_EXTENSIONS.join(' '),
      });
      return report.detail && report.reason !== 'binary' ? `${reason} (${report.detail})` : reason;
    }
  }
}

export function reportCounts(reports: readonly FileReport[]): Record<FileReport['status'], number> {
  const counts = { imported: 0, duplicate: 0, rejected: 0 };
  for (const report of reports) counts[report.status]++;
  return counts;
}
