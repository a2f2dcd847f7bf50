import { isExternalWebUrl } from '../../shared/platform/external-url';
import { APP_ROOT_URL, isAppSchemeUrl } from './app-protocol';

export type CspOptions = {
  dev: boolean;
  /** The dev server's origin, e.g. "http://localhost:5173"; only read when dev is true. */
  devServerOrigin?: string;
};

// The sync server may live on the technician's own machine (127.0.0.1) during a
// workshop, or anywhere over https in production; plain http is allowed for
// loopback only.
const SYNC_SOURCES = ['http://127.0.0.1:*', 'http://localhost:*', 'https:'];

export function contentSecurityPolicy(opts: CspOptions): string {
  const devOrigin = opts.dev ? normalizedOrigin(opts.devServerOrigin) : null;
  // Vite's React refresh preamble is an inline module script, so dev needs
  // 'unsafe-inline' for scripts. Production never does.
  const scriptSrc = devOrigin ? ["'self'", "'unsafe-inline'", devOrigin] : ["'self'"];
  const connectSrc = ["'self'", ...SYNC_SOURCES];
  if (devOrigin) connectSrc.push(devOrigin, devOrigin.replace(/^http/, 'ws'));

  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', scriptSrc],
    // React and libraries set style attributes; inline styles cannot run code.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Photos and exported previews are shown from blob: and data: URLs.
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connectSrc],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

function normalizedOrigin(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * The URL that every page of the app starts with: the dev server's origin in
 * development, the app's own scheme (ponte://app/, see app-protocol.ts) otherwise.
 */
export function appRootUrl(opts: { devServerUrl?: string }): string {
  const devOrigin = normalizedOrigin(opts.devServerUrl);
  return devOrigin ? `${devOrigin}/` : APP_ROOT_URL;
}

/** Whether `raw` is a page of the app itself, so a navigation to it may proceed. */
export function isAppUrl(raw: string, rootUrl: string): boolean {
  let url: URL;
  let root: URL;
  try {
    url = new URL(raw);
    root = new URL(rootUrl);
  } catch {
    return false;
  }
  if (isAppSchemeUrl(root)) return isAppSchemeUrl(url);
  if (root.protocol === 'http:' || root.protocol === 'https:') {
    return url.origin === root.origin;
  }
  return false;
}

export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/** The app never opens a second window; web links go to the system browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isExternalWebUrl(url) };
}

// persistent-storage keeps IndexedDB from being evicted under disk pressure,
// which is where all of the user's work lives. clipboard-sanitized-write lets a
// "copy" button work and cannot read anything back.
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function decidePermission(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

/**
 * Response headers with our CSP replacing any the response carried; header
 * names are case-insensitive, so a server's "content-security-policy" must go too.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}
