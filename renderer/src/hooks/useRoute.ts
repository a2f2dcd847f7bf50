import { useSyncExternalStore } from 'react';

// Where the user is, kept in the URL hash so a reload lands on the same screen.
export const PAIRING_TABS = ['dossier', 'stakeholders', 'missions', 'ucap'] as const;
export type PairingTab = (typeof PAIRING_TABS)[number];

export type Route = { screen: 'list' } | { screen: 'bin' } | { screen: 'backup' } | { screen: 'settings' } | { screen: 'pairing'; id: string; tab?: PairingTab; item?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'pairing' && parts[1]) {
    const tab = PAIRING_TABS.find((t) => t === parts[2]);
    if (!tab || tab === 'dossier') return { screen: 'pairing', id: decodeURIComponent(parts[1]) };
    // An item within the tab (the open mission), so a reload lands on it again.
    return parts[3] ? { screen: 'pairing', id: decodeURIComponent(parts[1]), tab, item: decodeURIComponent(parts[3]) } : { screen: 'pairing', id: decodeURIComponent(parts[1]), tab };
  }
  if (parts[0] === 'bin') return { screen: 'bin' };
  if (parts[0] === 'backup') return { screen: 'backup' };
  if (parts[0] === 'settings') return { screen: 'settings' };
  return { screen: 'list' };
}

export function routeHref(route: Route): string {
  if (route.screen === 'pairing') {
    const tab = route.tab && route.tab !== 'dossier' ? `/${route.tab}${route.item ? `/${encodeURIComponent(route.item)}` : ''}` : '';
    return `#/pairing/${encodeURIComponent(route.id)}${tab}`;
  }
  if (route.screen === 'bin') return '#/bin';
  if (route.screen === 'backup') return '#/backup';
  if (route.screen === 'settings') return '#/settings';
  return '#/';
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/**
 * Asked before the screen changes: true to go, false to stay, or a promise
 * of either (a question to the user). The header installs one that asks
 * before a draft that could not be saved is dropped.
 */
export type RouteGuard = () => boolean | Promise<boolean>;

let guard: RouteGuard | null = null;
/** The hash of the screen shown: the address goes back to it while the user is asked. */
let shown: string | null = null;
const listeners = new Set<() => void>();

/** Installs the guard asked before every change of screen (links, Back, navigate()); returns its removal. */
export function setRouteGuard(next: RouteGuard): () => void {
  guard = next;
  return () => {
    if (guard === next) guard = null;
  };
}

function onHashChange() {
  const next = window.location.hash;
  if (shown === null || next === shown) {
    shown = next;
    for (const l of listeners) l();
    return;
  }
  const answer = guard ? guard() : true;
  if (answer === true) {
    shown = next;
    for (const l of listeners) l();
    return;
  }
  // Stay where we are while asking (or for good, on "no"); on "yes", go where the user meant to.
  const stay = shown;
  history.replaceState(history.state, '', stay || window.location.pathname + window.location.search);
  if (answer === false) return;
  void answer.then((go) => {
    if (!go || shown !== stay) return;
    shown = next;
    window.location.hash = next;
  });
}

function subscribe(callback: () => void): () => void {
  if (listeners.size === 0) {
    shown = window.location.hash;
    window.addEventListener('hashchange', onHashChange);
  }
  listeners.add(callback);
  return () => {
    listeners.delete(callback);
    if (listeners.size === 0) {
      window.removeEventListener('hashchange', onHashChange);
      shown = null;
    }
  };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => shown ?? window.location.hash);
  return parseRoute(hash);
}
