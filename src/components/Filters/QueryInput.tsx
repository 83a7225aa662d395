import { useEffect, useState } from 'react';
import { useExplorer } from '../../store';

const COMMIT_DELAY_MS = 180;

/**
 * Full-text search box. What is typed is committed to the store after a short
 * pause, so thousands of articles are filtered once per pause, not per keystroke;
 * a query set elsewhere (reset, a link, Back) replaces what is in the box.
 */
export function QueryInput({ label, placeholder }: { label: string; placeholder: string }) {
  const query = useExplorer((state) => state.filters.query);
  const setQuery = useExplorer((state) => state.setQuery);
  const [draft, setDraft] = useState(query);

  useEffect(() => setDraft(query), [query]);
  useEffect(() => {
    if (draft === query) return;
    const timer = window.setTimeout(() => setQuery(draft), COMMIT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, query, setQuery]);

  return (
    <label className="filters__label filters__search">
      {label}
      <input
        type="search"
        value={draft}
        placeholder={placeholder}
        data-testid="filter-query"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') setQuery(draft);
        }}
      />
    </label>
  );
}
