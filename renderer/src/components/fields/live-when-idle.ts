import { useEffect, useRef, useState, type RefObject } from 'react';
import { idleCallbacksExist, whenIdle } from '../../when-idle';

// A React Aria date or time field costs about 5 ms to make on a 2-core
// machine; a mission's agenda has two per item, so making them all before the
// first paint was a third of the screen's time. Fields with a value first show
// a stand-in with the same text and become live in idle time, a few per idle
// slice so that typing is never held up for long, or at once when the stand-in
// gets focus or a pointer.

const PER_SLICE = 8;
const waiting = new Set<() => void>();
let cancelSlice: (() => void) | null = null;

function runSlice() {
  cancelSlice = null;
  let made = 0;
  for (const goLive of waiting) {
    waiting.delete(goLive);
    goLive();
    if (++made >= PER_SLICE) break;
  }
  if (waiting.size > 0) schedule();
}

function schedule() {
  cancelSlice ??= whenIdle(runSlice, 1000);
}

/** How the user reached a stand-in: by Tab (the first segment) or by pointer on a segment (its type, "minute"). */
export type Reached = { segment: string | null };

/**
 * Whether a field is live yet, and how to make it live now. `reached` is set
 * when it went live because the user reached for it, so it takes the focus.
 */
export function useLiveWhenIdle(wait: boolean): { live: boolean; reached: Reached | null; goLive: (segment: string | null) => void } {
  const [state, setState] = useState<{ live: boolean; reached: Reached | null }>(() => ({ live: !wait || !idleCallbacksExist(), reached: null }));
  useEffect(() => {
    if (state.live) return;
    const idle = () => setState((was) => (was.live ? was : { live: true, reached: null }));
    waiting.add(idle);
    schedule();
    return () => {
      waiting.delete(idle);
      if (waiting.size === 0) {
        cancelSlice?.();
        cancelSlice = null;
      }
    };
  }, [state.live]);
  // The first way of reaching it counts: a pointer's press also focuses the stand-in, which must not send the focus back to the first segment.
  return { ...state, goLive: (segment) => setState((was) => (was.live ? was : { live: true, reached: { segment } })) };
}

/**
 * What a live field made from a stand-in spreads on its React Aria root: the
 * focus on its first segment when the user reached for it (autoFocus), moved
 * to the segment of the type the pointer pressed, as a click on the live field
 * would have. Effects run child first, so the move comes after React Aria's
 * own autofocus.
 */
export function useReachedFocus(reached: Reached | null): { ref: RefObject<HTMLDivElement | null>; autoFocus: boolean } {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!reached?.segment) return;
    ref.current?.querySelector<HTMLElement>(`[role="spinbutton"][data-type="${reached.segment}"]`)?.focus();
    // Only on mount: a field goes live once.
  }, []);
  return { ref, autoFocus: reached !== null };
}
