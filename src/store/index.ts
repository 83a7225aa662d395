import { create } from 'zustand';
import { createCorpusSlice, type CorpusSlice } from './corpusSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createDisplaySlice, type DisplaySlice } from './displaySlice';
import { createViewportSlice, type ViewportSlice } from './viewportSlice';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice';
import { createSearchSlice, type SearchSlice } from './searchSlice';
import { createFullTextSlice, type FullTextSlice } from './fullTextSlice';
import { createImportSlice, type ImportSlice } from './importSlice';

export type ExplorerState = CorpusSlice &
  FilterSlice &
  SelectionSlice &
  DisplaySlice &
  ViewportSlice &
  NoticeSlice &
  SearchSlice &
  FullTextSlice &
  ImportSlice;

/** The one store every view reads through narrow selectors. */
export const useExplorer = create<ExplorerState>()((...a) => ({
  ...createCorpusSlice(...a),
  ...createFilterSlice(...a),
  ...createSelectionSlice(...a),
  ...createDisplaySlice(...a),
  ...createViewportSlice(...a),
  ...createNoticeSlice(...a),
  ...createSearchSlice(...a),
  ...createFullTextSlice(...a),
  ...createImportSlice(...a),
}));

export type { Filters } from './filters';
export { EMPTY_FILTERS, isFiltering } from './filters';
