import { useMessages } from '../../i18n';
import { messages } from './messages';

/** The map's place while its code loads: the box the map shows while its geometry loads, about as tall. */
export function MapLoading() {
  const t = useMessages(messages);
  return (
    <div className="region-map">
      <div className="region-map__placeholder" aria-busy="true" style={{ aspectRatio: '1 / 0.78', minHeight: 180, maxHeight: 560 }}>
        {t.loading}
      </div>
    </div>
  );
}
