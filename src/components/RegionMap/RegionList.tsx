import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { COUNTRY_CODE } from '../../model';
import { format, localeOf, useLang, useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import { regionContains } from '../../data/regionScope';
import { allRegions, childrenOf, lazyGazetteer, provinceCodeOf, searchRegions } from '../../data/lazy/lazyGazetteer';
import { useLoaded } from '../hooks/useLoaded';
import { metricValue } from './mapMetric';
import { messages } from './messages';
import { listRows, searchHits, type RegionLookup } from './regionListRows';
import { chineseName, englishName } from './regionNames';
import { countText, formatCount, useRegionCounts } from './useRegionData';
import type { RegionCount } from '../../store/selectors';
import './RegionMap.css';

function regionLookup(): RegionLookup {
  return {
    provinces: childrenOf(COUNTRY_CODE).map((entry) => entry.code),
    childrenOf: (code) => childrenOf(code).map((entry) => entry.code),
  };
}

/** The map as a list: every province (and national) with counts, searchable, keyboard-first. */
export function RegionList() {
  const t = useMessages(messages);
  const lang = useLang();
  const locale = localeOf(lang);
  const ids = useId();
  const metric = useExplorer((state) => state.display.mapMetric);
  const region = useExplorer((state) => state.filters.region);
  const setRegion = useExplorer((state) => state.setRegion);
  const hoverCode = useExplorer((state) => state.hover.regionCode);
  const setHover = useExplorer((state) => state.setHover);

  const [query, setQuery] = useState('');
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // Lookups answer nothing until the gazetteer is in; both are redone when it arrives.
  const gazetteerLoaded = useLoaded(lazyGazetteer);
  const lookup = useMemo(() => regionLookup(), [gazetteerLoaded]);
  const hits = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (needle === '') return null;
    const english = allRegions()
      .filter((entry) => entry.level === 'province' && entry.en?.toLowerCase().includes(needle))
      .map((entry) => entry.code);
    if ('national'.startsWith(needle)) english.push(COUNTRY_CODE);
    return searchHits(searchRegions(query, 200), provinceCodeOf, english);
  }, [query, gazetteerLoaded]);

  const counts = useRegionCounts();
  const rows = useMemo(() => listRows(lookup, counts, metric, toggled, hits), [lookup, counts, metric, toggled, hits]);
  const max = rows.reduce((most, row) => Math.max(most, metricValue(row.count, metric)), 0);

  const visibleCodes = rows.flatMap((row) => [row.code, ...row.children.map((child) => child.code)]);
  const tabStop = activeCode && visibleCodes.includes(activeCode) ? activeCode : (visibleCodes[0] ?? null);

  const setOpen = (code: string, open: boolean) =>
    setToggled((previous) => new Map(previous).set(code, open));

  const focusRow = (code: string | undefined) => {
    if (!code) return;
    setActiveCode(code);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-row="${code}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    const code = target.closest<HTMLElement>('[data-row-of]')?.dataset.rowOf;
    if (!code) return;
    const index = visibleCodes.indexOf(code);
    const row = rows.find((entry) => entry.code === code);
    const parent = rows.find((entry) => entry.children.some((child) => child.code === code));
    switch (event.key) {
      case 'ArrowDown':
        focusRow(visibleCodes[index + 1]);
        break;
      case 'ArrowUp':
        focusRow(visibleCodes[index - 1]);
        break;
      case 'Home':
        focusRow(visibleCodes[0]);
        break;
      case 'End':
        focusRow(visibleCodes[visibleCodes.length - 1]);
        break;
      case 'ArrowRight':
        if (row?.expandable && !row.expanded) setOpen(code, true);
        else if (row?.expanded) focusRow(row.children[0]?.code);
        else return;
        break;
      case 'ArrowLeft':
        if (row?.expanded) setOpen(code, false);
        else if (parent) focusRow(parent.code);
        else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const labelOf = (code: string) => {
    const zh = chineseName(code);
    const en = lang === 'en' ? englishName(code) : null;
    return { zh, en };
  };

  const entry = (code: string, count: RegionCount, level: 'top' | 'child') => {
    const { zh, en } = labelOf(code);
    const value = metricValue(count, metric);
    const linked = hoverCode !== null && (regionContains(code, hoverCode) || regionContains(hoverCode, code));
    return (
      <button
        type="button"
        className={`region-list__select${linked ? ' region-list__select--linked' : ''}${value === 0 ? ' region-list__select--empty' : ''}`}
        data-testid={`region-list-item-${code}`}
        data-row={code}
        tabIndex={code === tabStop ? 0 : -1}
        aria-pressed={region === code}
        aria-label={`${[en, zh].filter(Boolean).join(' ')}: ${countText(t, 'articles', count.articles, locale)}, ${countText(t, 'measures', count.measures, locale)}`}
        onClick={() => setRegion(region === code ? null : code)}
        onFocus={() => {
          setActiveCode(code);
          setHover({ regionCode: code });
        }}
        onBlur={() => setHover({ regionCode: null })}
        onMouseEnter={() => setHover({ regionCode: code })}
        onMouseLeave={() => setHover({ regionCode: null })}
      >
        <span className="region-list__name">
          {level === 'child' && <span aria-hidden="true">└ </span>}
          {en ? (
            <>
              {en} <span lang="zh-CN">{zh}</span>
            </>
          ) : (
            <span lang="zh-CN">{zh}</span>
          )}
        </span>
        <span className="region-list__count" title={`${countText(t, 'articles', count.articles, locale)} · ${countText(t, 'measures', count.measures, locale)}`}>
          {level === 'top' && max > 0 && (
            <span className="region-list__bar" style={{ width: `${(100 * value) / max}%` }} aria-hidden="true" />
          )}
          <span className="region-list__value">{formatCount(value, locale)}</span>
        </span>
      </button>
    );
  };

  return (
    <div className="region-list" data-testid="region-list">
      <label className="visually-hidden" htmlFor={`${ids}-search`}>
        {t.search}
      </label>
      <input
        id={`${ids}-search`}
        type="search"
        className="region-list__search"
        data-testid="region-search"
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            focusRow(visibleCodes[0]);
          }
        }}
        aria-describedby={`${ids}-help`}
      />
      <p id={`${ids}-help`} className="visually-hidden">
        {t.listHelp}
      </p>
      {!gazetteerLoaded ? (
        <p className="empty-state" aria-busy="true">
          {t.loadingRegions}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-state">{t.noMatches}</p>
      ) : (
        <ul className="region-list__items" ref={listRef} aria-label={t.listLabel} aria-describedby={`${ids}-help`} onKeyDown={onKeyDown}>
          {rows.map((row) => {
            const childListId = `${ids}-children-${row.code}`;
            const { zh } = labelOf(row.code);
            return (
              <li key={row.code} className="region-list__item" data-row-of={row.code}>
                <div className="region-list__row">
                  {entry(row.code, row.count, 'top')}
                  {row.expandable ? (
                    <button
                      type="button"
                      className="region-list__expand"
                      aria-expanded={row.expanded}
                      aria-controls={row.expanded ? childListId : undefined}
                      aria-label={format(row.expanded ? t.collapse : t.expand, { name: zh })}
                      tabIndex={row.code === tabStop ? 0 : -1}
                      onClick={() => setOpen(row.code, !row.expanded)}
                    >
                      <span aria-hidden="true">{row.expanded ? '▾' : '▸'}</span>
                    </button>
                  ) : (
                    <span className="region-list__expand-spacer" aria-hidden="true" />
                  )}
                </div>
                {row.expanded && row.children.length > 0 && (
                  <ul id={childListId} className="region-list__children" aria-label={zh}>
                    {row.children.map((child) => (
                      <li key={child.code} data-row-of={child.code}>
                        {entry(child.code, child.count, 'child')}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
