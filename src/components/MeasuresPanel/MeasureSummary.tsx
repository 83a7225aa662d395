import { useMemo } from 'react';
import type { MeasureCategory } from '../../model';
import { CATEGORY_COLORS, DIRECTION_COLORS, DIRECTION_GLYPHS } from '../theme';
import { format, localeOf, useLang, useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import { selectFilteredArticles, selectMeasureSummary } from '../../store/selectors';
import { summaryRows } from './groupMeasures';
import { CATEGORY_ORDER, DIRECTION_ORDER, categoryDescription, categoryLabel, directionLabel } from '../../i18n/measureLabels';
import { messages } from './messages';

/** Measures across the filtered articles by category and direction; each category toggles the category filter. */
export function MeasureSummary() {
  const t = useMessages(messages);
  const lang = useLang();
  const summary = useExplorer(selectMeasureSummary);
  const articleCount = useExplorer((state) => selectFilteredArticles(state).length);
  const selected = useExplorer((state) => state.filters.categories);
  const toggleCategory = useExplorer((state) => state.toggleCategory);
  const resetFilters = useExplorer((state) => state.resetFilters);
  const setHover = useExplorer((state) => state.setHover);

  const rows = useMemo(() => summaryRows(summary, selected, CATEGORY_ORDER), [summary, selected]);
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const max = Math.max(1, ...rows.map((row) => row.total));
  const number = new Intl.NumberFormat(localeOf(lang));
  const hoverCategory = (category: MeasureCategory | null) => setHover({ category });

  if (total === 0 && selected.length === 0) {
    return (
      <div className="empty-state" data-testid="measure-summary-empty">
        <p>{t.noSummaryMeasures}</p>
        <button type="button" className="button" onClick={resetFilters}>
          {t.resetFilters}
        </button>
      </div>
    );
  }

  return (
    <div className="measure-summary" data-testid="measure-summary">
      <p className="measures-panel__lead">
        {format(t.summaryHeading, { count: number.format(total), articles: number.format(articleCount) })}
      </p>
      <p className="measure-summary__legend" aria-label={t.directions}>
        {DIRECTION_ORDER.map((direction) => (
          <span key={direction}>
            <span aria-hidden="true" style={{ color: DIRECTION_COLORS[direction] }}>
              {DIRECTION_GLYPHS[direction]}
            </span>{' '}
            {directionLabel(direction, lang)}
          </span>
        ))}
      </p>
      <ul className="measure-summary__rows">
        {rows.map((row) => {
          const label = categoryLabel(row.category, lang);
          const present = DIRECTION_ORDER.filter((direction) => row.counts[direction] > 0);
          return (
            <li key={row.category}>
              <button
                type="button"
                className="measure-summary__row"
                data-testid="measure-summary-row"
                data-category={row.category}
                aria-pressed={selected.includes(row.category)}
                title={`${format(t.filterBy, { category: label })} — ${categoryDescription(row.category)}`}
                onClick={() => toggleCategory(row.category)}
                onMouseEnter={() => hoverCategory(row.category)}
                onMouseLeave={() => hoverCategory(null)}
                onFocus={() => hoverCategory(row.category)}
                onBlur={() => hoverCategory(null)}
              >
                <span className="measure-summary__label">
                  <span className="swatch" style={{ background: CATEGORY_COLORS[row.category] }} aria-hidden="true" />
                  {label}
                </span>
                <span className="measure-summary__bar" aria-hidden="true">
                  {present.map((direction) => (
                    <span
                      key={direction}
                      className={`measure-summary__bar-part measure-summary__bar-part--${direction}`}
                      style={{ width: `${(row.counts[direction] / max) * 100}%`, background: DIRECTION_COLORS[direction] }}
                    />
                  ))}
                </span>
                <span className="measure-summary__counts">
                  <span className="measure-summary__total">{number.format(row.total)}</span>
                  {present.map((direction) => (
                    <span key={direction} className="measure-summary__count">
                      <span aria-hidden="true" style={{ color: DIRECTION_COLORS[direction] }}>
                        {DIRECTION_GLYPHS[direction]}
                      </span>
                      <span className="visually-hidden">{directionLabel(direction, lang)} </span>
                      {number.format(row.counts[direction])}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
