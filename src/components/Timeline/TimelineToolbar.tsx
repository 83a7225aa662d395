import { format, useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import { messages } from './messages';
import { isFullExtent, type Domain } from './timeScale';

interface Props {
  undated: number;
  domain: Domain;
  extent: Domain;
  onZoom: (factor: number) => void;
  onPan: (fraction: number) => void;
}

const ZOOM_STEP = 1.6;

export function TimelineToolbar({ undated, domain, extent, onZoom, onPan }: Props) {
  const t = useMessages(messages);
  const lanes = useExplorer((state) => state.display.lanes);
  const showMeasures = useExplorer((state) => state.display.showMeasures);
  const setDisplay = useExplorer((state) => state.setDisplay);
  const setTimeDomain = useExplorer((state) => state.setTimeDomain);
  const full = isFullExtent(domain, extent);

  return (
    <div className="timeline-toolbar">
      <h2 className="timeline-title">{t.title}</h2>
      <div className="timeline-group" role="group" aria-label={t.lanes}>
        <button
          type="button"
          className="button"
          data-testid="timeline-lanes-province"
          aria-pressed={lanes === 'province'}
          onClick={() => setDisplay({ lanes: 'province' })}
        >
          {t.lanesProvince}
        </button>
        <button
          type="button"
          className="button"
          data-testid="timeline-lanes-category"
          aria-pressed={lanes === 'category'}
          onClick={() => setDisplay({ lanes: 'category' })}
        >
          {t.lanesCategory}
        </button>
      </div>
      <button type="button" className="button" aria-pressed={showMeasures} onClick={() => setDisplay({ showMeasures: !showMeasures })}>
        ▲▼ {t.showMeasures}
      </button>
      <div className="timeline-group" role="group" aria-label={t.zoomReset}>
        <button type="button" className="button" aria-label={t.panEarlier} title={t.panEarlier} disabled={full} onClick={() => onPan(-0.25)}>
          ◀
        </button>
        <button type="button" className="button" data-testid="timeline-zoom-out" aria-label={t.zoomOut} title={t.zoomOut} onClick={() => onZoom(1 / ZOOM_STEP)}>
          −
        </button>
        <button type="button" className="button" data-testid="timeline-zoom-in" aria-label={t.zoomIn} title={t.zoomIn} onClick={() => onZoom(ZOOM_STEP)}>
          +
        </button>
        <button type="button" className="button" data-testid="timeline-zoom-reset" aria-label={t.zoomReset} title={t.zoomReset} onClick={() => setTimeDomain(null)}>
          ⟲
        </button>
        <button type="button" className="button" aria-label={t.panLater} title={t.panLater} disabled={full} onClick={() => onPan(0.25)}>
          ▶
        </button>
      </div>
      {undated > 0 && (
        <span className="timeline-undated chip" data-testid="timeline-undated">
          {format(t.undated, { count: undated })}
        </span>
      )}
    </div>
  );
}
