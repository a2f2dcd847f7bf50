import { useSyncExternalStore } from 'react';

// Where toasts show while a dialog is open: inside the top dialog, at its foot,
// so they neither sit over it nor fall outside what a screen reader reads of a
// modal dialog. Each Modal offers its slot; the last one offered wins.

const slots: HTMLElement[] = [];
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

export function offerToastSlot(slot: HTMLElement): () => void {
  slots.push(slot);
  changed();
  return () => {
    slots.splice(slots.indexOf(slot), 1);
    changed();
  };
}

/** The slot of the dialog on top, or null with no dialog open. */
export function useToastSlot(): HTMLElement | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => slots[slots.length - 1] ?? null,
    () => null,
  );
}
