import type { StateCreator } from 'zustand';
import type { ExplorerState } from './index';

/** A slice sees the whole store but contributes only its own part. */
export type Slice<Part> = StateCreator<ExplorerState, [], [], Part>;
