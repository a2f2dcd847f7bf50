import { useSyncExternalStore } from 'react';

// Where the user is, kept in the URL hash so a reload lands on the same screen.
export const PAIRING_TABS = ['dossier', 'stakeholders', 'missions', 'ucap'] as const;
export type PairingTab = (typeof PAIRING_TABS)[number];

export type Route = { screen: 'list' } | { screen: 'bin' } | { screen: 'settings' } | { screen: 'pairing'; id: string; tab?: PairingTab; item?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'pairing' && parts[1]) {
    const tab = PAIRING_TABS.find((t) => t === parts[2]);
    if (!tab || tab === 'dossier') return { screen: 'pairing', id: decodeURIComponent(parts[1]) };
    // An item within the tab (the open mission), so a reload lands on it again.
    return parts[3] ? { screen: 'pairing', id: decodeURIComponent(parts[1]), tab, item: decodeURIComponent(parts[3]) } : { screen: 'pairing', id: decodeURIComponent(parts[1]), tab };
  }
  if (parts[0] === 'bin') return { screen: 'bin' };
  if (parts[0] === 'settings') return { screen: 'settings' };
  return { screen: 'list' };
}

export function routeHref(route: Route): string {
  if (route.screen === 'pairing') {
    const tab = route.tab && route.tab !== 'dossier' ? `/${route.tab}${route.item ? `/${encodeURIComponent(route.item)}` : ''}` : '';
    return `#/pairing/${encodeURIComponent(route.id)}${tab}`;
  }
  if (route.screen === 'bin') return '#/bin';
  if (route.screen === 'settings') return '#/settings';
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
