import { memo } from 'react';
import { useExplorer, isFiltering } from '../../store';
import { selectCategoryCounts, selectFilteredArticles, selectUndatedCount } from '../../store/selectors';
import { format, localeOf, useLang, useMessages } from '../../i18n';
import { MEASURE_CATEGORIES, MEASURE_DIRECTIONS } from '../../parse/measures/taxonomy';
import { CATEGORY_COLORS, DIRECTION_GLYPHS } from '../theme';
import { RegionSearch } from './RegionSearch';
import { QueryInput } from './QueryInput';
import { ResultAnnouncement } from './ResultAnnouncement';
import { messages } from './messages';
import './Filters.css';

export function Filters() {
  const t = useMessages(messages);
  const lang = useLang();
  const filters = useExplorer((state) => state.filters);
  const total = useExplorer((state) => state.articles.length);
  const undated = useExplorer(selectUndatedCount);
  const shown = useExplorer((state) => selectFilteredArticles(state).length);
  const loading = useExplorer((state) => state.corpusStatus === 'loading') && total === 0;
  const locale = localeOf(lang);
  const { setDateRange, resetFilters } = useExplorer.getState();
  const dateFiltered = filters.from !== null || filters.to !== null;

  return (
    <section className="filters panel" aria-label={t.filters} data-testid="filters">
      <div className="filters__row">
        <RegionSearch />
        <div className="filters__dates">
          <label className="filters__label">
            {t.from}
            <input
              type="date"
              value={filters.from ?? ''}
              max={filters.to ?? undefined}
              data-testid="filter-from"
              onChange={(event) => setDateRange(event.target.value || null, filters.to)}
            />
          </label>
          <label className="filters__label">
            {t.to}
            <input
              type="date"
              value={filters.to ?? ''}
              min={filters.from ?? undefined}
              data-testid="filter-to"
              onChange={(event) => setDateRange(filters.from, event.target.value || null)}
            />
          </label>
        </div>
        <QueryInput label={t.search} placeholder={t.searchPlaceholder} />
        <div className="filters__summary">
          <span data-testid="result-count" aria-busy={loading || undefined}>
            {loading ? t.loading : format(t.count, { shown: shown.toLocaleString(locale), total: total.toLocaleString(locale) })}
          </span>
          <ResultAnnouncement />
          {dateFiltered && undated > 0 && <span className="filters__note">{format(t.undatedExcluded, { count: undated })}</span>}
          <button type="button" className="button" onClick={resetFilters} disabled={!isFiltering(filters)} data-testid="reset-filters">
            {t.reset}
          </button>
        </div>
      </div>
      <CategoryChips />
      <DirectionChips />
    </section>
  );
}

/** A chip per measure category with the articles it would add; toggles the category filter. */
const CategoryChips = memo(function CategoryChips() {
  const t = useMessages(messages);
  const lang = useLang();
  const selected = useExplorer((state) => state.filters.categories);
  const counts = useExplorer(selectCategoryCounts);
  const toggleCategory = useExplorer((state) => state.toggleCategory);
  return (
    <div className="filters__row filters__chips" role="group" aria-label={t.measures}>
      <span className="filters__label">{t.measures}</span>
      {MEASURE_CATEGORIES.map((category) => {
        const count = counts.get(category.id) ?? 0;
        const active = selected.includes(category.id);
        return (
          <button
            key={category.id}
            type="button"
            className="chip chip--toggle"
            aria-pressed={active}
            title={category.description}
            disabled={count === 0 && !active}
            data-testid={`category-chip-${category.id}`}
            onClick={() => toggleCategory(category.id)}
          >
            <span className="chip__swatch" style={{ background: CATEGORY_COLORS[category.id] }} aria-hidden="true" />
            {category[lang]}
            <span className="chip__count">{count}</span>
          </button>
        );
      })}
    </div>
  );
});

/** A chip per measure direction; toggles the direction filter. */
const DirectionChips = memo(function DirectionChips() {
  const t = useMessages(messages);
  const lang = useLang();
  const selected = useExplorer((state) => state.filters.directions);
  const toggleDirection = useExplorer((state) => state.toggleDirection);
  return (
    <div className="filters__row filters__chips" role="group" aria-label={t.direction}>
      <span className="filters__label">{t.direction}</span>
      {MEASURE_DIRECTIONS.map((direction) => (
        <button
          key={direction.id}
          type="button"
          className="chip chip--toggle"
          aria-pressed={selected.includes(direction.id)}
          data-testid={`direction-chip-${direction.id}`}
          onClick={() => toggleDirection(direction.id)}
        >
          <span aria-hidden="true">{DIRECTION_GLYPHS[direction.id]}</span>
          {direction[lang]}
        </button>
      ))}
    </div>
  );
});
