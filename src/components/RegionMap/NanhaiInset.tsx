import { useMemo } from 'react';
import { geoPath } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { fitInsetProjection, type Box } from './mapLayout';

interface Props {
  box: Box;
  parts: readonly Feature<Polygon>[];
  frame: Feature<Polygon>;
  label: string;
}

/** The South China Sea islands and dashed line in a box at the bottom right, as Chinese maps show them. */
export function NanhaiInset({ box, parts, frame, label }: Props) {
  const shapes = useMemo(() => {
    const path = geoPath(fitInsetProjection(frame, box));
    return {
      frame: path(frame) ?? '',
      parts: parts.map((part) => ({ id: String(part.id), kind: String(part.properties?.part), d: path(part) ?? '' })),
    };
  }, [box, parts, frame]);
  return (
    <g className="region-map__inset" aria-label={label} role="img">
      <title>{label}</title>
      <path className="region-map__inset-frame" d={shapes.frame} />
      {shapes.parts.map((part) => (
        <path key={part.id} className={`region-map__inset-${part.kind}`} d={part.d} />
      ))}
    </g>
  );
}
