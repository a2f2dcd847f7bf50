import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

// The built renderer is served from ponte://app/ rather than file://, as
// Electron's security checklist advises: the page gets an origin of its own
// (file:// pages share one with every local file), and module workers, fetch
// and storage behave as they do over http, where the tests run them. The
// scheme is registered as standard and secure before the app is ready.

export const APP_SCHEME = 'ponte';
const APP_HOST = 'app';
export const APP_ROOT_URL = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_INDEX_URL = `${APP_ROOT_URL}index.html`;

/** standard: a real origin (IndexedDB, relative URLs); secure: crypto.subtle and persistent storage; fetch for workers. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

// Module scripts and workers are refused unless served as JavaScript, so the
// type is set from the extension, never sniffed.
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Is this URL one of the app's own pages or files (ponte://app/…)? The URL
 * parser has already resolved "..", also in its %2e form; an encoded
 * separator or NUL would survive it, so such a URL is none of the app's.
 */
export function isAppSchemeUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !/%2f|%5c|%00/i.test(url.pathname);
}

/**
 * The file inside the renderer folder that a ponte://app/… URL names, or null
 * for anything else (see isAppSchemeUrl), or a path that would climb out of the folder.
 */
export function appFilePath(raw: string, rendererDir: string): string | null {
  let url: URL;
  let relativePath: string;
  try {
    url = new URL(raw);
    if (!isAppSchemeUrl(url)) return null;
    relativePath = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (relativePath.includes('\\')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, relativePath || 'index.html');
  return file.startsWith(root + sep) ? file : null;
}

export type AppRequest = { url: string; method: string };

/** The answer to one request on the app scheme: the file with its type and the CSP, or an error status. */
export async function appResponse(request: AppRequest, rendererDir: string, csp: string, read: (path: string) => Promise<Uint8Array> = readFile): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const file = appFilePath(request.url, rendererDir);
  if (!file) return new Response(null, { status: 404 });
  let body: Uint8Array;
  try {
    body = await read(file);
  } catch {
    return new Response(null, { status: 404 });
  }
  const headers = { 'content-type': mimeTypeOf(file), 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
  // Copied into a fresh buffer: a Buffer may be a view into Node's shared pool.
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
