import { CATEGORY_COLORS, DIRECTION_GLYPHS } from '../theme';
import { format, useLang, useMessages } from '../../i18n';
import { shortName } from '../../data/lazy/lazyGazetteer';
import { categoryLabel, directionLabel } from '../../i18n/measureLabels';
import { formatParams } from '../MeasuresPanel/formatParams';
import { formatResolvedDate } from '../../i18n/formatDate';
import { precisionOf } from '../../data/publishedInterval';
import type { Highlight } from './highlights';
import { messages } from './messages';

const KIND_ORDER: Record<Highlight['kind'], number> = { region: 0, date: 1, measure: 2, query: 3 };

/** What the parser extracted under one stretch of text, most specific first. */
export function HighlightDetails({ highlights, query }: { highlights: readonly Highlight[]; query: string }) {
  const sorted = [...highlights].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return (
    <ul className="hl-details">
      {sorted.map((highlight) => (
        <li key={keyOf(highlight)} className={`hl-details__item hl-details__item--${highlight.kind}`}>
          <HighlightDetail highlight={highlight} query={query} />
        </li>
      ))}
    </ul>
  );
}

function keyOf(highlight: Highlight): string {
  switch (highlight.kind) {
    case 'measure':
      return `measure-${highlight.index}`;
    case 'region':
      return `region-${highlight.region.code}-${highlight.start}`;
    default:
      return `${highlight.kind}-${highlight.start}`;
  }
}

function HighlightDetail({ highlight, query }: { highlight: Highlight; query: string }) {
  const t = useMessages(messages);
  const lang = useLang();
  switch (highlight.kind) {
    case 'region': {
      const { region, mention } = highlight;
      return (
        <>
          <strong>{region.name}</strong> · {t[`level_${region.level}`]} · {t.code} {region.code}
          {mention.text !== region.name && (
            <div className="hl-details__sub">
              {t.surface} “{mention.text}”
            </div>
          )}
        </>
      );
    }
    case 'date': {
      const { date } = highlight;
      return (
        <>
          <strong>{formatResolvedDate(date.date, date.precision, lang)}</strong> · {t[`precision_${date.precision}`]}
          {date.yearInferred && <> · {t.yearInferred}</>}
          <div className="hl-details__sub">
            {t.surface} “{date.text}”
          </div>
        </>
      );
    }
    case 'measure': {
      const { measure } = highlight;
      return (
        <>
          <span className="hl-details__glyph" style={{ color: CATEGORY_COLORS[measure.category] }} aria-hidden="true">
            {DIRECTION_GLYPHS[measure.direction]}
          </span>{' '}
          <strong>{categoryLabel(measure.category, lang)}</strong> · {directionLabel(measure.direction, lang)}
          <dl className="hl-details__facts">
            <dt>{t.trigger}</dt>
            <dd>“{measure.trigger.text}”</dd>
            {measure.params.length > 0 && (
              <>
                <dt>{t.params}</dt>
                <dd>{formatParams(measure.params, lang)}</dd>
              </>
            )}
            {measure.regionCodes.length > 0 && (
              <>
                <dt>{t.measureRegions}</dt>
                <dd>{measure.regionCodes.map((code) => shortName(code)).join(lang === 'zh' ? '、' : ', ')}</dd>
              </>
            )}
            {measure.date !== null && (
              <>
                <dt>{t.measureDate}</dt>
                <dd>{formatResolvedDate(measure.date, precisionOf(measure.date), lang)}</dd>
              </>
            )}
          </dl>
        </>
      );
    }
    case 'query':
      return <>{format(t.queryMatch, { query: query.trim() })}</>;
  }
}
