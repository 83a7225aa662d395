import type { MeasureCategory, MeasureDirection } from '../model';

/**
 * Category colours: a 17-step qualitative palette ordered so neighbours in the
 * taxonomy differ in lightness as well as hue. Colour is never the only cue:
 * chips and tooltips always carry the category label, and direction has its own glyph.
 */
export const CATEGORY_COLORS: Record<MeasureCategory, string> = {
  lockdown: '#b2182b',
  'mass-testing': '#2166ac',
  quarantine: '#d6604d',
  'risk-zones': '#e08214',
  'contact-tracing': '#5e3c99',
  movement: '#8c510a',
  business: '#1b7837',
  schools: '#c51b7d',
  supplies: '#35978f',
  'medical-care': '#4393c3',
  communication: '#7f7f7f',
  accountability: '#542788',
  apology: '#bf812d',
  protection: '#01665e',
  'emergency-response': '#67001f',
  'policy-framework': '#053061',
  vaccination: '#80cdc1',
};

/** Direction is drawn by shape as well as colour, so it survives colour-blindness and greyscale. */
export const DIRECTION_GLYPHS: Record<MeasureDirection, string> = {
  tighten: '▲',
  relax: '▼',
  support: '◆',
  neutral: '●',
};

/** Blue/orange diverge safely for the common colour-vision deficiencies. */
export const DIRECTION_COLORS: Record<MeasureDirection, string> = {
  tighten: '#c0392b',
  relax: '#1f6fb2',
  support: '#2e8b57',
  neutral: '#6b6b6b',
};

export const TIGHTEN_COLOR = '#d95f02';
export const RELAX_COLOR = '#1b6fb5';
