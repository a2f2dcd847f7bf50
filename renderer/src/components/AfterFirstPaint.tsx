import { useEffect, useState, type ReactNode } from 'react';
import { idleCallbacksExist, whenIdle } from '../when-idle';

/**
 * Renders its children once the browser is idle after the screen's first
 * paint (at the latest after `timeout` ms): for sections below the fold that
 * would otherwise lengthen the first render of the part a user came for.
 * Where there are no idle callbacks they render at once. Meanwhile an empty
 * element says the screen is still busy, for assistive technology and for
 * tests that wait until a screen is whole.
 */
export function AfterFirstPaint({ children, timeout = 500 }: { children: ReactNode; timeout?: number }) {
  const [ready, setReady] = useState(() => !idleCallbacksExist());
  useEffect(() => (ready ? undefined : whenIdle(() => setReady(true), timeout)), [ready, timeout]);
  return ready ? <>{children}</> : <div aria-busy="true" />;
}
