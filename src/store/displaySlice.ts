import { browserLang, type Lang } from '../i18n';
import type { Slice } from './slice';

/** `original` shows each article in the script it was written in. */
export type ScriptChoice = 'original' | 'simplified' | 'traditional';
export type LaneMode = 'province' | 'category';
export type MapMetric = 'articles' | 'measures';

export interface Display {
  script: ScriptChoice;
  lang: Lang;
  /** Whether the language was picked (or came with a link) rather than taken from the browser; only then is it shared. */
  langChosen: boolean;
  lanes: LaneMode;
  showMeasures: boolean;
  showRaw: boolean;
  mapMetric: MapMetric;
  /** Province whose prefectures the map shows, or null for the whole country. */
  mapFocus: string | null;
}

export interface DisplaySlice {
  display: Display;
  setDisplay: (display: Partial<Display>) => void;
}

export function defaultDisplay(): Display {
  return {
    script: 'original',
    lang: browserLang(),
    langChosen: false,
    lanes: 'province',
    showMeasures: true,
    showRaw: false,
    mapMetric: 'articles',
    mapFocus: null,
  };
}

export const createDisplaySlice: Slice<DisplaySlice> = (set) => ({
  display: defaultDisplay(),
  setDisplay: (display) =>
    set((state) => ({
      display: { ...state.display, ...display, langChosen: state.display.langChosen || display.lang !== undefined },
    })),
});
