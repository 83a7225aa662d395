import type { Slice } from './slice';

export interface ViewportSlice {
  /** Visible time range of the timeline in epoch ms, or null to fit the corpus. */
  timeDomain: [number, number] | null;
  playing: boolean;
  /** Play speed in days of corpus time per second of wall time. */
  playSpeed: number;
  setTimeDomain: (domain: [number, number] | null) => void;
  setPlaying: (playing: boolean) => void;
  setPlaySpeed: (speed: number) => void;
}

export const createViewportSlice: Slice<ViewportSlice> = (set) => ({
  timeDomain: null,
  playing: false,
  playSpeed: 30,
  setTimeDomain: (timeDomain) => set({ timeDomain }),
  setPlaying: (playing) => set({ playing }),
  setPlaySpeed: (playSpeed) => set({ playSpeed }),
});
