import { useSyncExternalStore } from 'react';

// Where the user is, kept in the URL hash so a reload lands on the same screen.
export type Route = { screen: 'list' } | { screen: 'bin' } | { screen: 'pairing'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'pairing' && parts[1]) return { screen: 'pairing', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'bin') return { screen: 'bin' };
  return { screen: 'list' };
}

export function routeHref(route: Route): string {
  if (route.screen === 'pairing') return `#/pairing/${encodeURIComponent(route.id)}`;
  if (route.screen === 'bin') return '#/bin';
  return '#/';
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
