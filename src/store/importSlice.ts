import type { FileReport } from '../data/import/outcome';
import type { Slice } from './slice';

export interface ImportProgress {
  total: number;
  /** Files parsed so far. */
  done: number;
}

/** Whether imported articles can be kept in this browser; unknown until the first use of its storage. */
export type ImportStorageState = 'unknown' | 'available' | 'unavailable';

export interface ImportSlice {
  /** The import under way, or null. */
  importProgress: ImportProgress | null;
  /** One row per file given since the import panel was last closed. */
  importReports: FileReport[];
  importPanelOpen: boolean;
  /** True while articles imported on an earlier visit are read back from browser storage. */
  restoringImported: boolean;
  importStorage: ImportStorageState;
  beginImport: (total: number) => void;
  setImportProgress: (done: number) => void;
  finishImport: (reports: readonly FileReport[]) => void;
  setImportPanelOpen: (open: boolean) => void;
  setRestoringImported: (restoring: boolean) => void;
  setImportStorage: (storage: ImportStorageState) => void;
}

export const createImportSlice: Slice<ImportSlice> = (set) => ({
  importProgress: null,
  importReports: [],
  importPanelOpen: false,
  restoringImported: false,
  importStorage: 'unknown',
  beginImport: (total) =>
    set((state) => ({
      importProgress: { total, done: 0 },
      // A closed panel's report has been read; a new import starts a new one.
      importReports: state.importPanelOpen ? state.importReports : [],
      importPanelOpen: true,
    })),
  setImportProgress: (done) => set((state) => (state.importProgress ? { importProgress: { ...state.importProgress, done } } : {})),
  finishImport: (reports) => set((state) => ({ importProgress: null, importReports: [...state.importReports, ...reports] })),
  setImportPanelOpen: (importPanelOpen) => set(importPanelOpen ? { importPanelOpen } : { importPanelOpen, importReports: [] }),
  setRestoringImported: (restoringImported) => set({ restoringImported }),
  setImportStorage: (importStorage) => set({ importStorage }),
});
