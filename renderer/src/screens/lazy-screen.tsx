import { lazy, useState, type ComponentType } from 'react';

/**
 * A screen whose code loads when first needed, that can also be loaded
 * ahead: before the first render when the app opens on it (a reload, a
 * restart), and in idle time for the others. A screen already loaded renders
 * at once, with no Suspense fallback: React holds a revealed boundary back
 * for up to 300 ms, which on a reload was most of the time to the first
 * usable screen.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): { Screen: ComponentType<P>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed load (offline, before the service worker had the chunk) may be tried again.
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    // Chosen once per mount, so a screen shown through Suspense is not remounted when its code arrives.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { Screen, preload };
}
