/**
 * Runs `work` when the browser is next idle (at the latest after `timeout`
 * ms), or in a task of its own where idle callbacks do not exist. Returns a
 * function that cancels it if it has not run yet.
 */
export function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(() => work(), { timeout });
  return () => cancelIdleCallback(idle);
}

/** Whether the browser has idle callbacks (jsdom and some engines do not): where it has none, work meant for idle time is better done at once. */
export const idleCallbacksExist = () => typeof requestIdleCallback === 'function';
