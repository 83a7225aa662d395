import { useExplorer } from '../../store';
import type { ScriptChoice } from '../../store/displaySlice';
import { useMessages } from '../../i18n';
import { messages } from './messages';

const SCRIPT_BUTTONS: ReadonlyArray<{ script: ScriptChoice; label: 'showOriginal' | 'showSimplified' | 'showTraditional' }> = [
  { script: 'original', label: 'showOriginal' },
  { script: 'simplified', label: 'showSimplified' },
  { script: 'traditional', label: 'showTraditional' },
];

export function ArticleToolbar() {
  const t = useMessages(messages);
  const script = useExplorer((state) => state.display.script);
  const showRaw = useExplorer((state) => state.display.showRaw);
  const setDisplay = useExplorer((state) => state.setDisplay);
  return (
    <div className="article-toolbar">
      <div role="group" aria-label={t.scriptGroup} className="article-toolbar__group">
        {SCRIPT_BUTTONS.map(({ script: choice, label }) => (
          <button
            key={choice}
            type="button"
            className="button"
            aria-pressed={script === choice}
            disabled={showRaw}
            data-testid={`script-toggle-${choice}`}
            onClick={() => setDisplay({ script: choice })}
          >
            {t[label]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button"
        aria-pressed={showRaw}
        data-testid="raw-toggle"
        onClick={() => setDisplay({ showRaw: !showRaw })}
      >
        {t.raw}
      </button>
    </div>
  );
}

export function HighlightLegend() {
  const t = useMessages(messages);
  return (
    <p className="article-legend">
      <span className="article-legend__item">
        <span className="hl hl-measure article-legend__sample" style={{ ['--hl-color' as string]: 'var(--muted)' }}>
          ▲▼◆●
        </span>{' '}
        {t.legendMeasure}
      </span>
      <span className="article-legend__item">
        <span className="hl hl-region article-legend__sample">{'\u00a0\u00a0'}</span> {t.legendRegion}
      </span>
      <span className="article-legend__item">
        <span className="hl hl-date article-legend__sample">{'\u00a0\u00a0'}</span> {t.legendDate}
      </span>
      <span className="article-legend__item">
        <mark className="hl hl-query article-legend__sample">{'\u00a0\u00a0'}</mark> {t.legendQuery}
      </span>
    </p>
  );
}
