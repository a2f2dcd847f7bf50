import { create } from 'zustand';

// How far the programme-sized sample has loaded: interface state, outside any
// screen, because the list replaces the empty screen that started it as soon
// as the first pairing lands.

export type SampleLoadState = { done: number; total: number } | null;

export const useSampleProgress = create<{ progress: SampleLoadState; setProgress: (p: SampleLoadState) => void }>((set) => ({
  progress: null,
  setProgress: (progress) => set({ progress }),
}));
