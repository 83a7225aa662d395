import type { Choropleth } from './mapLayout';
import { ZERO_FILL } from './mapLayout';

interface Props {
  choropleth: Choropleth;
  title: string;
  zeroLabel: string;
  filterKey: string;
  articleKey: string;
  showArticleKey: boolean;
  locale: string;
}

/** Colour steps with their values (never colour alone), and keys for the two outline styles. */
export function MapLegend({ choropleth, title, zeroLabel, filterKey, articleKey, showArticleKey, locale }: Props) {
  return (
    <div className="region-map__legend" aria-label={title}>
      <span className="region-map__legend-title">{title}</span>
      <span className="region-map__legend-step">
        <span className="region-map__swatch" style={{ background: ZERO_FILL }} aria-hidden="true" />
        {zeroLabel}
      </span>
      {choropleth.ticks.map((tick) => (
        <span key={tick} className="region-map__legend-step">
          <span className="region-map__swatch" style={{ background: choropleth.color(tick) }} aria-hidden="true" />
          {tick.toLocaleString(locale)}
        </span>
      ))}
      <span className="region-map__legend-step">
        <span className="region-map__swatch region-map__swatch--filter" aria-hidden="true" />
        {filterKey}
      </span>
      {showArticleKey && (
        <span className="region-map__legend-step">
          <span className="region-map__swatch region-map__swatch--article" aria-hidden="true" />
          {articleKey}
        </span>
      )}
    </div>
  );
}
