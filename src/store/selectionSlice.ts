import type { MeasureCategory } from '../model';
import type { Slice } from './slice';

export interface Hover {
  regionCode: string | null;
  articleId: string | null;
  category: MeasureCategory | null;
}

export interface SelectionSlice {
  selectedArticleId: string | null;
  /** Index into the selected article's `measures`. */
  selectedMeasureIndex: number | null;
  /** Bumped on every measure selection so the article panel re-scrolls and flashes even when re-selecting the same one. */
  measureFocusToken: number;
  hover: Hover;
  selectArticle: (id: string | null, measureIndex?: number | null) => void;
  setHover: (hover: Partial<Hover>) => void;
}

export const NO_HOVER: Hover = { regionCode: null, articleId: null, category: null };

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selectedArticleId: null,
  selectedMeasureIndex: null,
  measureFocusToken: 0,
  hover: NO_HOVER,
  selectArticle: (id, measureIndex = null) =>
    set((state) => ({
      selectedArticleId: id,
      selectedMeasureIndex: id === null ? null : measureIndex,
      measureFocusToken: measureIndex === null ? state.measureFocusToken : state.measureFocusToken + 1,
    })),
  setHover: (hover) => set((state) => ({ hover: { ...state.hover, ...hover } })),
});
