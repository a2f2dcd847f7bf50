import { BRIDGE_NAME, type DesktopBridge, type Platform } from '../../../shared/platform/platform';
import { createBrowserPlatform } from './browser-platform';
import { createDesktopPlatform } from './desktop-platform';

let current: Platform | undefined;

/** The platform this page runs on: the preload bridge if Electron put one there, else the browser. */
export function platform(): Platform {
  if (!current) {
    const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_NAME];
    current = bridge ? createDesktopPlatform(bridge) : createBrowserPlatform();
  }
  return current;
}

/** For tests: run the app on a platform of their making. */
export function setPlatform(p: Platform): void {
  current = p;
}
