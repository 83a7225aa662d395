import { useRef } from 'react';
import { useMessages } from '../../i18n';
import { useExplorer } from '../../store';
import { playMessages } from './playMessages';
import { usePlayback } from './usePlayback';
import './Timeline.css';

const SPEEDS = [
  { days: 7, label: 'week' },
  { days: 30, label: 'month' },
  { days: 91, label: 'quarter' },
  { days: 182, label: 'halfYear' },
] as const;

/** Play/pause for the moving date window, and its speed. */
export function PlayControls() {
  const t = useMessages(playMessages);
  const ref = useRef<HTMLDivElement>(null);
  const playing = useExplorer((state) => state.playing);
  const speed = useExplorer((state) => state.playSpeed);
  const hasArticles = useExplorer((state) => state.articles.length > 0);
  const setPlaying = useExplorer((state) => state.setPlaying);
  const setPlaySpeed = useExplorer((state) => state.setPlaySpeed);
  usePlayback(ref);
  const options = SPEEDS.some((option) => option.days === speed) ? SPEEDS : [...SPEEDS, { days: speed, label: null }];

  return (
    <div className="play-controls" ref={ref} role="group" aria-label={t.play}>
      <button
        type="button"
        className="button"
        data-testid="play-button"
        aria-pressed={playing}
        disabled={!hasArticles}
        title={hasArticles ? undefined : t.nothing}
        onClick={() => setPlaying(!playing)}
      >
        <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
        {playing ? t.pause : t.play}
      </button>
      <select
        className="button"
        data-testid="play-speed"
        aria-label={t.speed}
        value={speed}
        onChange={(event) => setPlaySpeed(Number(event.target.value))}
      >
        {options.map((option) => (
          <option key={option.days} value={option.days}>
            {option.label ? t[option.label] : `${option.days} d/s`}
          </option>
        ))}
      </select>
    </div>
  );
}
