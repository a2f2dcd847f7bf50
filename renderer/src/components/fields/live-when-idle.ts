import { useEffect, useState } from 'react';
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

/**
 * Whether a field is live yet, and how to make it live now. `focus` is true
 * when it went live because the user reached for it, so it takes the focus.
 */
export function useLiveWhenIdle(wait: boolean): { live: boolean; focus: boolean; goLive: () => void } {
  const [state, setState] = useState(() => ({ live: !wait || !idleCallbacksExist(), focus: false }));
  useEffect(() => {
    if (state.live) return;
    const idle = () => setState({ live: true, focus: false });
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
  return { ...state, goLive: () => setState({ live: true, focus: true }) };
}
