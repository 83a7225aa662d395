import { useId, useMemo, useRef, useState } from 'react';
import { useExplorer } from '../../store';
import { useMessages } from '../../i18n';
import { lazyGazetteer, loadGazetteer, regionByCode, searchRegions, shortName } from '../../data/lazy/lazyGazetteer';
import { useLoaded } from '../hooks/useLoaded';
import { messages } from './messages';

const LEVEL_LABELS = {
  zh: { country: '国家', province: '省级', prefecture: '地级', county: '县级' },
  en: { country: 'country', province: 'province', prefecture: 'prefecture', county: 'county' },
} as const;

/** A combobox over the gazetteer: type 新疆, 烏魯木齊 or 库尔勒 and pick a region. */
export function RegionSearch() {
  const t = useMessages(messages);
  const lang = useExplorer((state) => state.display.lang);
  const region = useExplorer((state) => state.filters.region);
  const setRegion = useExplorer((state) => state.setRegion);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const gazetteerLoaded = useLoaded(lazyGazetteer);
  const results = useMemo(() => searchRegions(query, 12), [query, gazetteerLoaded]);

  const choose = (code: string) => {
    setRegion(code);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="filters__region">
      <label className="filters__label" htmlFor={`${listId}-input`}>
        {t.region}
      </label>
      {region !== null && (
        <span className="chip chip--active" data-testid="active-region">
          {regionByCode(region)?.name ?? region}
          <button type="button" className="chip__remove" aria-label={t.clearRegion} onClick={() => {
              setRegion(null);
              input.current?.focus();
            }}>
            ×
          </button>
        </span>
      )}
      <div className="combobox">
        <input
          ref={input}
          id={`${listId}-input`}
          type="search"
          role="combobox"
          aria-expanded={open && query !== ''}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && results[active] ? `${listId}-${results[active].code}` : undefined}
          placeholder={t.regionPlaceholder}
          value={query}
          data-testid="filter-region-search"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          // The app loads the gazetteer at start; this retries a load that failed.
          onFocus={() => void loadGazetteer().catch(() => undefined)}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((index) => Math.min(index + 1, results.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((index) => Math.max(index - 1, 0));
            } else if (event.key === 'Enter' && results[active]) {
              event.preventDefault();
              choose(results[active].code);
            } else if (event.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
        {open && query !== '' && (
          <ul id={listId} role="listbox" className="combobox__list">
            {results.length === 0 && <li className="combobox__empty">{gazetteerLoaded ? t.regionNoMatch : t.regionLoading}</li>}
            {results.map((entry, index) => {
              const parent = entry.parent ? shortName(entry.parent) : '';
              return (
                <li
                  key={entry.code}
                  id={`${listId}-${entry.code}`}
                  role="option"
                  aria-selected={index === active}
                  className="combobox__option"
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(entry.code);
                  }}
                >
                  <span>{entry.name}</span>
                  <span className="combobox__meta">
                    {parent && `${parent} · `}
                    {LEVEL_LABELS[lang][entry.level]} · {entry.code}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
