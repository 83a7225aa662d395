interface Props {
  id: string;
  x: number;
  y: number;
  containerWidth: number;
  title: string;
  subtitle: string | null;
  lines: [string, string];
  hint: string;
}

const TOOLTIP_WIDTH = 190;

export function MapTooltip({ id, x, y, containerWidth, title, subtitle, lines, hint }: Props) {
  const left = Math.max(0, Math.min(x + 12, containerWidth - TOOLTIP_WIDTH));
  return (
    <div id={id} role="tooltip" className="region-map__tooltip" style={{ left, top: y + 12, maxWidth: TOOLTIP_WIDTH }}>
      <strong>{title}</strong>
      {subtitle && <span className="region-map__tooltip-sub"> {subtitle}</span>}
      <div>{lines[0]}</div>
      <div>{lines[1]}</div>
      <div className="region-map__tooltip-hint">{hint}</div>
    </div>
  );
}
