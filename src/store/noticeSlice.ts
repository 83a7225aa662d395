import type { Lang } from '../i18n';
import type { Slice } from './slice';

export interface Notice {
  id: string;
  kind: 'error' | 'warning' | 'info';
  /** The message in each UI language, so a language switch re-renders it. */
  text: Record<Lang, string>;
}

export interface NoticeSlice {
  notices: Notice[];
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

export const createNoticeSlice: Slice<NoticeSlice> = (set) => ({
  notices: [],
  addNotice: (notice) =>
    set((state) => ({ notices: [...state.notices.filter((entry) => entry.id !== notice.id), notice] })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((entry) => entry.id !== id) })),
});
