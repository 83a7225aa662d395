import { format, localeOf, useLang, useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import { selectFilteredArticles } from '../../store/selectors';
import { useSettledValue } from '../hooks/useSettledValue';
import { messages } from './messages';

/** Long enough to let typing, brushing or playing settle; short enough to answer a single click promptly. */
const SETTLE_MS = 700;

/** Tells screen-reader users how many articles the filters leave, once the filters stop changing. */
export function ResultAnnouncement() {
  const t = useMessages(messages);
  const locale = localeOf(useLang());
  const status = useExplorer((state) => state.corpusStatus);
  const shown = useExplorer((state) => selectFilteredArticles(state).length);
  const total = useExplorer((state) => state.articles.length);
  const text =
    status === 'loading' && total === 0
      ? t.loading
      : format(t.count, { shown: shown.toLocaleString(locale), total: total.toLocaleString(locale) });
  const settled = useSettledValue(text, SETTLE_MS);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="result-announcement">
      {settled}
    </p>
  );
}
