import type { Article, Measure, MeasureCategory } from '../../model';
import { CATEGORY_COLORS, DIRECTION_COLORS, DIRECTION_GLYPHS } from '../theme';
import { format, useLang, useMessages } from '../../i18n';
import { regionByCode, shortName } from '../../data/lazy/lazyGazetteer';
import { useExplorer } from '../../store';
import { formatResolvedDate } from '../../i18n/formatDate';
import { precisionOf } from '../../data/publishedInterval';
import { formatParams } from './formatParams';
import { groupMeasures } from './groupMeasures';
import { CATEGORY_ORDER, categoryDescription, categoryLabel, directionLabel } from '../../i18n/measureLabels';
import { messages } from './messages';

/** The selected article's measures by category; a row shows its sentence in the article panel. */
export function MeasureList({ article }: { article: Article }) {
  const t = useMessages(messages);
  const lang = useLang();
  const selectedIndex = useExplorer((state) => state.selectedMeasureIndex);
  const selectArticle = useExplorer((state) => state.selectArticle);
  const setHover = useExplorer((state) => state.setHover);

  if (article.measures.length === 0) {
    return (
      <p className="empty-state" data-testid="measures-empty">
        {t.noArticleMeasures}
      </p>
    );
  }

  const hoverCategory = (category: MeasureCategory | null) => setHover({ category });

  return (
    <div className="measure-list">
      <p className="measures-panel__lead">{format(t.articleHeading, { count: article.measures.length })}</p>
      {groupMeasures(article.measures, CATEGORY_ORDER).map((group) => (
        <section key={group.category} className="measure-group" aria-label={categoryLabel(group.category, lang)}>
          <h3 className="measure-group__title" title={categoryDescription(group.category)}>
            <span className="swatch" style={{ background: CATEGORY_COLORS[group.category] }} aria-hidden="true" />
            {categoryLabel(group.category, lang)}
            <span className="measure-group__count">{group.items.length}</span>
          </h3>
          <ul className="measure-group__rows">
            {group.items.map(({ measure, index }) => (
              <li key={index}>
                <button
                  type="button"
                  className="measure-row"
                  data-testid="measure-row"
                  data-category={measure.category}
                  data-direction={measure.direction}
                  data-measure-index={index}
                  aria-current={index === selectedIndex ? 'true' : undefined}
                  title={t.showInText}
                  onClick={() => selectArticle(article.id, index)}
                  onMouseEnter={() => hoverCategory(measure.category)}
                  onMouseLeave={() => hoverCategory(null)}
                  onFocus={() => hoverCategory(measure.category)}
                  onBlur={() => hoverCategory(null)}
                >
                  <MeasureRowContent measure={measure} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function MeasureRowContent({ measure }: { measure: Measure }) {
  const t = useMessages(messages);
  const lang = useLang();
  const separator = lang === 'zh' ? '、' : ', ';
  return (
    <>
      <span className="measure-row__direction">
        <span aria-hidden="true" style={{ color: DIRECTION_COLORS[measure.direction] }}>
          {DIRECTION_GLYPHS[measure.direction]}
        </span>{' '}
        {directionLabel(measure.direction, lang)}
      </span>
      <span className="measure-row__trigger">
        <span className="visually-hidden">{t.trigger}: </span>“{measure.trigger.text}”
      </span>
      {measure.params.length > 0 && <span className="measure-row__params">{formatParams(measure.params, lang)}</span>}
      {measure.regionCodes.length > 0 && (
        <span className="measure-row__regions" title={measure.regionCodes.map((code) => `${regionByCode(code)?.name ?? code} ${code}`).join(separator)}>
          <span className="visually-hidden">{t.regions}: </span>
          {measure.regionCodes.map((code) => shortName(code)).join(separator)}
        </span>
      )}
      {measure.date !== null && (
        <time className="measure-row__date" dateTime={measure.date}>
          {formatResolvedDate(measure.date, precisionOf(measure.date), lang)}
        </time>
      )}
    </>
  );
}
