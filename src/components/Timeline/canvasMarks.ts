import type { MeasureCategory, MeasureDirection } from '../../model';
import { CATEGORY_COLORS, DIRECTION_GLYPHS } from '../theme';
import type { LaneGeometry } from './layoutTimeline';
import { isMeasureMark, markShape, paintOrder, type AnyMark } from './markShapes';

/** The colours Timeline.css gives the SVG marks, read from the page so both renderers agree. */
export interface MarkPalette {
  accent: string;
  accentWeak: string;
  fg: string;
  muted: string;
  font: string;
}

export function readPalette(element: Element): MarkPalette {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    accent: value('--accent', '#0b5cad'),
    accentWeak: value('--accent-weak', '#e3eefa'),
    fg: value('--fg', '#1d1d1f'),
    muted: value('--muted', '#5c5f66'),
    font: style.fontFamily || 'sans-serif',
  };
}

const hatchCache = new WeakMap<MarkPalette, Map<number, CanvasPattern | string>>();

/** Diagonal hatching like the SVG pattern: accent lines on the weak accent. */
function hatchPattern(context: CanvasRenderingContext2D, palette: MarkPalette, ratio: number): CanvasPattern | string {
  let patterns = hatchCache.get(palette);
  if (!patterns) hatchCache.set(palette, (patterns = new Map()));
  const cached = patterns.get(ratio);
  if (cached) return cached;
  const pattern = makeHatch(context, palette, ratio);
  patterns.set(ratio, pattern);
  return pattern;
}

function makeHatch(context: CanvasRenderingContext2D, palette: MarkPalette, ratio: number): CanvasPattern | string {
  const size = Math.round(7 * ratio);
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const tileContext = tile.getContext('2d');
  if (!tileContext) return palette.accentWeak;
  tileContext.fillStyle = palette.accentWeak;
  tileContext.fillRect(0, 0, size, size);
  tileContext.strokeStyle = palette.accent;
  tileContext.lineWidth = 2 * ratio * 0.7;
  tileContext.beginPath();
  for (const offset of [-size, 0, size]) {
    tileContext.moveTo(offset, size);
    tileContext.lineTo(offset + size, 0);
  }
  tileContext.stroke();
  const pattern = context.createPattern(tile, 'repeat');
  pattern?.setTransform(new DOMMatrix().scale(1 / ratio));
  return pattern ?? palette.accentWeak;
}

const SOLID: readonly number[] = [];
const DOTTED: readonly number[] = [2, 1.5];
const DASHED: readonly number[] = [3, 2];
const GLYPH_BOX = 14;
const spriteCache = new WeakMap<MarkPalette, Map<string, HTMLCanvasElement | null>>();

/** Measure glyphs rendered once per kind and reused: text drawing is what a dense frame would otherwise spend its time on. */
function glyphSprites(palette: MarkPalette, ratio: number) {
  let sprites = spriteCache.get(palette);
  if (!sprites) spriteCache.set(palette, (sprites = new Map()));
  const cache = sprites;
  return (category: MeasureCategory, direction: MeasureDirection): HTMLCanvasElement | null => {
    const key = `${category}|${direction}|${ratio}`;
    let sprite = cache.get(key);
    if (sprite === undefined) {
      sprite = document.createElement('canvas');
      sprite.width = sprite.height = Math.ceil(GLYPH_BOX * ratio);
      const context = sprite.getContext('2d');
      if (context) {
        context.scale(ratio, ratio);
        context.font = `10px ${palette.font}`;
        context.textAlign = 'center';
        context.textBaseline = 'middle';
        context.fillStyle = CATEGORY_COLORS[category];
        context.strokeStyle = palette.fg;
        context.lineWidth = 0.5;
        context.fillText(DIRECTION_GLYPHS[direction], GLYPH_BOX / 2, GLYPH_BOX / 2);
        context.strokeText(DIRECTION_GLYPHS[direction], GLYPH_BOX / 2, GLYPH_BOX / 2);
      } else {
        sprite = null;
      }
      cache.set(key, sprite);
    }
    return sprite;
  };
}

/**
 * Draws marks into a canvas whose context is already scaled to CSS pixels and
 * translated to the plot origin: the same shapes and colours as the SVG marks, un-emphasised.
 */
export function drawMarks(context: CanvasRenderingContext2D, marks: readonly AnyMark[], geometry: LaneGeometry, palette: MarkPalette, ratio: number): void {
  const hatch = hatchPattern(context, palette, ratio);
  const glyphs = glyphSprites(palette, ratio);
  const sorted = [...marks].sort((a, b) => paintOrder(a) - paintOrder(b));
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  // Canvas state changes (fonts above all) cost more than the drawing: set them only when they change.
  let font = '';
  const setFont = (next: string) => {
    if (next !== font) context.font = font = next;
  };
  let dash: readonly number[] = [];
  const setDash = (next: readonly number[]) => {
    if (next !== dash) context.setLineDash((dash = next) as number[]);
  };
  const moreFont = `8px ${palette.font}`;
  const labelFont = `600 10px ${palette.font}`;
  for (const mark of sorted) {
    const shape = markShape(mark, geometry, false);
    setDash(SOLID);
    context.globalAlpha = 1;
    if (shape.shape === 'glyph' && isMeasureMark(mark)) {
      const sprite = glyphs(mark.category, mark.direction);
      if (sprite) context.drawImage(sprite, shape.x - GLYPH_BOX / 2, shape.y - GLYPH_BOX / 2, GLYPH_BOX, GLYPH_BOX);
      if (shape.more) {
        setFont(moreFont);
        context.textAlign = 'left';
        context.fillStyle = palette.muted;
        context.fillText(shape.more, shape.x + 5, shape.y + 1);
        context.textAlign = 'center';
      }
      continue;
    }
    if (isMeasureMark(mark)) continue;
    if (shape.shape === 'circle') {
      context.beginPath();
      context.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI);
      if (mark.kind !== 'bin' && mark.inferred) {
        context.fillStyle = '#fff';
        context.strokeStyle = palette.accent;
        context.lineWidth = 1.5;
        setDash(DOTTED);
      } else {
        context.fillStyle = palette.accent;
        context.strokeStyle = '#fff';
        context.lineWidth = 1;
      }
      context.fill();
      context.stroke();
      continue;
    }
    if (shape.shape !== 'rect') continue;
    context.beginPath();
    context.roundRect(shape.x, shape.y, shape.width, shape.height, shape.rx);
    if (mark.kind === 'span' && mark.precision === 'year') context.globalAlpha = 0.55;
    if (mark.kind === 'span' && mark.inferred) setDash(DASHED);
    context.globalAlpha *= shape.hatched ? 1 : shape.fillOpacity;
    context.fillStyle = shape.hatched ? hatch : palette.accent;
    context.fill();
    context.globalAlpha = mark.kind === 'span' && mark.precision === 'year' ? 0.55 : 1;
    context.strokeStyle = shape.hatched ? palette.accent : '#fff';
    context.lineWidth = 1;
    context.stroke();
    context.globalAlpha = 1;
    if (shape.label) {
      setFont(labelFont);
      if (shape.hatched) {
        context.strokeStyle = '#fff';
        context.lineWidth = 3;
        context.strokeText(shape.label, shape.labelX, shape.labelY);
        context.fillStyle = palette.fg;
      } else {
        context.fillStyle = '#fff';
      }
      context.fillText(shape.label, shape.labelX, shape.labelY);
    }
  }
}
