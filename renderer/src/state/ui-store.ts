import { create } from 'zustand';
import type { PairingStatus, Theme } from '../../../shared/model/vocabularies';
import type { SchedulerStatus } from '../sync/scheduler';

// Interface state only. Records live in Dexie and are read with useLiveQuery.

/** A toast's text as a translation key, so it follows a language switch while it is shown. */
export type ToastText = { key: string; values?: Record<string, unknown> };

export type Toast = {
  id: number;
  message: string | ToastText;
  tone: 'info' | 'error';
  action?: { label: string | ToastText; run: () => void | Promise<void> };
};

/** A field holding text the user typed that could not be saved: named in the header, asked about before it is dropped. */
export type UnsavedDraft = { id: string; label: string; /** The element to focus to get back to it. */ elementId: string };

/** A yes/no question in a dialog (drop a draft? withdraw the agreements?), answered through `resolve`. */
export type Question = {
  id: string;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  resolve: (yes: boolean) => void;
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
  unsavedDrafts: UnsavedDraft[];
  question: Question | null;
  setUnsavedDraft(draft: UnsavedDraft): void;
  clearUnsavedDraft(id: string): void;
  setQuestion(question: Question | null): void;
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
  unsavedDrafts: [],
  question: null,
  setUnsavedDraft: (draft) => set((s) => ({ unsavedDrafts: [...s.unsavedDrafts.filter((d) => d.id !== draft.id), draft] })),
  clearUnsavedDraft: (id) => set((s) => (s.unsavedDrafts.some((d) => d.id === id) ? { unsavedDrafts: s.unsavedDrafts.filter((d) => d.id !== id) } : s)),
  setQuestion: (question) => set({ question }),
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
