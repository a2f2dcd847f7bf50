import { create } from 'zustand';
import type { PairingStatus, Theme } from '../../../shared/model/vocabularies';
import type { SchedulerStatus } from '../sync/scheduler';

// Interface state only. Records live in Dexie and are read with useLiveQuery.

export type Toast = {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
};

export type StoragePersistence = 'unknown' | 'granted' | 'refused' | 'unsupported';

type UiState = {
  search: string;
  statusFilter: PairingStatus | '';
  themeFilter: Theme | '';
  online: boolean;
  persistence: StoragePersistence;
  pendingSaves: number;
  toasts: Toast[];
  sync: SchedulerStatus;
  setSync(sync: SchedulerStatus): void;
  setSearch(search: string): void;
  setStatusFilter(status: PairingStatus | ''): void;
  setThemeFilter(theme: Theme | ''): void;
  clearFilters(): void;
  setOnline(online: boolean): void;
  setPersistence(p: StoragePersistence): void;
  saveStarted(): void;
  saveEnded(): void;
  showToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
};

let nextToastId = 1;

export const useUiStore = create<UiState>((set) => ({
  search: '',
  statusFilter: '',
  themeFilter: '',
  online: true,
  persistence: 'unknown',
  pendingSaves: 0,
  toasts: [],
  sync: { running: false, lastError: null, nextAttemptAt: null },
  setSync: (sync) => set({ sync }),
  setSearch: (search) => set({ search }),
  setStatusFilter: (statusFilter) => set({ statusFilter }),
  setThemeFilter: (themeFilter) => set({ themeFilter }),
  clearFilters: () => set({ search: '', statusFilter: '', themeFilter: '' }),
  setOnline: (online) => set({ online }),
  setPersistence: (persistence) => set({ persistence }),
  saveStarted: () => set((s) => ({ pendingSaves: s.pendingSaves + 1 })),
  saveEnded: () => set((s) => ({ pendingSaves: Math.max(0, s.pendingSaves - 1) })),
  showToast: (toast) => {
    const id = nextToastId++;
    set((s) => ({ toasts: [...s.toasts.slice(-3), { ...toast, id }] }));
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
