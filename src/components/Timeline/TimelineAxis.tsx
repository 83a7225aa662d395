import type { ScaleTime } from 'd3-scale';
import { useLang } from '../../i18n';
import type { MentionedDate } from '../../model';
import { dateInterval } from '../../data/publishedInterval';
import { axisTickFormat, formatDateString } from './timeFormat';

interface Props {
  scale: ScaleTime<number, number>;
  y: number;
  /** How far the secondary date guides reach below the axis. */
  guideHeight: number;
  mentioned: readonly MentionedDate[];
  mentionedLabel: string;
  onTickHover: (text: string | null, x: number) => void;
}

/** A top axis whose labels follow the UI language, with the selected article's mentioned dates as secondary ticks. */
export function TimelineAxis({ scale, y, guideHeight, mentioned, mentionedLabel, onTickHover }: Props) {
  const lang = useLang();
  const [r0, r1] = scale.range() as [number, number];
  const ticks = scale.ticks(Math.max(2, Math.floor((r1 - r0) / 90)));
  const format = axisTickFormat(lang);
  return (
    <g className="timeline-axis" transform={`translate(0,${y})`}>
      <line className="timeline-axis-line" x1={r0} x2={r1} />
      {ticks.map((tick) => {
        const x = scale(tick);
        // Labels at the very edges would be cut in half by the clip path.
        const anchor = x - r0 < 24 ? 'start' : r1 - x < 24 ? 'end' : 'middle';
        return (
          <g key={+tick} transform={`translate(${x},0)`} className="timeline-tick">
            <line y2={-5} />
            <line className="timeline-grid" y2={guideHeight} />
            <text y={-8} textAnchor={anchor}>
              {format(tick)}
            </text>
          </g>
        );
      })}
      {mentioned.map((date, index) => {
        const interval = dateInterval(date.date, date.precision);
        if (!interval) return null;
        const x0 = scale(interval.start);
        const x1 = scale(interval.end);
        if (x1 < r0 || x0 > r1) return null;
        const label = `${mentionedLabel}: ${date.text} (${formatDateString(date.date, date.precision, lang)})`;
        const centre = date.precision === 'day' ? (x0 + x1) / 2 : x0;
        return (
          <g
            key={`${date.start}-${index}`}
            className={`timeline-date-tick is-${date.precision}`}
            data-testid="timeline-date-tick"
            data-date={date.date}
            aria-label={label}
            onPointerEnter={() => onTickHover(label, centre)}
            onPointerLeave={() => onTickHover(null, 0)}
          >
            <title>{label}</title>
            {date.precision === 'day' ? (
              <path d={`M${centre - 4},0 L${centre + 4},0 L${centre},7 Z`} />
            ) : (
              <rect x={Math.max(r0, x0)} y={0} width={Math.max(2, Math.min(r1, x1) - Math.max(r0, x0))} height={4} />
            )}
            <line className="timeline-date-guide" x1={centre} x2={centre} y1={7} y2={guideHeight} />
          </g>
        );
      })}
    </g>
  );
}
